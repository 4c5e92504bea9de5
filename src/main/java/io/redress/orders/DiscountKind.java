package io.redress.orders;

/** Kinds of discount, in the order they are apportioned: shop first, then platform, then points. */
public enum DiscountKind {
    SHOP_COUPON, FULL_REDUCTION, PLATFORM_COUPON, RED_PACKET, POINTS;

    /** Points are value the buyer spent from a points account; a refund returns them in kind. */
    public boolean returnedInKind() {
        return this == POINTS;
    }
}
