package io.redress.orders;

import java.util.List;

/** An order-level discount, who funds it, the lines it applies to and its threshold (null: none). */
public record Discount(String discountId, DiscountKind kind, long amount, Funder fundedBy, List<String> appliesTo, Long threshold) {

    public Discount {
        appliesTo = List.copyOf(appliesTo);
    }
}
