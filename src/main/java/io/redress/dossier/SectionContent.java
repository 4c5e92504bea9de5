package io.redress.dossier;

import java.util.List;

/**
 * A section as written: a stable {@code key} (the JSON's name for it), its {@code title} and {@code lines} in the
 * dossier's language (what the PDF prints, one paragraph each), and {@code data}, the same facts for machines (records,
 * lists and maps of plain values; amounts in minor units, instants in ISO 8601). {@code files} are the evidence files
 * the section cites, which the zip carries under their SHA-256.
 */
public record SectionContent(String key, String title, List<String> lines, Object data, List<EvidenceFile> files) {

    public SectionContent {
        lines = List.copyOf(lines);
        files = files == null ? List.of() : List.copyOf(files);
    }

    public SectionContent(String key, String title, List<String> lines, Object data) {
        this(key, title, lines, data, List.of());
    }

    /** An evidence file a section cites: its id, content type and the SHA-256 of its bytes. */
    public record EvidenceFile(String evidenceId, String contentType, String sha256) {
    }
}
