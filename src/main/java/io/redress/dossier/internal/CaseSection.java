package io.redress.dossier.internal;

import io.redress.aftersale.Case;
import io.redress.aftersale.CaseLine;
import io.redress.aftersale.InterventionStatus;
import io.redress.dossier.DossierRequest;
import io.redress.dossier.DossierSection;
import io.redress.dossier.SectionContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The case as stored when the dossier was made: parties, type, reason, status, amounts, lines, policy version. */
@Component
class CaseSection implements DossierSection {

    static final int ORDER = 100;

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Optional<SectionContent> write(DossierRequest r) {
        Case c = r.detail();
        List<String> lines = new ArrayList<>();
        lines.add(r.text("dossier.case.parties", c.caseId(), c.orderId(), c.buyerId(), c.shopId()));
        lines.add(r.text("dossier.case.kind", r.text("refund.type." + c.type().name()),
                r.text("refund.reason." + c.reason().name())));
        lines.add(r.text("dossier.case.status", r.text("case.status." + c.status().name()),
                c.intervention() == InterventionStatus.NONE ? r.text("intervention.none")
                        : r.text("case.intervention." + c.intervention().name()),
                c.closeReason() == null ? "-" : c.closeReason().name(), String.valueOf(c.version())));
        lines.add(r.text("dossier.case.amounts", r.money(c.requestedAmount()),
                c.agreedAmount() == null ? "-" : r.money(c.agreedAmount()), r.money(c.refundedAmount())));
        for (CaseLine line : c.lines()) {
            lines.add(r.text("dossier.case.line", line.lineId(), line.quantity()));
        }
        lines.add(r.text("dossier.case.policy", c.policyProfile(), c.policyVersion(), r.when(c.createdAt()),
                r.when(c.updatedAt())));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", c.caseId());
        data.put("orderId", c.orderId());
        data.put("buyerId", c.buyerId());
        data.put("shopId", c.shopId());
        data.put("type", c.type().name());
        data.put("reason", c.reason().name());
        data.put("status", c.status().name());
        data.put("intervention", c.intervention().name());
        data.put("closeReason", c.closeReason() == null ? null : c.closeReason().name());
        data.put("currency", c.currency());
        data.put("requestedAmount", c.requestedAmount());
        data.put("agreedAmount", c.agreedAmount());
        data.put("refundedAmount", c.refundedAmount());
        data.put("lines", c.lines());
        data.put("returnAddress", c.returnAddress() == null ? null : c.returnAddress().address());
        data.put("policyProfile", c.policyProfile());
        data.put("policyVersion", c.policyVersion());
        data.put("version", c.version());
        data.put("createdAt", c.createdAt().toString());
        data.put("updatedAt", c.updatedAt().toString());
        return Optional.of(new SectionContent("case", r.text("dossier.case.title"), lines, data));
    }
}
