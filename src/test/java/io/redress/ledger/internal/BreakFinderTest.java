package io.redress.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.ledger.BreakKind;
import io.redress.ledger.ReconciliationBreak;
import io.redress.ledger.ReconciliationReport;
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

class BreakFinderTest {

    static final Instant NOW = Instant.parse("2026-05-02T02:00:00Z");
    static final Duration STUCK_AFTER = Duration.ofHours(1);

    @Test
    void agreeingBooksHaveNoBreaks() {
        assertThat(find(List.of(attempt("r-1", RefundStatus.SUCCEEDED, 500, false)), List.of(psp("r-1", 500, Status.SUCCEEDED)),
                Map.of("r-1", 500L))).isEmpty();
    }

    @Test
    void successThePspDoesNotKnowIsMissing() {
        assertThat(find(List.of(attempt("r-1", RefundStatus.SUCCEEDED, 500, false)), List.of(), Map.of("r-1", 500L)))
                .extracting(ReconciliationBreak::kind).containsExactly(BreakKind.MISSING_AT_PSP);
    }

    @Test
    void keyPaidTwiceIsADuplicate() {
        assertThat(find(List.of(attempt("r-1", RefundStatus.SUCCEEDED, 500, false)),
                List.of(psp("r-1", 500, Status.SUCCEEDED), psp("r-1", 500, Status.SUCCEEDED)), Map.of("r-1", 500L)))
                .singleElement().satisfies(b -> {
                    assertThat(b.kind()).isEqualTo(BreakKind.DUPLICATE);
                    assertThat(b.pspAmount()).isEqualTo(1000);
                });
    }

    @Test
    void differentAmountsAtThePspOrInTheLedgerAreMismatches() {
        assertThat(find(List.of(attempt("r-1", RefundStatus.SUCCEEDED, 500, false), attempt("r-2", RefundStatus.SUCCEEDED, 300, false)),
                List.of(psp("r-1", 499, Status.SUCCEEDED), psp("r-2", 300, Status.SUCCEEDED)), Map.of("r-1", 500L, "r-2", 301L)))
                .extracting(ReconciliationBreak::kind, ReconciliationBreak::externalKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BreakKind.AMOUNT_MISMATCH, "r-1"),
                        org.assertj.core.groups.Tuple.tuple(BreakKind.AMOUNT_MISMATCH, "r-2"));
    }

    @Test
    void paidButNotPostedAndPaidButFailedHereAreBreaks() {
        assertThat(find(List.of(attempt("r-1", RefundStatus.SUCCEEDED, 500, false), attempt("r-2", RefundStatus.FAILED, 300, false)),
                List.of(psp("r-1", 500, Status.SUCCEEDED), psp("r-2", 300, Status.SUCCEEDED)), Map.of()))
                .extracting(ReconciliationBreak::kind).containsExactly(BreakKind.NOT_POSTED, BreakKind.STATUS_MISMATCH);
    }

    @Test
    void openAttemptIsStuckOnlyAfterTheAllowedTimeOrWhenParked() {
        RefundAttempt young = attempt("r-1", RefundStatus.UNKNOWN, 500, false, NOW.minus(Duration.ofMinutes(30)));
        RefundAttempt old = attempt("r-2", RefundStatus.PENDING, 500, false, NOW.minus(Duration.ofHours(3)));
        RefundAttempt parked = attempt("r-3", RefundStatus.UNKNOWN, 500, true, NOW.minus(Duration.ofMinutes(10)));

        assertThat(find(List.of(young, old, parked), List.of(), Map.of()))
                .extracting(ReconciliationBreak::externalKey, ReconciliationBreak::ageMinutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("r-2", 180L), org.assertj.core.groups.Tuple.tuple("r-3", 10L));
    }

    @Test
    void refundThePspPaidUnderAKeyNeverSentIsUnknownToRedress() {
        assertThat(find(List.of(), List.of(psp("x-1", 700, Status.SUCCEEDED), psp("x-2", 700, Status.FAILED)), Map.of()))
                .singleElement().satisfies(b -> {
                    assertThat(b.kind()).isEqualTo(BreakKind.UNKNOWN_TO_REDRESS);
                    assertThat(b.externalKey()).isEqualTo("x-1");
                    assertThat(b.ageMinutes()).isEqualTo(60);
                });
    }

    @Test
    void csvHasAHeaderAndQuotesAndDefusesCells() {
        ReconciliationBreak b = new ReconciliationBreak(BreakKind.STUCK, "r-1", "r", "o-1", 500L, null, null,
                "=HYPERLINK(\"x\"), parked", NOW, 5);
        String csv = new ReconciliationReport(NOW, 1, 0, List.of(b)).toCsv();

        assertThat(csv.split("\r\n")).containsExactly(
                "kind,externalKey,refundRef,orderId,attemptAmount,pspAmount,ledgerAmount,ageMinutes,since,detail",
                "STUCK,r-1,r,o-1,500,,,5,2026-05-02T02:00:00Z,\"'=HYPERLINK(\"\"x\"\"), parked\"");
    }

    private static List<ReconciliationBreak> find(List<RefundAttempt> attempts, List<PspStatementLine> psp, Map<String, Long> ledger) {
        return BreakFinder.find(attempts, psp, ledger, NOW, STUCK_AFTER);
    }

    private static PspStatementLine psp(String key, long amount, Status status) {
        return new PspStatementLine(key, "psp-1", amount, status, NOW.minus(Duration.ofHours(1)));
    }

    private static RefundAttempt attempt(String key, RefundStatus status, long amount, boolean parked) {
        return attempt(key, status, amount, parked, NOW.minus(Duration.ofDays(1)));
    }

    private static RefundAttempt attempt(String key, RefundStatus status, long amount, boolean parked, Instant created) {
        return new RefundAttempt(key, "r", 1, "o-1", "p-1", "psp-1", amount, Currency.getInstance("CNY"), status, 1, 0, null, null,
                parked, parked ? "outcome unknown" : null, null, created, created);
    }
}
