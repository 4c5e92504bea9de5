package io.redress.dossier.internal;

import io.redress.aftersale.CaseEvidence;
import io.redress.dossier.DossierRequest;
import io.redress.dossier.DossierSection;
import io.redress.dossier.SectionContent;
import io.redress.evidence.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The evidence on file that the reader may see (parties: what both sides share; staff: the platform's own too):
 * each item's metadata and the SHA-256 of its bytes; the zip carries the files under those hashes.
 */
@Component
class EvidenceSection implements DossierSection {

    private final CaseEvidence evidence;

    EvidenceSection(CaseEvidence evidence) {
        this.evidence = evidence;
    }

    @Override
    public int getOrder() {
        return 500;
    }

    @Override
    public Optional<SectionContent> write(DossierRequest r) {
        List<Evidence> items = evidence.list(r.viewer(), r.detail().caseId());
        List<String> lines = new ArrayList<>();
        List<SectionContent.EvidenceFile> files = new ArrayList<>();
        if (items.isEmpty()) {
            lines.add(r.text("dossier.evidence.none"));
        }
        for (Evidence e : items) {
            SectionContent.EvidenceFile file = new SectionContent.EvidenceFile(e.evidenceId(), e.contentType(), e.sha256());
            files.add(file);
            lines.add(r.text("dossier.evidence.item", e.evidenceId(), e.kind().name(), e.contentType(), String.valueOf(e.size()),
                    e.uploaderRole(), e.uploader(), r.when(e.createdAt()), e.visibility().name(),
                    e.note() == null ? "" : e.note(), e.sha256(), DossierZip.evidenceName(file)));
        }
        return Optional.of(new SectionContent("evidence", r.text("dossier.evidence.title"), lines, items, files));
    }
}
