package io.redress.shared.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** What the API accepts as a request's Content-Type and body encoding. */
final class RequestContentTypes {

    private RequestContentTypes() {
    }

    /**
     * The problem with a Content-Type header, if any: malformed, a wildcard, a form or a charset other than UTF-8
     * (415). Multipart without a boundary is left to the multipart parser, whose failures are 400.
     */
    static Optional<Exception> problem(String header) {
        if (header == null) {
            return Optional.empty();
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            return unsupported("Content-Type " + clip(header) + " is not a media type");
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            return unsupported("Content-Type must name the body's type, not " + clip(header));
        }
        if (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
            // no API operation takes a form, and the container would decode its parameters before anyone refused it
            return unsupported("The API takes JSON and multipart bodies, not forms");
        }
        String charset = type.getParameter("charset");
        if (charset != null && !isUtf8(charset)) {
            return unsupported("Request bodies are UTF-8; charset " + clip(charset) + " is not supported");
        }
        return Optional.empty();
    }

    /**
     * False for a body that announces itself as UTF-16 or UTF-32: a byte-order mark of those, or a NUL byte,
     * which JSON in UTF-8 never contains (control characters in strings are escaped).
     */
    static boolean isUtf8Json(byte[] body) {
        if (body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
                || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE)) {
            return false;
        }
        for (byte b : body) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(String charset) {
        try {
            return Charset.forName(charset.replace("\"", "").trim()).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<Exception> unsupported(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
        return Optional.of(new ErrorResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, problem, null));
    }

    private static String clip(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
