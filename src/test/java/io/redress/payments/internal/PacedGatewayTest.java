package io.redress.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.payments.GatewayResult;
import io.redress.payments.GatewayUnavailable;
import io.redress.payments.PaymentGateway;
import io.redress.payments.PspStatementLine;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PacedGatewayTest {

    final AtomicInteger calls = new AtomicInteger();
    final PaymentGateway instant = new PaymentGateway() {
        @Override
        public GatewayResult refund(String pspReference, long amount, Currency currency, String externalKey) {
            calls.incrementAndGet();
            return new GatewayResult(GatewayResult.Status.SUCCEEDED, "r", amount, null);
        }

        @Override
        public Optional<GatewayResult> query(String externalKey) {
            calls.incrementAndGet();
            return Optional.empty();
        }

        @Override
        public List<PspStatementLine> statement() {
            return List.of();
        }
    };

    @Test
    void callsFromManyThreadsTogetherStayUnderTheConfiguredRate() throws InterruptedException {
        PacedGateway paced = new PacedGateway(instant, 20);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();
        for (int i = 0; i < 21; i++) {
            int n = i;
            threads.execute(() -> {
                if (n % 2 == 0) {
                    paced.refund("psp", 1, Currency.getInstance("CNY"), "key-" + n);
                } else {
                    paced.query("key-" + n);
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        // 21 calls at 20 per second: the first at once, the last no earlier than 20 intervals of 50 ms later
        assertThat(calls.get()).isEqualTo(21);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(1_000);
    }

    @Test
    void aPspThatAsksUsToWaitIsNotCalledAgainBeforeThen() {
        long[] calledAt = new long[2];
        AtomicInteger n = new AtomicInteger();
        PaymentGateway limited = new PaymentGateway() {
            @Override
            public GatewayResult refund(String pspReference, long amount, Currency currency, String externalKey) {
                calledAt[n.getAndIncrement()] = System.nanoTime();
                if (n.get() == 1) {
                    throw new GatewayUnavailable("PSP answered 429", null, Duration.ofMillis(400));
                }
                return new GatewayResult(GatewayResult.Status.SUCCEEDED, "r", amount, null);
            }

            @Override
            public Optional<GatewayResult> query(String externalKey) {
                return Optional.empty();
            }

            @Override
            public List<PspStatementLine> statement() {
                return List.of();
            }
        };
        // 1000 per second: without the pause the second call would follow the first within a millisecond
        PacedGateway paced = new PacedGateway(limited, 1000);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> paced.refund("psp", 1, Currency.getInstance("CNY"), "k-1"))
                .isInstanceOf(GatewayUnavailable.class);
        paced.refund("psp", 1, Currency.getInstance("CNY"), "k-2");

        assertThat(TimeUnit.NANOSECONDS.toMillis(calledAt[1] - calledAt[0])).isGreaterThanOrEqualTo(400);
    }
}
