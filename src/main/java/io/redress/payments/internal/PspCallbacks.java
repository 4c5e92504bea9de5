package io.redress.payments.internal;

import io.redress.payments.GatewayResult;
import io.redress.payments.RefundAttempt;
import io.redress.payments.sandbox.CallbackSignature;
import io.redress.payments.sandbox.PspRefund;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import io.redress.shared.RuleViolation;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Verifies and applies PSP callbacks; they take the same path as a query's answer, so duplicates are harmless. */
@Component
public class PspCallbacks {

    private final RefundAttemptRows rows;
    private final RefundOutcomes outcomes;
    private final PaymentsClock clock;
    private final String secret;
    private final JsonMapper json = JsonMapper.builder().build();

    PspCallbacks(RefundAttemptRows rows, RefundOutcomes outcomes, PaymentsClock clock, PspProperties properties) {
        this.rows = rows;
        this.outcomes = outcomes;
        this.clock = clock;
        this.secret = properties.callbackSecret();
    }

    public boolean authentic(byte[] body, String signature) {
        return CallbackSignature.verify(secret, body, signature);
    }

    /** Applies a verified callback body. */
    public void accept(String body) {
        PspRefund refund;
        GatewayResult.Status status;
        try {
            refund = json.readValue(body, PspRefund.class);
            status = GatewayResult.Status.valueOf(refund.status());
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequest("body", "a callback needs externalKey, amount and status SUCCEEDED, PENDING or FAILED");
        }
        RefundAttempt attempt = rows.find(refund.externalKey() == null ? "" : refund.externalKey())
                .orElseThrow(() -> new ResourceNotFound("refund attempt", refund.externalKey()));
        if (refund.amount() != attempt.amount()) {
            throw new RuleViolation("callback amount " + refund.amount() + " differs from the attempt's " + attempt.amount());
        }
        outcomes.apply(attempt, new GatewayResult(status, refund.pspRefundId(), refund.amount(), refund.message()), clock.now());
    }
}
