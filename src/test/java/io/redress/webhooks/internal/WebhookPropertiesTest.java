package io.redress.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookPropertiesTest {

    @Test
    void aLeaseShorterThanTwiceTheTimeoutsIsRefusedSoASlowSendIsNeverClaimedTwice() {
        assertThatThrownBy(() -> properties(Duration.ofSeconds(20), Duration.ofSeconds(3), Duration.ofSeconds(10)))
                .hasMessageContaining("lease");
        assertThatCode(() -> properties(Duration.ofSeconds(26), Duration.ofSeconds(3), Duration.ofSeconds(10)))
                .doesNotThrowAnyException();
    }

    private static WebhookProperties properties(Duration lease, Duration connect, Duration read) {
        return new WebhookProperties(true, Duration.ofSeconds(1), 4, lease, connect, read, Duration.ofSeconds(30), 4,
                Duration.ofHours(12), Duration.ofDays(3), Duration.ofHours(24), false);
    }
}
