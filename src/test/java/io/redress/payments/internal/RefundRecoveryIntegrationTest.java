package io.redress.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.payments.PaymentGateway;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundStatus;
import io.redress.payments.sandbox.SandboxPsp;
import io.redress.payments.sandbox.SandboxSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Attempts as a crash leaves them, written straight into the table (no sender was ever told about them), with
 * their checks due minutes from now: recovery at start and each reconciler round must not wait for that.
 */
@RedressIntegrationTest
class RefundRecoveryIntegrationTest {

    static final Currency CNY = Currency.getInstance("CNY");

    @Autowired RefundAttemptRows rows;
    @Autowired RefundRecovery recovery;
    @Autowired RefundExecution execution;
    @Autowired RefundOutcomes outcomes;
    @Autowired PaymentGateway gateway;
    @Autowired SandboxPsp sandbox;
    @Autowired PaymentsClock clock;
    @Autowired PspProperties properties;

    @AfterEach
    void reliableSandbox() {
        sandbox.configure(SandboxSettings.reliable());
    }

    @Test
    void atStartAttemptsACrashLeftOpenAreResumedAtOnceAndNoneIsSentTwice() {
        String ref = "crash-" + UUID.randomUUID();
        Instant before = clock.now().minusSeconds(1);
        // leg 1 recorded but never sent; leg 2 paid by the PSP, answer lost; leg 3 pending, its callback lost
        sandbox.configure(new SandboxSettings(0, 0, 0, 0, 0, 1, 50, 0));
        gateway.refund("psp-3", 300, CNY, ref + "-3");
        sandbox.configure(SandboxSettings.reliable());
        gateway.refund("psp-2", 200, CNY, ref + "-2");
        Waiting.until(() -> sandbox.record(ref + "-3").orElseThrow().status(), "SUCCEEDED"::equals);
        rows.insertRequest(ref, "order-" + ref, CNY, 600, before);
        record(ref, 1, 100, RefundStatus.REQUESTED, 0, before, Duration.ofMinutes(5));
        record(ref, 2, 200, RefundStatus.UNKNOWN, 1, before, Duration.ofMinutes(5));
        record(ref, 3, 300, RefundStatus.PENDING, 1, before, Duration.ofHours(1));

        recovery.recover(clock.now());

        Map<Integer, RefundAttempt> legs = rows.ofRefund(ref).stream()
                .collect(Collectors.toMap(RefundAttempt::legNo, Function.identity()));
        assertThat(legs.values()).extracting(RefundAttempt::status).containsOnly(RefundStatus.SUCCEEDED);
        assertThat(legs.values()).as("refund calls per key").extracting(RefundAttempt::attempts).containsOnly(1);
    }

    @Test
    void oneReconcilerRoundWorksThroughEverythingDueNotOneBatch() {
        String ref = "backlog-" + UUID.randomUUID();
        Instant before = clock.now().minusSeconds(1);
        rows.insertRequest(ref, "order-" + ref, CNY, 500, before);
        IntStream.rangeClosed(1, 5).forEach(leg -> record(ref, leg, 100, RefundStatus.REQUESTED, 0, before, Duration.ZERO));
        PspProperties pagesOfTwo = new PspProperties(null, properties.connectTimeout(), properties.readTimeout(),
                properties.callbackSecret(), properties.callbackWindow(), null, properties.unknownBackoff(),
                properties.pendingBackoff(), 2, properties.reconcileEvery(), properties.requestsPerSecond(), properties.sandbox(),
                properties.senders());

        new RefundReconciler(rows, execution, outcomes, gateway, pagesOfTwo).reconcileDue(clock.now());

        assertThat(rows.ofRefund(ref)).hasSize(5).extracting(RefundAttempt::status).containsOnly(RefundStatus.SUCCEEDED);
    }

    private void record(String ref, int leg, long amount, RefundStatus status, int sent, Instant at, Duration nextCheckIn) {
        rows.insertAttempt(new RefundAttempt(ref + "-" + leg, ref, leg, "order-" + ref, "pay-" + leg, "psp-" + leg, amount,
                CNY, status, 0, 0, null, null, false, null, at.plus(nextCheckIn), at, at));
        for (int i = 0; i < sent; i++) {
            rows.countResend(ref + "-" + leg, at);
        }
    }

}
