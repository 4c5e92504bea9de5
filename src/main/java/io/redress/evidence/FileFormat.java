package io.redress.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** File formats recognised by their own bytes, never by the name or content type the client declares. */
enum FileFormat {
    JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp"), PDF("application/pdf"), MP4("video/mp4"),
    TEXT("text/plain");

    private static final Set<FileFormat> IMAGES = EnumSet.of(JPEG, PNG, WEBP);
    private static final Set<FileFormat> DOCUMENTS = EnumSet.of(JPEG, PNG, WEBP, PDF);

    final String contentType;

    FileFormat(String contentType) {
        this.contentType = contentType;
    }

    /** The formats a kind of evidence may take. */
    static Set<FileFormat> allowedFor(EvidenceKind kind) {
        return switch (kind) {
            case PHOTO -> IMAGES;
            case VIDEO -> EnumSet.of(MP4);
            case TEXT -> EnumSet.of(TEXT);
            case CHAT, TRACKING -> EnumSet.of(JPEG, PNG, WEBP, PDF, TEXT);
            case INSPECTION_REPORT, INVOICE, SOURCING_DOC -> DOCUMENTS;
        };
    }

    /** The format the bytes are in, if one of ours. */
    static Optional<FileFormat> of(byte[] b) {
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            // a PNG opens with its IHDR chunk and ends with IEND: an upload cut short shows no picture
            boolean whole = starts(b, 12, 'I', 'H', 'D', 'R')
                    && starts(b, b.length - 8, 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82);
            return whole ? Optional.of(PNG) : Optional.empty();
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (starts(b, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (starts(b, 4, 'f', 't', 'y', 'p')) {
            return Optional.of(MP4);
        }
        return text(b) ? Optional.of(TEXT) : Optional.empty();
    }

    private static boolean starts(byte[] b, int at, int... expected) {
        if (at < 0 || b.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** Valid UTF-8 without control characters other than tab and line breaks. */
    private static boolean text(byte[] b) {
        if (b.length == 0) {
            return false;
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return s.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
