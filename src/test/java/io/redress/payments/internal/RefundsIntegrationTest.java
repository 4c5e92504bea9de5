package io.redress.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.payments.RefundAlreadyRequested;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundLeg;
import io.redress.payments.RefundStatus;
import io.redress.payments.Refunds;
import io.redress.payments.sandbox.PspRefund;
import io.redress.payments.sandbox.SandboxPsp;
import io.redress.payments.sandbox.SandboxSettings;
import io.redress.shared.ClockAdvanced;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

@RedressIntegrationTest
class RefundsIntegrationTest {

    static final Currency CNY = Currency.getInstance("CNY");

    @Autowired Refunds refunds;
    @Autowired RefundReconciler reconciler;
    @Autowired SandboxPsp sandbox;
    @Autowired PaymentsClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;

    @AfterEach
    void reliableSandbox() {
        sandbox.configure(SandboxSettings.reliable());
    }

    @Test
    void everyLegIsPaidOnceAndTheRefundCompletes() {
        String ref = "case-" + UUID.randomUUID();
        List<RefundAttempt> attempts = refunds.request(ref, "order-" + ref, CNY,
                List.of(new RefundLeg("pay-1", "psp-1", 7579), new RefundLeg("pay-2", "psp-2", 3299)));

        assertThat(attempts).extracting(RefundAttempt::externalKey).containsExactly(ref + "-1", ref + "-2");
        List<RefundAttempt> done = Waiting.until(() -> refunds.attempts(ref), all(RefundStatus.SUCCEEDED));
        assertThat(done).allSatisfy(a -> assertThat(a.attempts()).isEqualTo(1));
        assertThat(sandbox.record(ref + "-1")).get().extracting(PspRefund::amount, PspRefund::status).containsExactly(7579L, "SUCCEEDED");
        assertThat(sandbox.record(ref + "-2")).get().extracting(PspRefund::amount, PspRefund::status).containsExactly(3299L, "SUCCEEDED");
        assertThat(List.of(ref + "-1", ref + "-2")).allSatisfy(key -> assertThat(sandbox.repeatedRequests(key)).isZero());
        assertThat(jdbc.sql("SELECT completed_at IS NOT NULL FROM refund_request WHERE refund_ref = ?").param(ref)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void repeatedRequestReturnsTheFirstAttemptsAndDifferentLegsAreRefused() {
        String ref = "case-" + UUID.randomUUID();
        List<RefundLeg> legs = List.of(new RefundLeg("pay-1", "psp-1", 500));
        List<RefundAttempt> first = refunds.request(ref, "order-1", CNY, legs);
        List<RefundAttempt> again = refunds.request(ref, "order-1", CNY, legs);

        assertThat(again).extracting(RefundAttempt::externalKey).isEqualTo(first.stream().map(RefundAttempt::externalKey).toList());
        assertThatThrownBy(() -> refunds.request(ref, "order-1", CNY, List.of(new RefundLeg("pay-1", "psp-1", 501))))
                .isInstanceOf(RefundAlreadyRequested.class);
        List<RefundAttempt> done = Waiting.until(() -> refunds.attempts(ref), all(RefundStatus.SUCCEEDED));
        assertThat(done).singleElement().extracting(RefundAttempt::attempts).isEqualTo(1);
        assertThat(sandbox.repeatedRequests(ref + "-1")).isZero();
    }

    @Test
    void timeoutIsUnknownNeverFailedAndTheReconcilerResolvesItWithoutPayingAgain() {
        sandbox.configure(new SandboxSettings(0, 0, 1, 3_000, 0, 0, 0, 0));
        String ref = "case-" + UUID.randomUUID();
        refunds.request(ref, "order-1", CNY, List.of(new RefundLeg("pay-1", "psp-1", 1200)));

        RefundAttempt unknown = Waiting.until(() -> refunds.attempts(ref), withError()).get(0);
        assertThat(unknown.status()).isEqualTo(RefundStatus.UNKNOWN);
        sandbox.configure(SandboxSettings.reliable());
        reconciler.reconcileDue(clock.now().plus(Duration.ofMinutes(6)));

        RefundAttempt resolved = refunds.attempts(ref).get(0);
        assertThat(resolved.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(resolved.attempts()).as("refund calls: the PSP held the refund, so the reconciler only asked").isEqualTo(1);
        assertThat(sandbox.repeatedRequests(ref + "-1")).isZero();
    }

    @Test
    void refundThePspNeverRecordedIsResentUnderTheSameKey() {
        sandbox.configure(new SandboxSettings(0, 1, 0, 0, 0, 0, 0, 0));
        String ref = "case-" + UUID.randomUUID();
        refunds.request(ref, "order-1", CNY, List.of(new RefundLeg("pay-1", "psp-1", 800)));
        assertThat(Waiting.until(() -> refunds.attempts(ref), withError()).get(0).status()).isEqualTo(RefundStatus.UNKNOWN);
        assertThat(sandbox.record(ref + "-1")).isEmpty();

        sandbox.configure(SandboxSettings.reliable());
        reconciler.reconcileDue(clock.now().plus(Duration.ofMinutes(6)));

        RefundAttempt resolved = refunds.attempts(ref).get(0);
        assertThat(resolved.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(resolved.attempts()).isEqualTo(2);
        assertThat(sandbox.records()).as("keys the PSP holds for this refund").filteredOn(r -> r.externalKey().startsWith(ref))
                .singleElement().extracting(PspRefund::externalKey).isEqualTo(ref + "-1");
    }

    @Test
    void advancingTheDevelopmentClockRunsTheChecksThatFellDue() {
        sandbox.configure(new SandboxSettings(0, 1, 0, 0, 0, 0, 0, 0));
        String ref = "case-" + UUID.randomUUID();
        refunds.request(ref, "order-1", CNY, List.of(new RefundLeg("pay-1", "psp-1", 650)));
        Waiting.until(() -> refunds.attempts(ref), withError());
        sandbox.configure(SandboxSettings.reliable());

        Instant now = clock.now();
        events.publishEvent(new ClockAdvanced(now, now.plus(Duration.ofMinutes(6))));

        assertThat(refunds.attempts(ref).get(0).status()).isEqualTo(RefundStatus.SUCCEEDED);
    }

    @Test
    void unknownOutcomeIsParkedForAnOperatorWhenEveryCheckFails() {
        sandbox.configure(new SandboxSettings(0, 1, 0, 0, 0, 0, 0, 0));
        String ref = "case-" + UUID.randomUUID();
        refunds.request(ref, "order-1", CNY, List.of(new RefundLeg("pay-1", "psp-1", 800)));
        Waiting.until(() -> refunds.attempts(ref), withError());

        Instant now = clock.now();
        for (int day = 0; day < 10; day++) {
            now = now.plus(Duration.ofDays(1)).plusSeconds(1);
            reconciler.reconcileDue(now);
        }

        RefundAttempt parked = refunds.attempts(ref).get(0);
        assertThat(parked.parked()).isTrue();
        assertThat(parked.status()).isEqualTo(RefundStatus.UNKNOWN);
        assertThat(parked.parkReason()).startsWith("outcome unknown after 7 checks");
        assertThat(refunds.needingAttention()).extracting(RefundAttempt::externalKey).contains(ref + "-1");
    }

    @Test
    void pendingRefundIsSettledByTheReconcilerOnceThePspCompletesIt() {
        sandbox.configure(new SandboxSettings(0, 0, 0, 0, 0, 1, 50, 0));
        String ref = "case-" + UUID.randomUUID();
        refunds.request(ref, "order-1", CNY, List.of(new RefundLeg("pay-1", "psp-1", 300)));
        Waiting.until(() -> refunds.attempts(ref), all(RefundStatus.PENDING));
        Waiting.until(() -> sandbox.record(ref + "-1").orElseThrow(), r -> r.status().equals("SUCCEEDED"));

        reconciler.reconcileDue(clock.now().plus(Duration.ofMinutes(61)));

        assertThat(refunds.attempts(ref).get(0).status()).isEqualTo(RefundStatus.SUCCEEDED);
    }

    @Test
    void declinedLegFailsAndNeedsAttention() {
        sandbox.configure(new SandboxSettings(0, 0, 0, 0, 1, 0, 0, 0));
        String ref = "case-" + UUID.randomUUID();
        refunds.request(ref, "order-1", CNY, List.of(new RefundLeg("pay-1", "psp-1", 300)));

        RefundAttempt failed = Waiting.until(() -> refunds.attempts(ref), all(RefundStatus.FAILED)).get(0);
        assertThat(failed.lastError()).contains("declined");
        assertThat(refunds.needingAttention()).extracting(RefundAttempt::externalKey).contains(ref + "-1");
    }

    static java.util.function.Predicate<List<RefundAttempt>> all(RefundStatus status) {
        return attempts -> !attempts.isEmpty() && attempts.stream().allMatch(a -> a.status() == status);
    }

    static java.util.function.Predicate<List<RefundAttempt>> withError() {
        return attempts -> !attempts.isEmpty() && attempts.stream().allMatch(a -> a.lastError() != null);
    }
}
