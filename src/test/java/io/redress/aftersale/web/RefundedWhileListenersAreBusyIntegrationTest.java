package io.redress.aftersale.web;

import static io.redress.aftersale.web.CaseCalls.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The move to REFUNDED does not wait its turn on the listener threads: the transaction that records the last paid leg
 * makes the case REFUNDED, so a burst of other listeners' work cannot hold it back.
 */
@RedressIntegrationTest
class RefundedWhileListenersAreBusyIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    @Qualifier("applicationTaskExecutor")
    ThreadPoolTaskExecutor listenerThreads;

    @Test
    void aPaidOutCaseBecomesRefundedWhileEveryListenerThreadIsBusy() throws Exception {
        CaseCalls calls = new CaseCalls(mvc, clock);
        Object caseId = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED", 6000L).get("caseId");
        int threads = listenerThreads.getCorePoolSize();
        CountDownLatch busy = new CountDownLatch(threads);
        CountDownLatch release = new CountDownLatch(1);
        try {
            for (int i = 0; i < threads; i++) {
                listenerThreads.execute(() -> {
                    busy.countDown();
                    try {
                        release.await(2, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            assertThat(busy.await(30, TimeUnit.SECONDS)).as("every listener thread is busy").isTrue();

            calls.done(SELLER, caseId, "agree", Map.of());

            Map<String, Object> refunded = Waiting.until(() -> read(calls, caseId), c -> "REFUNDED".equals(c.get("status")));
            assertThat(refunded.get("refundedAmount")).isEqualTo(6000);
        } finally {
            release.countDown();
        }
    }

    private static Map<String, Object> read(CaseCalls calls, Object caseId) {
        try {
            return calls.read(caseId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
