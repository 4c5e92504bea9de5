// Shows a thumbnail and the size of each file chosen in an <input type="file" data-preview>, before upload.
document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[type=file][data-preview]')) {
        return;
    }
    var box = input.parentElement.querySelector('.previews');
    if (!box) {
        return;
    }
    box.replaceChildren();
    Array.prototype.forEach.call(input.files, function (file) {
        var item = document.createElement('figure');
        if (file.type.indexOf('image/') === 0) {
            var img = document.createElement('img');
            img.src = URL.createObjectURL(file);
            img.alt = '';
            img.onload = function () { URL.revokeObjectURL(img.src); };
            item.appendChild(img);
        }
        var caption = document.createElement('figcaption');
        caption.textContent = file.name + ' · ' + (file.size / 1048576).toFixed(2) + ' MB';
        item.appendChild(caption);
        box.appendChild(item);
    });
});
