package io.redress.amounts;

import io.redress.orders.Order;
import io.redress.orders.Orders;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Quotes refunds of stored orders at the current time: under the policy version in force now for a buyer who has
 * not applied yet, under the version a case was opened with for that case.
 */
@Service
public class RefundQuotes {

    private final Orders orders;
    private final Clock clock;
    private final AmountRulesInForce rulesInForce;

    RefundQuotes(Orders orders, Clock clock, AmountRulesInForce rulesInForce) {
        this.orders = orders;
        this.clock = clock;
        this.rulesInForce = rulesInForce;
    }

    /** The order, if it exists, for the caller's visibility check before quoting. */
    public Optional<Order> order(String orderId) {
        return orders.find(orderId);
    }

    /** Quotes a refund of the order now under the rules in force now; {@link InvalidQuoteRequest} for unknown lines or units. */
    public RefundQuote quote(Order order, QuoteRequest request) {
        Instant now = clock.instant();
        return RefundAmounts.quote(order, request, rulesInForce.at(now), now);
    }

    /** Quotes a refund of the order now under the given rules, those of the case's policy version. */
    public RefundQuote quote(Order order, QuoteRequest request, AmountRules rules) {
        return RefundAmounts.quote(order, request, rules, clock.instant());
    }
}
