package io.redress.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Where a keyset-paged list stopped: the sort key of the last row given, for the list's {@code ordering}, handed
 * to the client as an opaque token. The token carries a checksum and its ordering's name; one that does not decode,
 * fails its checksum, belongs to another ordering or has the wrong number of keys is refused with 400 (field
 * {@code cursor}). It only positions a list: the caller's scope is applied to every page whatever the token says.
 */
public record ListCursor(String ordering, List<String> keys) {

    private static final char SEPARATOR = '\u001f';
    private static final String VERSION = "1";

    public ListCursor {
        keys = List.copyOf(keys);
    }

    /** The opaque token. A null key (e.g. no deadline) is written as the empty string. */
    public String token() {
        String body = VERSION + SEPARATOR + ordering + SEPARATOR + String.join(String.valueOf(SEPARATOR), keys);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((body + SEPARATOR + checksum(body)).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of {@code token} for {@code ordering}, with exactly {@code keyCount} keys; 400 otherwise. */
    public static ListCursor parse(String token, String ordering, int keyCount) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw malformed();
        }
        List<String> parts = split(text);
        if (parts.size() != keyCount + 3) {
            throw malformed();
        }
        String body = text.substring(0, text.lastIndexOf(SEPARATOR));
        if (!VERSION.equals(parts.get(0)) || !parts.get(parts.size() - 1).equals(checksum(body))) {
            throw malformed();
        }
        if (!ordering.equals(parts.get(1))) {
            throw new InvalidRequest("cursor", "belongs to another list; start again without a cursor");
        }
        return new ListCursor(ordering, parts.subList(2, parts.size() - 1));
    }

    /** Key {@code i} as an instant; 400 when it is not one. */
    public Instant instant(int i) {
        Instant instant = instantOrNull(i);
        if (instant == null) {
            throw malformed();
        }
        return instant;
    }

    /** Key {@code i} as an instant, null for the empty key; 400 when it is neither. */
    public Instant instantOrNull(int i) {
        String key = keys.get(i);
        if (key.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException e) {
            throw malformed();
        }
    }

    /** Key {@code i}; 400 when it is empty. */
    public String key(int i) {
        if (keys.get(i).isEmpty()) {
            throw malformed();
        }
        return keys.get(i);
    }

    /** A key for an instant (null: the empty key). */
    public static String key(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == SEPARATOR) {
                parts.add(text.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(text.substring(from));
        return parts;
    }

    private static String checksum(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    private static InvalidRequest malformed() {
        return new InvalidRequest("cursor", "is not a cursor this list gave out");
    }
}
