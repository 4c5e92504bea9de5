package io.redress.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileFormatTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** The smallest whole PNG: signature, IHDR of a 1x1 grey image, IEND. */
    static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A,
            0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0, 0x3A, 0x7E, 0x9B, 0x55,
            0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82);

    @Test
    void formatsAreRecognisedByTheirLeadingBytes() {
        assertThat(FileFormat.of(bytes(0xFF, 0xD8, 0xFF, 0xDB))).contains(FileFormat.JPEG);
        assertThat(FileFormat.of(PNG)).contains(FileFormat.PNG);
        assertThat(FileFormat.of(bytes('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P'))).contains(FileFormat.WEBP);
        assertThat(FileFormat.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(FileFormat.PDF);
        assertThat(FileFormat.of(bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'))).contains(FileFormat.MP4);
        assertThat(FileFormat.of("聊天记录：已签收".getBytes(StandardCharsets.UTF_8))).contains(FileFormat.TEXT);
    }

    @Test
    void aPngCutShortIsNoPicture() {
        for (int length : new int[] {8, 12, 33, PNG.length - 1}) {
            assertThat(FileFormat.of(java.util.Arrays.copyOf(PNG, length))).as("first %d bytes", length).isEmpty();
        }
        byte[] noIhdr = PNG.clone();
        noIhdr[12] = 'X';
        assertThat(FileFormat.of(noIhdr)).isEmpty();
    }

    @Test
    void executablesAndBinaryGarbageAreNoFormatAtAll() {
        assertThat(FileFormat.of(bytes('M', 'Z', 0x90, 0, 3, 0))).isEmpty();
        assertThat(FileFormat.of(bytes(0x7F, 'E', 'L', 'F', 2, 1))).isEmpty();
        assertThat(FileFormat.of(bytes(0xFF, 0xFE, 0x00))).isEmpty();
        assertThat(FileFormat.of(new byte[0])).isEmpty();
    }

    @Test
    void aPhotoIsAnImageAndAVideoIsMp4() {
        assertThat(FileFormat.allowedFor(EvidenceKind.PHOTO))
                .containsExactlyInAnyOrder(FileFormat.JPEG, FileFormat.PNG, FileFormat.WEBP);
        assertThat(FileFormat.allowedFor(EvidenceKind.VIDEO)).containsExactly(FileFormat.MP4);
        assertThat(FileFormat.allowedFor(EvidenceKind.INVOICE)).contains(FileFormat.PDF).doesNotContain(FileFormat.MP4);
    }
}
