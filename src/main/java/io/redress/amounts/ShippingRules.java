package io.redress.amounts;

import java.util.Objects;

/**
 * Who bears freight (docs/amounts.md): whether outbound shipping goes back with the last refunded item when nothing
 * had shipped, or when the seller is at fault, and who pays the return leg with and without the seller at fault.
 */
public record ShippingRules(boolean refundWhenNothingShipped, boolean refundWhenSellerAtFault,
        ShippingPayer returnLegSellerAtFault, ShippingPayer returnLegOtherwise) {

    /** Outbound back when nothing shipped or the seller is at fault; the party at fault pays the return (CPL Art. 24). */
    public static final ShippingRules DEFAULTS = new ShippingRules(true, true, ShippingPayer.SELLER, ShippingPayer.BUYER);

    public ShippingRules {
        requirePayer(returnLegSellerAtFault, "returnLegSellerAtFault");
        requirePayer(returnLegOtherwise, "returnLegOtherwise");
    }

    private static void requirePayer(ShippingPayer payer, String name) {
        if (Objects.requireNonNull(payer, name) == ShippingPayer.NONE) {
            throw new IllegalArgumentException(name + " must be BUYER or SELLER");
        }
    }
}
