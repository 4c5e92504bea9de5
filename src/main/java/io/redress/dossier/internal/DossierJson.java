package io.redress.dossier.internal;

import io.redress.dossier.CaseDossier;
import io.redress.dossier.SectionContent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The dossier as JSON: its header, each section (key, title, lines, data) and the evidence files it cites. */
@Component
public class DossierJson {

    /** Names the document's shape; a reader checks it before reading on. */
    public static final String FORMAT = "redress-case-dossier/1";

    private final JsonMapper json;

    DossierJson(JsonMapper json) {
        this.json = json;
    }

    public byte[] write(CaseDossier dossier) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("caseId", dossier.caseId());
        document.put("generatedAt", dossier.generatedAt().toString());
        document.put("generatedFor", dossier.generatedFor());
        document.put("party", dossier.party());
        document.put("lang", dossier.lang());
        List<Map<String, Object>> sections = dossier.sections().stream().map(DossierJson::section).toList();
        document.put("sections", sections);
        document.put("files", dossier.files().stream().map(f -> Map.of("evidenceId", f.evidenceId(),
                "contentType", f.contentType(), "sha256", f.sha256(), "path", DossierZip.evidenceName(f))).toList());
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }

    private static Map<String, Object> section(SectionContent s) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("key", s.key());
        section.put("title", s.title());
        section.put("lines", s.lines());
        section.put("data", s.data());
        return section;
    }
}
