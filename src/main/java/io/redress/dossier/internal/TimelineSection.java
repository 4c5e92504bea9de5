package io.redress.dossier.internal;

import io.redress.aftersale.CaseDesk;
import io.redress.aftersale.CaseEvent;
import io.redress.dossier.DossierRequest;
import io.redress.dossier.DossierSection;
import io.redress.dossier.SectionContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every entry of the case's timeline as its reader may see it: each transition with who made it, when and what they
 * sent, the negotiation messages (cited evidence the reader may not open left out), earlier dossier downloads.
 */
@Component
class TimelineSection implements DossierSection {

    private final CaseDesk desk;

    TimelineSection(CaseDesk desk) {
        this.desk = desk;
    }

    @Override
    public int getOrder() {
        return 400;
    }

    @Override
    public Optional<SectionContent> write(DossierRequest r) {
        List<String> lines = new ArrayList<>();
        List<Map<String, Object>> data = new ArrayList<>();
        for (CaseEvent e : desk.timeline(r.viewer(), r.detail().caseId())) {
            String action = r.messages().getMessage("case.action." + e.action(), null, e.action(), r.locale());
            String move = e.from() == null || e.from() == e.to()
                    ? r.text("case.status." + e.to().name())
                    : r.text("case.status." + e.from().name()) + " → " + r.text("case.status." + e.to().name());
            StringBuilder line = new StringBuilder(r.text("dossier.timeline.entry", r.when(e.at()), e.actor().name(),
                    e.user() == null ? "-" : e.user(), action, move, String.valueOf(e.version())));
            if (e.message() != null && !e.message().isBlank()) {
                line.append('\n').append(r.text("dossier.timeline.said", e.message()));
            }
            if (!e.details().isEmpty()) {
                line.append('\n').append(e.details());
            }
            lines.add(line.toString());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("version", e.version());
            entry.put("at", e.at().toString());
            entry.put("actor", e.actor().name());
            entry.put("user", e.user());
            entry.put("action", e.action());
            entry.put("from", e.from() == null ? null : e.from().name());
            entry.put("to", e.to().name());
            entry.put("intervention", e.intervention().name());
            entry.put("message", e.message());
            entry.put("details", e.details());
            data.add(entry);
        }
        return Optional.of(new SectionContent("timeline", r.text("dossier.timeline.title"), lines, data));
    }
}
