package io.redress.postrefund.internal;

import io.redress.ledger.Account;
import io.redress.ledger.BreakKind;
import io.redress.ledger.Ledger;
import io.redress.ledger.LedgerLine;
import io.redress.ledger.ReconciliationBreak;
import io.redress.ledger.ReconciliationCheck;
import io.redress.postrefund.AfterRefundPostings;
import io.redress.postrefund.PostRefundRequest;
import io.redress.postrefund.Receivable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The daily reconciliation's check of what follows a refund: each receivable's amounts opened, settled and written off
 * as recorded here against its entries on the buyer's receivable account (a receivable from a platform advance is
 * opened by the ledger's {@code advance-recovered:} entry of its case), and each platform compensation against its
 * entry on the compensation account. A difference is a {@link BreakKind#RECORD_MISMATCH}.
 */
@Component
class AfterRefundReconciliation implements ReconciliationCheck {

    private final ReceivableRows receivables;
    private final RequestRows requests;
    private final Ledger ledger;

    AfterRefundReconciliation(ReceivableRows receivables, RequestRows requests, Ledger ledger) {
        this.receivables = receivables;
        this.requests = requests;
        this.ledger = ledger;
    }

    @Override
    public List<ReconciliationBreak> breaks(Instant now) {
        List<ReconciliationBreak> breaks = new ArrayList<>();
        Map<String, List<Receivable>> byBuyer = receivables.all().stream()
                .collect(Collectors.groupingBy(Receivable::buyerId));
        byBuyer.forEach((buyerId, owed) -> {
            List<LedgerLine> lines = ledger.lines(Account.buyerReceivable(buyerId));
            for (Receivable r : owed) {
                String id = r.receivableId();
                String opening = r.fromAdvance() ? AfterRefundPostings.ADVANCE_OPENED + r.caseId()
                        : AfterRefundPostings.OPENED + id;
                compare(breaks, r, "opened", r.amount(), sum(lines, ref -> ref.equals(opening)), now);
                compare(breaks, r, "settled", r.paid() + r.offset(),
                        -sum(lines, ref -> ref.startsWith(AfterRefundPostings.PAID + id + ":")), now);
                compare(breaks, r, "written off", r.writtenOff(),
                        -sum(lines, ref -> ref.equals(AfterRefundPostings.WRITTEN_OFF + id)), now);
            }
        });
        List<LedgerLine> compensations = ledger.lines(Account.PLATFORM_COMPENSATION);
        for (PostRefundRequest r : requests.compensated()) {
            long booked = sum(compensations, ref -> ref.equals(AfterRefundPostings.COMPENSATION + r.requestId()));
            if (booked != r.decision().amount()) {
                breaks.add(new ReconciliationBreak(BreakKind.RECORD_MISMATCH, AfterRefundPostings.COMPENSATION
                        + r.requestId(), null, r.orderId(), r.decision().amount(), null, booked,
                        "platform compensation of appeal " + r.requestId() + ": " + r.decision().amount()
                                + " decided, " + booked + " booked", r.updatedAt(), age(r.updatedAt(), now)));
            }
        }
        return breaks;
    }

    private static void compare(List<ReconciliationBreak> breaks, Receivable r, String what, long recorded,
            long booked, Instant now) {
        if (recorded != booked) {
            breaks.add(new ReconciliationBreak(BreakKind.RECORD_MISMATCH, "receivable:" + r.receivableId(), null,
                    r.orderId(), recorded, null, booked, "receivable " + r.receivableId() + " " + what + ": "
                            + recorded + " recorded, " + booked + " in the ledger", r.updatedAt(),
                    age(r.updatedAt(), now)));
        }
    }

    private static long sum(List<LedgerLine> lines, Predicate<String> reference) {
        return lines.stream().filter(l -> reference.test(l.reference())).mapToLong(LedgerLine::amount).sum();
    }

    private static long age(Instant since, Instant now) {
        return Math.max(0, Duration.between(since, now).toMinutes());
    }
}
