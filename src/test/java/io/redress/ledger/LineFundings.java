package io.redress.ledger;

import io.redress.amounts.AmountRules;
import io.redress.amounts.QuoteRequest;
import io.redress.amounts.RefundAmounts;
import io.redress.amounts.RefundQuote;
import io.redress.amounts.RefundReason;
import io.redress.amounts.RefundType;
import io.redress.amounts.ThresholdPolicy;
import io.redress.decisions.Decide;
import io.redress.decisions.RefundDecision;
import io.redress.orders.Order;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The funding of a full refund of whole lines, the way production reaches it: the amount engine quotes the lines
 * (their paid amounts and per-line platform parts; thresholds kept, so whole lines are refunded at what they paid),
 * the decision freezes the quote, and the ledger's funding is read from the decision.
 */
public final class LineFundings {

    static final AmountRules WHOLE_LINES = new AmountRules(ThresholdPolicy.IGNORE, Duration.ofDays(7),
            ZoneId.of("Asia/Shanghai"));

    private LineFundings() {
    }

    public static RefundFunding ofLines(Order order, List<String> lineIds) {
        return RefundFunding.of(decision(order, lineIds));
    }

    public static RefundDecision decision(Order order, List<String> lineIds) {
        List<QuoteRequest.Units> units = lineIds.stream().map(id -> new QuoteRequest.Units(id,
                order.line(id).orElseThrow(() -> new IllegalArgumentException("no line " + id)).quantity())).toList();
        RefundQuote quote = RefundAmounts.quote(order,
                new QuoteRequest(RefundType.RETURN_AND_REFUND, RefundReason.QUALITY, units), WHOLE_LINES, order.paidAt());
        return RefundDecision.of(new Decide("ref-" + order.orderId(), "case-" + order.orderId(), order, quote.split(),
                null, null, null, "SYSTEM", "TEST", "whole lines " + lineIds), "RD-test", order.paidAt());
    }
}
