package io.redress.postrefund;

import java.time.Instant;

/**
 * What a buyer owes after an upheld seller appeal ({@code requestId} names it) or for a platform advance a ruling found
 * the buyer must repay (no {@code requestId}; {@link #fromAdvance()}): {@code amount} opened, less what was paid, offset
 * against later refunds (only after {@code offsetConsentAt}) or written off. Never negative, never more than the refund.
 */
public record Receivable(String receivableId, String requestId, String caseId, String orderId, String buyerId,
        String shopId, String currency, long amount, long paid, long offset, long writtenOff, Status status,
        Instant offsetConsentAt, String writeOffReason, String writtenOffBy, long version, Instant openedAt,
        Instant updatedAt) {

    public Receivable {
        if (amount <= 0 || paid < 0 || offset < 0 || writtenOff < 0 || paid + offset + writtenOff > amount) {
            throw new IllegalArgumentException("receivable " + receivableId + " does not add up: " + amount + " opened, "
                    + paid + " paid, " + offset + " offset, " + writtenOff + " written off");
        }
    }

    public enum Status {
        OPEN, SETTLED, WRITTEN_OFF
    }

    /** What is still owed. */
    public long outstanding() {
        return amount - paid - offset - writtenOff;
    }

    /** Whether it is the repayment of a platform advance on the case rather than an upheld seller appeal. */
    public boolean fromAdvance() {
        return requestId == null;
    }

    public boolean consentedToOffset() {
        return offsetConsentAt != null;
    }
}
