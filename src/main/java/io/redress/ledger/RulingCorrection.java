package io.redress.ledger;

import java.util.Currency;

/**
 * A ruling was overturned after money had moved or been withheld, and the books must put it right without
 * reversing a refund: the platform compensates the party the first ruling wronged, or records what the buyer
 * owes. Published by the module that reviews rulings (intervention) and posted by the ledger's listener; the
 * type lives here, in the ledger's API, so that the ledger depends on no module above it.
 */
public record RulingCorrection(String reference, String caseId, String orderId, String buyerId, String shopId,
        Currency currency, long amount, Direction direction) {

    public RulingCorrection {
        if (amount <= 0) {
            throw new IllegalArgumentException("a correction moves a positive amount, not " + amount);
        }
    }

    /** Who is made whole, and from where. */
    public enum Direction {
        /** The refund stands; the platform pays the seller what the refund took (platform expense → seller payable). */
        COMPENSATE_SELLER,
        /** The refund stands; the buyer owes it back to the seller (buyer receivable → seller payable). */
        RECOVER_FROM_BUYER,
        /** A ruling for the seller was overturned: the platform owes the buyer (platform expense → buyer compensation). */
        COMPENSATE_BUYER
    }
}
