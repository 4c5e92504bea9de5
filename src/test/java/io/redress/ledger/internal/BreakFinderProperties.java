package io.redress.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.Draw;
import io.redress.Tries;
import io.redress.ledger.BreakKind;
import io.redress.ledger.ReconciliationBreak;
import io.redress.payments.GatewayResult.Status;
import io.redress.payments.PspStatementLine;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BreakFinderProperties {

    static final Instant NOW = Instant.parse("2026-05-02T02:00:00Z");

    /** Refund amounts that the books agree on, and which of them is tampered with how. */
    record Books(List<Long> amounts, int victim, int tampering) {
    }

    @Test
    void booksThatAgreeHaveNoBreaksAndEachTamperingIsReportedOnItsKey() {
        Tries.forAll(1000, random -> new Books(Draw.list(random, 1, 30, r -> Draw.between(r, 1L, 10_000_000L)),
                Draw.between(random, 0, 29), Draw.between(random, 0, 2)), this::eachTamperingIsReportedOnItsKey);
    }

    private void eachTamperingIsReportedOnItsKey(Books books) {
        List<Long> amounts = books.amounts();
        int victim = books.victim();
        int tampering = books.tampering();
        List<RefundAttempt> attempts = new ArrayList<>();
        List<PspStatementLine> psp = new ArrayList<>();
        Map<String, Long> ledger = new HashMap<>();
        for (int i = 0; i < amounts.size(); i++) {
            String key = "r-" + i;
            attempts.add(new RefundAttempt(key, "r", i + 1, "o", "p", "psp", amounts.get(i), Currency.getInstance("CNY"),
                    RefundStatus.SUCCEEDED, 1, 0, null, null, false, null, null, NOW.minusSeconds(60), NOW));
            psp.add(new PspStatementLine(key, "psp", amounts.get(i), Status.SUCCEEDED, NOW.minusSeconds(60)));
            ledger.put(key, amounts.get(i));
        }
        assertThat(BreakFinder.find(attempts, psp, ledger, NOW, Duration.ofHours(1))).isEmpty();

        int index = victim % amounts.size();
        String key = "r-" + index;
        BreakKind expected = switch (tampering) {
            case 0 -> {
                psp.remove(index);
                yield BreakKind.MISSING_AT_PSP;
            }
            case 1 -> {
                psp.add(psp.get(index));
                yield BreakKind.DUPLICATE;
            }
            default -> {
                ledger.remove(key);
                yield BreakKind.NOT_POSTED;
            }
        };
        assertThat(BreakFinder.find(attempts, psp, ledger, NOW, Duration.ofHours(1)))
                .extracting(ReconciliationBreak::kind, ReconciliationBreak::externalKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(expected, key));
    }
}
