package io.redress.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class RememberedTest {

    private final AtomicInteger lookups = new AtomicInteger();

    private String lookUp(String key) {
        return key + "#" + lookups.incrementAndGet();
    }

    @Test
    void aBurstCostsOneLookupAndAnotherNodesChangeIsSeenOnceTheTimeToLiveHasPassed() {
        AtomicLong nanos = new AtomicLong(-5_000_000_000L);
        Remembered<String, String> remembered = new Remembered<>(Duration.ofMillis(200), nanos::get);
        assertThat(remembered.get("k", this::lookUp)).isEqualTo("k#1");
        nanos.addAndGet(Duration.ofMillis(199).toNanos());
        assertThat(remembered.get("k", this::lookUp)).as("still within the time to live").isEqualTo("k#1");
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(remembered.get("k", this::lookUp)).as("expired: looked up again").isEqualTo("k#2");
    }

    @Test
    void aChangeOnThisNodeIsSeenAtOnce() {
        Remembered<String, String> remembered = new Remembered<>(Duration.ofMinutes(1));
        remembered.get("k", this::lookUp);
        remembered.forget("k");
        assertThat(remembered.get("k", this::lookUp)).isEqualTo("k#2");
        remembered.forgetAll();
        assertThat(remembered.get("k", this::lookUp)).isEqualTo("k#3");
    }

    @Test
    void whatWasReadBeforeTheChangeCommittedIsForgottenWhenItCommits() {
        Remembered<String, String> remembered = new Remembered<>(Duration.ofMinutes(1));
        TransactionSynchronizationManager.initSynchronization();
        try {
            remembered.forget("k");
            remembered.get("k", this::lookUp); // another request reads the old row before the change commits
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(remembered.get("k", this::lookUp)).isEqualTo("k#2");
    }

    @Test
    void noTimeToLiveMeansEveryCallLooksUp() {
        Remembered<String, String> remembered = new Remembered<>(Duration.ZERO);
        remembered.get("k", this::lookUp);
        assertThat(remembered.get("k", this::lookUp)).isEqualTo("k#2");
    }
}
