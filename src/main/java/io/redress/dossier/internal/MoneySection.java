package io.redress.dossier.internal;

import io.redress.aftersale.CaseRefunds;
import io.redress.dossier.DossierRequest;
import io.redress.dossier.DossierSection;
import io.redress.dossier.SectionContent;
import io.redress.ledger.Ledger;
import io.redress.ledger.LedgerLine;
import io.redress.payments.RefundAttempt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The money that moved for the case: each refund leg sent to the payment institution (the payout and its retries,
 * with its status and the PSP's refund id), and the ledger entries booked under the case's references.
 */
@Component
class MoneySection implements DossierSection {

    private final CaseRefunds refunds;
    private final Ledger ledger;

    MoneySection(CaseRefunds refunds, Ledger ledger) {
        this.refunds = refunds;
        this.ledger = ledger;
    }

    @Override
    public int getOrder() {
        return 700;
    }

    @Override
    public Optional<SectionContent> write(DossierRequest r) {
        String caseId = r.detail().caseId();
        List<RefundAttempt> legs = refunds.all(caseId);
        List<LedgerLine> entries = ledger.entriesOfOrder(r.detail().orderId()).stream()
                .filter(e -> e.reference().contains(caseId)).toList();
        List<String> lines = new ArrayList<>();
        if (legs.isEmpty() && entries.isEmpty()) {
            lines.add(r.text("dossier.money.none"));
        }
        for (RefundAttempt a : legs) {
            lines.add(r.text("dossier.money.leg", a.externalKey(), a.paymentId(),
                    r.money(a.amount(), a.currency().getCurrencyCode()), a.status().name(),
                    a.pspRefundId() == null ? "-" : a.pspRefundId(), r.when(a.createdAt()), r.when(a.updatedAt())));
        }
        for (LedgerLine e : entries) {
            lines.add(r.text("dossier.money.entry", String.valueOf(e.entryId()), e.kind().name(), e.reference(),
                    r.money(e.amount(), e.currency().getCurrencyCode()), r.when(e.postedAt()),
                    e.memo() == null ? "" : e.memo()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("refundAttempts", legs);
        data.put("ledgerEntries", entries);
        return Optional.of(new SectionContent("money", r.text("dossier.money.title"), lines, data));
    }
}
