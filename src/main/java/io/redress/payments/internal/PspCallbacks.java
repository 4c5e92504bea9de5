package io.redress.payments.internal;

import io.redress.payments.GatewayResult;
import io.redress.payments.PaymentGateway;
import io.redress.payments.RefundAttempt;
import io.redress.payments.sandbox.CallbackSignature;
import io.redress.payments.sandbox.PspRefund;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import io.redress.shared.RuleViolation;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies PSP callbacks and acts on them. A callback only says "ask me about this key": whatever outcome it
 * claims, the outcome recorded is the one the PSP's query answers, through the same path as the reconciler's
 * queries, so a forged or replayed callback cannot mark a leg paid or refused, and duplicates are harmless.
 */
@Component
public class PspCallbacks {

    private final RefundAttemptRows rows;
    private final RefundOutcomes outcomes;
    private final PaymentGateway gateway;
    private final PaymentsClock clock;
    private final PspProperties properties;
    private final JsonMapper json = JsonMapper.builder().build();

    PspCallbacks(RefundAttemptRows rows, RefundOutcomes outcomes, PaymentGateway gateway, PaymentsClock clock,
            PspProperties properties, @Value("${redress.demo:false}") boolean demo) {
        CallbackSecretRule.check(properties.callbackSecret(), demo);
        this.rows = rows;
        this.outcomes = outcomes;
        this.gateway = gateway;
        this.clock = clock;
        this.properties = properties;
    }

    /** The signature covers the timestamp and the raw body; a timestamp outside the window is a replay. */
    public boolean authentic(byte[] body, String timestamp, String signature) {
        return CallbackSignature.verify(properties.callbackSecret(), timestamp, body, signature, clock.now(),
                properties.callbackWindow());
    }

    /**
     * Confirms a verified callback with the PSP and records what the PSP answers (which may contradict the
     * callback); nothing changes when the attempt is already final or the PSP has no record of the key.
     * A PSP that cannot be reached throws {@link io.redress.payments.GatewayUnavailable}; the reconciler asks later.
     */
    public void accept(String body) {
        PspRefund refund;
        try {
            refund = json.readValue(body, PspRefund.class);
            GatewayResult.Status.valueOf(refund.status());
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequest("body", "a callback needs externalKey, amount and status SUCCEEDED, PENDING or FAILED");
        }
        RefundAttempt attempt = rows.find(refund.externalKey() == null ? "" : refund.externalKey())
                .orElseThrow(() -> new ResourceNotFound("refund attempt", refund.externalKey()));
        if (refund.amount() != attempt.amount()) {
            throw new RuleViolation("callback amount " + refund.amount() + " differs from the attempt's " + attempt.amount());
        }
        if (attempt.status().isFinal()) {
            return;
        }
        Optional<GatewayResult> confirmed = gateway.query(attempt.externalKey());
        confirmed.ifPresent(result -> outcomes.apply(attempt, result, clock.now()));
    }
}
