package io.redress.dossier;

import java.time.Instant;
import java.util.List;

/**
 * A case dossier as assembled for one reader: the case, when, for whom (user name and the part they play, or
 * AUDITOR), in which language, and the sections in order.
 */
public record CaseDossier(String caseId, Instant generatedAt, String generatedFor, String party, String lang,
        List<SectionContent> sections) {

    public CaseDossier {
        sections = List.copyOf(sections);
    }

    /** Every evidence file the sections cite, once each, in order of first citation. */
    public List<SectionContent.EvidenceFile> files() {
        return sections.stream().flatMap(s -> s.files().stream()).distinct().toList();
    }
}
