package io.redress.dossier.internal;

import io.redress.dossier.SectionContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The zip of a dossier: dossier.pdf, dossier.json, each evidence file as evidence/&lt;sha256&gt;.&lt;ext&gt;, and
 * SHA256SUMS listing every other entry's SHA-256 in the format {@code sha256sum -c} checks.
 */
public final class DossierZip {

    public static final String PDF = "dossier.pdf";
    public static final String JSON = "dossier.json";
    public static final String SUMS = "SHA256SUMS";

    private DossierZip() {
    }

    public static byte[] write(byte[] pdf, byte[] json, Map<String, byte[]> evidence) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(PDF, pdf);
        entries.put(JSON, json);
        entries.putAll(evidence);
        StringBuilder sums = new StringBuilder();
        entries.forEach((name, bytes) -> sums.append(sha256(bytes)).append("  ").append(name).append('\n'));
        entries.put(SUMS, sums.toString().getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a zip in memory", e);
        }
        return out.toByteArray();
    }

    /** Where the zip keeps an evidence file: under its SHA-256, with the extension of its content type. */
    public static String evidenceName(SectionContent.EvidenceFile file) {
        return "evidence/" + file.sha256() + extension(file.contentType());
    }

    private static String extension(String contentType) {
        int slash = contentType == null ? -1 : contentType.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String subtype = contentType.substring(slash + 1).replaceAll("[^a-z0-9]", "");
        return subtype.equals("jpeg") ? ".jpg" : subtype.equals("plain") ? ".txt" : "." + subtype;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
