package io.redress.ledger.internal;

import io.redress.ledger.BreakKind;
import io.redress.ledger.LedgerLine;
import io.redress.ledger.ReconciliationBreak;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's advances checked against themselves (docs/instant-refund.md), a pure function of PLATFORM_ADVANCE's
 * lines: per refund, what was repaid (settled against the seller, recovered from the buyer, borne by the platform)
 * never exceeds what was advanced, and an advance is settled or recovered, never both.
 */
final class AdvanceBreaks {

    static final String ADVANCED = "advance:";
    static final String SETTLED = "advance-settled:";
    static final String RECOVERED = "advance-recovered:";

    private AdvanceBreaks() {
    }

    private static final class Refund {
        long advanced;
        long repaid;
        boolean settled;
        boolean recovered;
        String orderId;
        Instant since;
    }

    static List<ReconciliationBreak> find(List<LedgerLine> advanceLines, Instant now) {
        Map<String, Refund> refunds = new LinkedHashMap<>();
        for (LedgerLine line : advanceLines) {
            String prefix = line.reference().startsWith(SETTLED) ? SETTLED
                    : line.reference().startsWith(RECOVERED) ? RECOVERED
                    : line.reference().startsWith(ADVANCED) ? ADVANCED : null;
            if (prefix == null) {
                continue;
            }
            Refund r = refunds.computeIfAbsent(line.reference().substring(prefix.length()), ref -> new Refund());
            r.orderId = line.orderId();
            r.since = r.since == null || line.postedAt().isBefore(r.since) ? line.postedAt() : r.since;
            if (prefix.equals(ADVANCED)) {
                r.advanced += line.amount();
            } else {
                r.repaid -= line.amount();
                r.settled |= prefix.equals(SETTLED);
                r.recovered |= prefix.equals(RECOVERED);
            }
        }
        List<ReconciliationBreak> breaks = new ArrayList<>();
        refunds.forEach((ref, r) -> {
            String detail = r.repaid > r.advanced ? "repaid " + r.repaid + " of an advance of " + r.advanced
                    : r.settled && r.recovered ? "settled against the seller and recovered from the buyer" : null;
            if (detail != null) {
                breaks.add(new ReconciliationBreak(BreakKind.ADVANCE_MISMATCH, ADVANCED + ref, ref, r.orderId,
                        r.advanced, null, r.repaid, detail, r.since, Duration.between(r.since, now).toMinutes()));
            }
        });
        return breaks;
    }
}
