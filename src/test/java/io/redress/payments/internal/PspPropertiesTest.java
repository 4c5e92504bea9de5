package io.redress.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PspPropertiesTest {

    @Test
    void aNodeWithoutSenderThreadsIsRefusedAtStartNamingTheSetting() {
        assertThatThrownBy(() -> withSenders(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redress.psp.senders");
        assertThat(withSenders(1).senders()).isEqualTo(1);
    }

    private static PspProperties withSenders(int senders) {
        return new PspProperties(null, Duration.ofSeconds(5), Duration.ofSeconds(30), PspProperties.PUBLIC_CALLBACK_SECRET,
                Duration.ofMinutes(5), null, List.of(Duration.ofMinutes(5)), List.of(Duration.ofHours(1)), 100,
                Duration.ofSeconds(30), 50, new PspProperties.Sandbox(true, 0), senders);
    }
}
