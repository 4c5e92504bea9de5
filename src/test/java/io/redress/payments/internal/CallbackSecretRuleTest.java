package io.redress.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CallbackSecretRuleTest {

    static final String REAL = "7f3c9a1e5b2d8f4a6c0e9b7d1f3a5c8e";

    @Test
    void outsideDemoModeAnUnsetShortOrPublicSecretIsRefused() {
        assertThat(CallbackSecretRule.refusal(null)).hasValueSatisfying(r -> assertThat(r).contains("not set"));
        assertThat(CallbackSecretRule.refusal(" ")).hasValueSatisfying(r -> assertThat(r).contains("not set"));
        assertThat(CallbackSecretRule.refusal(PspProperties.PUBLIC_CALLBACK_SECRET))
                .hasValueSatisfying(r -> assertThat(r).contains("public"));
        assertThat(CallbackSecretRule.refusal(REAL.substring(1))).hasValueSatisfying(r -> assertThat(r).contains("32 bytes"));
        assertThatThrownBy(() -> CallbackSecretRule.check(REAL.substring(1), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("redress.psp.callback-secret");
    }

    @Test
    void aSecretOfThirtyTwoBytesPassesAndDemoModeMayUseThePublicOne() {
        assertThat(CallbackSecretRule.refusal(REAL)).isEmpty();
        assertThatCode(() -> CallbackSecretRule.check(PspProperties.PUBLIC_CALLBACK_SECRET, true)).doesNotThrowAnyException();
    }
}
