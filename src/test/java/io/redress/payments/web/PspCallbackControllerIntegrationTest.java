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
    @Value("${redress.psp.callback-secret:sandbox-callback-secret}") String secret;

    @AfterEach
    void reliableSandbox() {
        sandbox.configure(SandboxSettings.reliable());
    }

    @Test
    void signedCallbackSettlesAPendingLegAndDuplicatesChangeNothing() throws Exception {
        String ref = pendingRefund(400);
        String body = callback(ref + "-1", "SUCCEEDED", 400);

        send(body, CallbackSignature.sign(secret, bytes(body))).andExpect(status().isNoContent());
        RefundAttempt settled = refunds.attempts(ref).get(0);
        send(body, CallbackSignature.sign(secret, bytes(body))).andExpect(status().isNoContent());

        assertThat(settled.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(refunds.attempts(ref).get(0).updatedAt()).isEqualTo(settled.updatedAt());
    }

    @Test
    void callbackWithAWrongOrMissingSignatureIsRefusedAndChangesNothing() throws Exception {
        String ref = pendingRefund(500);
        String body = callback(ref + "-1", "SUCCEEDED", 500);

        send(body, CallbackSignature.sign("not-the-secret", bytes(body))).andExpect(status().isUnauthorized());
        send(body, null).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        String tampered = callback(ref + "-1", "SUCCEEDED", 5000);
        send(tampered, CallbackSignature.sign(secret, bytes(body))).andExpect(status().isUnauthorized());

        assertThat(refunds.attempts(ref).get(0).status()).isEqualTo(RefundStatus.PENDING);
    }

    @Test
    void signedCallbackForAnUnknownKeyOrAnotherAmountIsRefused() throws Exception {
        String ref = pendingRefund(600);
        String unknown = callback("nobody-1", "SUCCEEDED", 600);
        String otherAmount = callback(ref + "-1", "SUCCEEDED", 601);

        send(unknown, CallbackSignature.sign(secret, bytes(unknown))).andExpect(status().isNotFound());
        send(otherAmount, CallbackSignature.sign(secret, bytes(otherAmount))).andExpect(status().isUnprocessableContent());
        send("{\"externalKey\":", CallbackSignature.sign(secret, bytes("{\"externalKey\":"))).andExpect(status().isBadRequest());

        assertThat(refunds.attempts(ref).get(0).status()).isEqualTo(RefundStatus.PENDING);
    }

    private String pendingRefund(long amount) {
        sandbox.configure(new SandboxSettings(0, 0, 0, 0, 0, 1, 600_000, 0));
        String ref = "case-" + UUID.randomUUID();
        refunds.request(ref, "order-" + ref, Currency.getInstance("CNY"), List.of(new RefundLeg("pay-1", "psp-1", amount)));
        Waiting.until(() -> refunds.attempts(ref).get(0).status(), s -> s == RefundStatus.PENDING);
        return ref;
    }

    private ResultActions send(String body, String signature) throws Exception {
        // the PSP sends no bearer token: its signature is its only credential
        var request = post("/api/v1/psp/callbacks").contentType(MediaType.APPLICATION_JSON).content(body);
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
