package io.redress.ledger;

/**
 * Who makes good an advance the platform paid (docs/instant-refund.md): the seller, from escrow or its payable as the
 * refund would have been funded ({@code SELLER}), the buyer, as a receivable ({@code BUYER}), or nobody: the platform's
 * own expense ({@code PLATFORM}). Published by the
 * module that keeps advances and posted once per refund reference by the ledger's listener; never a reversal.
 */
public record AdvanceRepayment(String refundRef, RefundFunding funding, By by) {

    public AdvanceRepayment {
        if (refundRef == null || funding == null || by == null) {
            throw new IllegalArgumentException("an advance repayment names its refund, funding and payer");
        }
    }

    /** Who repays the advance; PLATFORM: nobody can be made to, and the platform bears it as an expense. */
    public enum By {
        SELLER, BUYER, PLATFORM
    }
}
