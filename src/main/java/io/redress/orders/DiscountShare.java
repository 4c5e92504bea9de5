package io.redress.orders;

/** A line's frozen share of one discount. */
public record DiscountShare(String discountId, DiscountKind kind, long amount, Funder fundedBy) {
}
