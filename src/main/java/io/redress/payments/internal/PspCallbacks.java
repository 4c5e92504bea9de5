package io.redress.payments.internal;

import io.redress.payments.GatewayResult;
import io.redress.payments.RefundAttempt;
import io.redress.payments.sandbox.CallbackSignature;
import io.redress.payments.sandbox.PspRefund;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
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
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unreadable callback: expected externalKey, status and amount");
        }
        RefundAttempt attempt = rows.find(refund.externalKey() == null ? "" : refund.externalKey())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no refund attempt " + refund.externalKey()));
        if (refund.amount() != attempt.amount()) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
                    "callback amount " + refund.amount() + " differs from the attempt's " + attempt.amount());
        }
        outcomes.apply(attempt, new GatewayResult(status, refund.pspRefundId(), refund.amount(), refund.message()), clock.now());
    }
}
