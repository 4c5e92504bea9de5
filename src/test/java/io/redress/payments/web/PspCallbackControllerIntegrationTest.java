package io.redress.payments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundLeg;
import io.redress.payments.RefundStatus;
import io.redress.payments.Refunds;
import io.redress.payments.sandbox.CallbackSignature;
import io.redress.payments.sandbox.SandboxPsp;
import io.redress.payments.sandbox.SandboxSettings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Callbacks carry no bearer token; until the security chain permits the path, a test principal stands in. */
@RedressIntegrationTest
class PspCallbackControllerIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired Refunds refunds;
    @Autowired SandboxPsp sandbox;
    @Autowired Clock clock;
    @Value("${redress.psp.callback-secret:sandbox-callback-secret}") String secret;

    @AfterEach
    void reliableSandbox() {
        sandbox.configure(SandboxSettings.reliable());
    }

    @Test
    void callbackSettlesALegWithWhatThePspAnswersAndDuplicatesChangeNothing() throws Exception {
        String ref = pendingRefund(400, 200);
        Waiting.until(() -> sandbox.record(ref + "-1").orElseThrow().status(), "SUCCEEDED"::equals);
        String body = callback(ref + "-1", "SUCCEEDED", 400);

        sendSigned(body).andExpect(status().isNoContent());
        RefundAttempt settled = refunds.attempts(ref).get(0);
        sendSigned(body).andExpect(status().isNoContent());

        assertThat(settled.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(refunds.attempts(ref).get(0).updatedAt()).isEqualTo(settled.updatedAt());
    }

    @Test
    void signedCallbackClaimingAnOutcomeThePspContradictsChangesNothing() throws Exception {
        String ref = pendingRefund(450, 600_000);
        String paid = callback(ref + "-1", "SUCCEEDED", 450);
        String refused = callback(ref + "-1", "FAILED", 450);

        sendSigned(paid).andExpect(status().isNoContent());
        sendSigned(refused).andExpect(status().isNoContent());

        assertThat(sandbox.record(ref + "-1").orElseThrow().status()).isEqualTo("PENDING");
        assertThat(refunds.attempts(ref).get(0).status()).isEqualTo(RefundStatus.PENDING);
    }

    @Test
    void callbackWithAWrongOrMissingSignatureIsRefusedAndChangesNothing() throws Exception {
        String ref = pendingRefund(500, 200);
        Waiting.until(() -> sandbox.record(ref + "-1").orElseThrow().status(), "SUCCEEDED"::equals);
        String body = callback(ref + "-1", "SUCCEEDED", 500);
        long now = clock.instant().getEpochSecond();

        send(body, now, CallbackSignature.sign("not-the-secret", now, bytes(body))).andExpect(status().isUnauthorized());
        send(body, null, null).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        send(body, null, CallbackSignature.sign(secret, now, bytes(body))).andExpect(status().isUnauthorized());
        send(body, now + 1, CallbackSignature.sign(secret, now, bytes(body))).andExpect(status().isUnauthorized());
        String tampered = callback(ref + "-1", "SUCCEEDED", 5000);
        send(tampered, now, CallbackSignature.sign(secret, now, bytes(body))).andExpect(status().isUnauthorized());

        assertThat(refunds.attempts(ref).get(0).status()).isEqualTo(RefundStatus.PENDING);
    }

    @Test
    void callbackSignedOutsideTheFiveMinuteWindowIsRefusedAsAReplay() throws Exception {
        String ref = pendingRefund(550, 200);
        Waiting.until(() -> sandbox.record(ref + "-1").orElseThrow().status(), "SUCCEEDED"::equals);
        String body = callback(ref + "-1", "SUCCEEDED", 550);
        long now = clock.instant().getEpochSecond();

        for (long signedAt : new long[] {now - 301, now + 301}) {
            send(body, signedAt, CallbackSignature.sign(secret, signedAt, bytes(body))).andExpect(status().isUnauthorized());
        }
        assertThat(refunds.attempts(ref).get(0).status()).isEqualTo(RefundStatus.PENDING);

        long recent = now - 240;
        send(body, recent, CallbackSignature.sign(secret, recent, bytes(body))).andExpect(status().isNoContent());
        assertThat(refunds.attempts(ref).get(0).status()).isEqualTo(RefundStatus.SUCCEEDED);
    }

    @Test
    void whenThePspCannotConfirmACallbackItIsAnswered503AndNothingChanges() throws Exception {
        String ref = pendingRefund(650, 200);
        Waiting.until(() -> sandbox.record(ref + "-1").orElseThrow().status(), "SUCCEEDED"::equals);
        sandbox.configure(new SandboxSettings(0, 1, 0, 0, 0, 0, 0, 0));

        sendSigned(callback(ref + "-1", "SUCCEEDED", 650)).andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(refunds.attempts(ref).get(0).status()).isEqualTo(RefundStatus.PENDING);
    }

    @Test
    void signedCallbackForAnUnknownKeyOrAnotherAmountIsRefused() throws Exception {
        String ref = pendingRefund(600, 600_000);
        String unknown = callback("nobody-1", "SUCCEEDED", 600);
        String otherAmount = callback(ref + "-1", "SUCCEEDED", 601);

        sendSigned(unknown).andExpect(status().isNotFound());
        sendSigned(otherAmount).andExpect(status().isUnprocessableContent());
        sendSigned("{\"externalKey\":").andExpect(status().isBadRequest());

        assertThat(refunds.attempts(ref).get(0).status()).isEqualTo(RefundStatus.PENDING);
    }

    /** A one-leg refund the sandbox answers PENDING and completes after {@code completeAfterMillis}, without a callback. */
    private String pendingRefund(long amount, long completeAfterMillis) {
        sandbox.configure(new SandboxSettings(0, 0, 0, 0, 0, 1, completeAfterMillis, 0));
        String ref = "case-" + UUID.randomUUID();
        refunds.request(ref, "order-" + ref, Currency.getInstance("CNY"), List.of(new RefundLeg("pay-1", "psp-1", amount)));
        Waiting.until(() -> refunds.attempts(ref).get(0).status(), s -> s == RefundStatus.PENDING);
        return ref;
    }

    private ResultActions sendSigned(String body) throws Exception {
        long now = clock.instant().getEpochSecond();
        return send(body, now, CallbackSignature.sign(secret, now, bytes(body)));
    }

    private ResultActions send(String body, Long timestamp, String signature) throws Exception {
        // the PSP sends no bearer token: its signature is its only credential
        var request = post("/api/v1/psp/callbacks").contentType(MediaType.APPLICATION_JSON).content(body);
        if (timestamp != null) {
            request.header(CallbackSignature.TIMESTAMP_HEADER, timestamp);
        }
        if (signature != null) {
            request.header(CallbackSignature.HEADER, signature);
        }
        return mvc.perform(request);
    }

    private static String callback(String key, String status, long amount) {
        return "{\"externalKey\":\"" + key + "\",\"pspReference\":\"psp-1\",\"amount\":" + amount
                + ",\"currency\":\"CNY\",\"status\":\"" + status + "\",\"pspRefundId\":\"sbx-1\",\"message\":null,\"payouts\":1,\"createdAt\":null}";
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
