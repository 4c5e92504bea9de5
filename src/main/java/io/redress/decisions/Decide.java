package io.redress.decisions;

import io.redress.orders.Order;
import io.redress.orders.RefundSplit;
import java.util.Objects;

/**
 * What a deciding transaction asks to be recorded: the refund {@code split} of {@code order} (per line with its
 * platform parts, per instrument, shipping) paid under {@code refundRef} for case {@code caseId}, the policy version
 * and the quote JSON it came from, and who decided ({@code actor}, {@code action}) and why ({@code reason}).
 */
public record Decide(String refundRef, String caseId, Order order, RefundSplit split, String policyProfile,
        Integer policyVersion, String quote, String actor, String action, String reason) {

    public Decide {
        Objects.requireNonNull(refundRef, "refundRef");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }
}
