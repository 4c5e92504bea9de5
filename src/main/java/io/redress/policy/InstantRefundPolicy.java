package io.redress.policy;

import java.util.Set;

/**
 * The instant-refund (极速退款) and platform-advance (垫付) terms of a policy version (docs/instant-refund.md): whether
 * the platform pays trusted buyers at once on an unshipped refund-only request ({@code unshipped}) and when the return's
 * tracking number is submitted ({@code onReturnShipped}); the quota each buyer may have advanced at a time, in minor
 * units ({@code quotaPerBuyer}); at most {@code maxCount} advances and {@code maxAmount} advanced over the trailing
 * {@code trailingDays}; the payment methods, discount kinds and goods categories that rule an order out; and the
 * least standing the buyer's credit record must show ({@code minStanding}, 0: none asked). Off unless a marketplace
 * turns it on.
 */
public record InstantRefundPolicy(boolean unshipped, boolean onReturnShipped, long quotaPerBuyer, int trailingDays,
        int maxCount, long maxAmount, Set<String> excludedInstruments, Set<String> excludedDiscounts,
        Set<String> excludedCategories, int minStanding) {

    /** Off; when turned on: ¥2,000 of quota, 10 advances or ¥5,000 in 90 days, no credit instruments or red packets. */
    public static final InstantRefundPolicy DEFAULTS = new InstantRefundPolicy(false, false, 200_000, 90, 10, 500_000,
            Set.of("ALIPAY_HUABEI", "INSTALMENT", "CREDIT_CARD"), Set.of("RED_PACKET"),
            Set.of("virtual", "custom-made"), 0);

    public InstantRefundPolicy {
        if (quotaPerBuyer < 0 || maxAmount < 0 || trailingDays < 1 || maxCount < 0 || minStanding < 0) {
            throw new IllegalArgumentException("instant refund limits cannot be negative, and the trailing window is"
                    + " at least one day");
        }
        excludedInstruments = excludedInstruments == null ? Set.of() : Set.copyOf(excludedInstruments);
        excludedDiscounts = excludedDiscounts == null ? Set.of() : Set.copyOf(excludedDiscounts);
        excludedCategories = excludedCategories == null ? Set.of() : Set.copyOf(excludedCategories);
    }

    /** Whether any instant refund is offered at all. */
    public boolean offered() {
        return unshipped || onReturnShipped;
    }

    /** The same terms with both kinds of instant refund turned on or off. */
    public InstantRefundPolicy turned(boolean on) {
        return new InstantRefundPolicy(on, on, quotaPerBuyer, trailingDays, maxCount, maxAmount, excludedInstruments,
                excludedDiscounts, excludedCategories, minStanding);
    }
}
