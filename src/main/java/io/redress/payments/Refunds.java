package io.redress.payments;

import java.util.Currency;
import java.util.List;

/** Refund execution, independent of what decided the refund (a case, a ruling, an operator). */
public interface Refunds {

    /**
     * Records one attempt per leg and sends them to the PSP after the surrounding transaction commits.
     * Idempotent per {@code refundRef}: a repeat with the same legs returns the existing attempts; a repeat
     * with different legs is refused with {@link RefundAlreadyRequested}.
     */
    List<RefundAttempt> request(String refundRef, String orderId, Currency currency, List<RefundLeg> legs);

    /** The attempts of one refund, by leg number; empty when the refund is unknown. */
    List<RefundAttempt> attempts(String refundRef);

    /**
     * Asks the PSP about each leg of {@code refundRef} recorded as refused and records as paid any it has paid;
     * returns the attempts as they are now. Whatever pays a refused leg again must call this first, so that a
     * leg the PSP paid is never paid twice. Throws {@link GatewayUnavailable} when the PSP cannot be asked.
     */
    List<RefundAttempt> confirmRefused(String refundRef);

    /** Every attempt, oldest first, for reconciliation. */
    List<RefundAttempt> allAttempts();

    /**
     * An operator sends a parked attempt back to the reconciler, due now, under the same key; false when the
     * attempt is not parked. A FAILED leg is not resumed: refunding it again is a new refund with a new reference.
     */
    boolean resume(String externalKey);

    /** The attempts parked for an operator (retries exhausted) or refused by the PSP. */
    List<RefundAttempt> needingAttention();
}
