package io.redress.dossier.internal;

import io.redress.aftersale.Actor;
import io.redress.dossier.DossierRequest;
import io.redress.dossier.DossierSection;
import io.redress.dossier.SectionContent;
import io.redress.intervention.Dossier;
import io.redress.intervention.Interventions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The platform's part, when the case was brought to it: the request, acceptance or the reason it was declined,
 * suspension, the evidence submitted (a party reads its own submission and the requests made to it; staff read both
 * sides), the settlement, the ruling with its reasons and policy version, and the appeal with the review's reasons.
 * Drafts are never shown.
 */
@Component
class RulingsSection implements DossierSection {

    private final Interventions interventions;

    RulingsSection(Interventions interventions) {
        this.interventions = interventions;
    }

    @Override
    public int getOrder() {
        return 600;
    }

    @Override
    public Optional<SectionContent> write(DossierRequest r) {
        return interventions.record(r.detail().caseId()).map(d -> content(r, d));
    }

    private static SectionContent content(DossierRequest r, Dossier d) {
        List<String> lines = new ArrayList<>();
        Map<String, Object> data = new LinkedHashMap<>();
        lines.add(r.text("dossier.rulings.requested", d.requestedBy().name(), r.when(d.requestedAt()),
                r.text("case.intervention." + d.status().name()), d.agent() == null ? "-" : d.agent()));
        data.put("status", d.status().name());
        data.put("requestedBy", d.requestedBy().name());
        data.put("requestedAt", d.requestedAt().toString());
        data.put("agent", d.agent());
        if (d.declineReason() != null) {
            lines.add(r.text("dossier.rulings.declined", d.declineReason().name(),
                    d.declineReason().message(r.locale())));
            data.put("declineReason", d.declineReason().name());
        }
        if (d.suspension() != null) {
            lines.add(r.text("dossier.rulings.suspended", d.suspension().ground().name(), r.when(d.suspension().since())));
            data.put("suspension", d.suspension());
        }
        List<Map<String, Object>> submissions = new ArrayList<>();
        for (Dossier.PartyEvidence p : d.parties()) {
            if (!shown(r, p.party()) || p.submittedAt() == null) {
                continue;
            }
            lines.add(r.text("dossier.rulings.submitted", p.party().name(), r.when(p.submittedAt()),
                    p.statement() == null ? "" : p.statement(), String.join(", ", p.evidenceIds())));
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("party", p.party().name());
            one.put("submittedAt", p.submittedAt().toString());
            one.put("statement", p.statement());
            one.put("evidenceIds", p.evidenceIds());
            submissions.add(one);
        }
        data.put("submissions", submissions);
        List<Dossier.EvidenceRequest> requests = d.requests().stream().filter(q -> shown(r, q.party())).toList();
        for (Dossier.EvidenceRequest q : requests) {
            lines.add(r.text("dossier.rulings.request", q.party().name(), q.what(), r.when(q.dueAt()),
                    q.answeredAt() == null ? "-" : r.when(q.answeredAt())));
        }
        data.put("evidenceRequests", requests);
        if (d.settlement() != null) {
            Dossier.Settlement s = d.settlement();
            lines.add(r.text("dossier.rulings.settlement", r.money(s.amount()), s.terms() == null ? "" : s.terms(),
                    s.buyerAcceptedAt() == null ? "-" : r.when(s.buyerAcceptedAt()),
                    s.sellerAcceptedAt() == null ? "-" : r.when(s.sellerAcceptedAt())));
            data.put("settlement", s);
        }
        if (d.ruling() != null) {
            Dossier.Ruling ruling = d.ruling();
            lines.add(r.text("dossier.rulings.ruling", ruling.outcome().name(),
                    ruling.amount() == null ? "-" : r.money(ruling.amount()),
                    ruling.faultParty() == null ? "-" : ruling.faultParty().name(), ruling.ruledBy(),
                    r.when(ruling.ruledAt()), ruling.policyProfile() + ":" + ruling.policyVersion(),
                    ruling.reasons() == null ? "" : ruling.reasons(), String.join(", ", ruling.evidenceIds())));
            data.put("ruling", ruling);
        }
        if (d.appeal() != null) {
            Dossier.Appeal a = d.appeal();
            lines.add(r.text("dossier.rulings.appeal", a.party().name(), r.when(a.appealedAt()),
                    a.message() == null ? "" : a.message(), String.join(", ", a.evidenceIds())));
            if (a.decision() != null) {
                lines.add(r.text("dossier.rulings.review", a.decision().name(), a.reviewedBy(), r.when(a.reviewedAt()),
                        a.reasons() == null ? "" : a.reasons(),
                        a.correctionAmount() == null ? "-" : r.money(a.correctionAmount())));
            }
            data.put("appeal", a);
        }
        return new SectionContent("rulings", r.text("dossier.rulings.title"), lines, data);
    }

    /** Staff read both sides; a party its own. */
    private static boolean shown(DossierRequest r, Actor side) {
        return r.staff() || side == r.party();
    }
}
