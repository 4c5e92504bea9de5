package io.redress.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.webhooks.StandardWebhooksVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // the test vector published with the Standard Webhooks reference libraries
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void signsThePublishedTestVector() {
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aHeaderCarriesOneEntryPerSecretAndEachVerifies() {
        String other = WebhookSignature.newSecret();
        String header = WebhookSignature.header(List.of(other, SECRET), ID, TIMESTAMP, BODY);
        assertThat(header.split(" ")).hasSize(2);
        assertThat(StandardWebhooksVerifier.verifies(SECRET, ID, Long.toString(TIMESTAMP), header, BODY)).isTrue();
        assertThat(StandardWebhooksVerifier.verifies(other, ID, Long.toString(TIMESTAMP), header, BODY)).isTrue();
        assertThat(StandardWebhooksVerifier.verifies(WebhookSignature.newSecret(), ID, Long.toString(TIMESTAMP), header, BODY)).isFalse();
    }

    @Test
    void theIndependentVerifierAcceptsTheVectorAndRefusesATamperedBody() {
        String vector = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
        assertThat(StandardWebhooksVerifier.verifies(SECRET, ID, Long.toString(TIMESTAMP), vector, BODY)).isTrue();
        assertThat(StandardWebhooksVerifier.verifies(SECRET, ID, Long.toString(TIMESTAMP), vector, BODY + " ")).isFalse();
        assertThat(StandardWebhooksVerifier.verifies(SECRET, ID, Long.toString(TIMESTAMP + 1), vector, BODY)).isFalse();
    }

    @Test
    void newSecretsAreThirtyTwoRandomBytesWithThePrefix() {
        String secret = WebhookSignature.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
    }
}
