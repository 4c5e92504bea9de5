package io.redress.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class BreakFinderProperties {

    static final Instant NOW = Instant.parse("2026-05-02T02:00:00Z");

    @Property
    void booksThatAgreeHaveNoBreaksAndEachTamperingIsReportedOnItsKey(
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 1, max = 10_000_000) Long> amounts,
            @ForAll @IntRange(min = 0, max = 29) int victim,
            @ForAll @IntRange(min = 0, max = 2) int tampering) {
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
