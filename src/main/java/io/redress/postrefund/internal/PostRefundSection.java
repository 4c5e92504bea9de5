package io.redress.postrefund.internal;

import io.redress.aftersale.Actor;
import io.redress.dossier.DossierRequest;
import io.redress.dossier.DossierSection;
import io.redress.dossier.SectionContent;
import io.redress.postrefund.PostRefundRequest;
import io.redress.postrefund.Receivable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The dossier's part after the refund: each reinstatement request and seller appeal with its steps and decision, and
 * what the buyer owes on the case (receivables and their payments, with amounts). Both parties read the requests and
 * steps of their case; a receivable for a platform advance is the platform's claim on the buyer, so the seller's
 * dossier leaves it out. Empty when nothing followed the refund.
 */
@Component
class PostRefundSection implements DossierSection {

    private final RequestRows requests;
    private final ReceivableRows receivables;

    PostRefundSection(RequestRows requests, ReceivableRows receivables) {
        this.requests = requests;
        this.receivables = receivables;
    }

    @Override
    public int getOrder() {
        return 650;
    }

    @Override
    public Optional<SectionContent> write(DossierRequest r) {
        String caseId = r.detail().caseId();
        List<PostRefundRequest> asked = requests.ofCase(caseId);
        List<RequestRows.Step> steps = requests.steps(caseId);
        List<Receivable> owed = receivables.ofCase(caseId).stream()
                .filter(x -> r.party() != Actor.SELLER || !x.fromAdvance()).toList();
        if (asked.isEmpty() && owed.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (PostRefundRequest q : asked) {
            lines.add(r.text("dossier.postRefund.request", q.requestId(), q.kind().name(), q.status().name(),
                    q.grounds() == null ? "-" : q.grounds().name(), q.refundSource().name(),
                    r.money(q.refundedAmount(), q.currency()), q.requestedBy(), r.when(q.requestedAt())));
            if (q.decision() != null) {
                PostRefundRequest.Decision d = q.decision();
                lines.add(r.text("dossier.postRefund.decision", d.decidedBy(), r.when(d.decidedAt()),
                        d.outcome() == null ? "-" : d.outcome().name(),
                        d.amount() == null ? "-" : r.money(d.amount(), q.currency()),
                        d.reasons() == null ? "" : d.reasons()));
            }
            steps.stream().filter(s -> s.requestId().equals(q.requestId())).forEach(s -> lines.add(
                    r.text("dossier.postRefund.step", s.stepNo(), s.action(), s.actor(), s.username(), r.when(s.at()),
                            s.message() == null ? "" : s.message())));
        }
        List<Map<String, Object>> owedData = new ArrayList<>();
        for (Receivable x : owed) {
            List<ReceivableRows.Payment> payments = receivables.payments(x.receivableId());
            lines.add(r.text(x.fromAdvance() ? "dossier.postRefund.advanceReceivable" : "dossier.postRefund.receivable",
                    x.receivableId(), r.money(x.amount(), x.currency()), r.money(x.paid(), x.currency()),
                    r.money(x.writtenOff(), x.currency()), r.money(x.outstanding(), x.currency()), x.status().name()));
            for (ReceivableRows.Payment p : payments) {
                lines.add(r.text("dossier.postRefund.payment", p.paymentNo(), r.money(p.amount(), x.currency()),
                        p.paymentRef(), p.recordedBy(), r.when(p.paidAt())));
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("receivable", x);
            one.put("fromAdvance", x.fromAdvance());
            one.put("payments", payments);
            owedData.add(one);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requests", asked);
        data.put("steps", steps);
        data.put("receivables", owedData);
        return Optional.of(new SectionContent("postRefund", r.text("dossier.postRefund.title"), lines, data));
    }
}
