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
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where reconciliation draws its lines: only paid PSP rows count as money, and "stuck" starts after the allowed time. */
class BreakFinderEdgesTest {

    static final Instant NOW = Instant.parse("2026-05-02T02:00:00Z");
    static final Duration STUCK_AFTER = Duration.ofHours(1);

    @Test
    void aFailedPspRowBesideThePaidOneIsNeitherADuplicateNorMoney() {
        List<PspStatementLine> statement = List.of(psp("r-1", 500, Status.FAILED), psp("r-1", 500, Status.SUCCEEDED),
                psp("x-1", 700, Status.SUCCEEDED), psp("x-1", 300, Status.FAILED));

        assertThat(find(List.of(attempt("r-1", RefundStatus.SUCCEEDED, false, NOW.minus(Duration.ofDays(1)))), statement,
                Map.of("r-1", 500L)))
                .singleElement().satisfies(unknown -> {
                    assertThat(unknown.kind()).isEqualTo(BreakKind.UNKNOWN_TO_REDRESS);
                    assertThat(unknown.pspAmount()).isEqualTo(700L);
                });
    }

    @Test
    void anOpenAttemptIsStuckOnlyOnceItIsOlderThanTheAllowedTime() {
        RefundAttempt justAllowed = attempt("r-1", RefundStatus.PENDING, false, NOW.minus(STUCK_AFTER));
        RefundAttempt overdue = attempt("r-2", RefundStatus.PENDING, false, NOW.minus(STUCK_AFTER).minusSeconds(1));

        assertThat(find(List.of(justAllowed, overdue), List.of(), Map.of()))
                .extracting(ReconciliationBreak::externalKey).containsExactly("r-2");
    }

    @Test
    void aStuckAttemptSaysWhyItWasParkedAndWhetherThePspHasPaidIt() {
        RefundAttempt parked = attempt("r-1", RefundStatus.UNKNOWN, true, NOW.minusSeconds(60));
        RefundAttempt overdue = attempt("r-2", RefundStatus.PENDING, false, NOW.minus(Duration.ofHours(2)));

        assertThat(find(List.of(parked, overdue), List.of(psp("r-1", 500, Status.SUCCEEDED)), Map.of()))
                .extracting(ReconciliationBreak::detail)
                .containsExactly("UNKNOWN, parked: outcome unknown; the PSP has paid it", "PENDING");
    }

    private static List<ReconciliationBreak> find(List<RefundAttempt> attempts, List<PspStatementLine> psp, Map<String, Long> ledger) {
        return BreakFinder.find(attempts, psp, ledger, NOW, STUCK_AFTER);
    }

    private static PspStatementLine psp(String key, long amount, Status status) {
        return new PspStatementLine(key, "psp-1", amount, status, NOW.minus(Duration.ofHours(1)));
    }

    private static RefundAttempt attempt(String key, RefundStatus status, boolean parked, Instant created) {
        return new RefundAttempt(key, "r", 1, "o-1", "p-1", "psp-1", 500, Currency.getInstance("CNY"), status, 1, 0, null, null,
                parked, parked ? "outcome unknown" : null, null, created, created);
    }
}
