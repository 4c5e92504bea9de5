package io.redress.amounts;

import io.redress.orders.Order;
import io.redress.orders.Orders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Quotes refunds of stored orders at the current time under the marketplace's rules; for cases and the API. */
@Service
public class RefundQuotes {

    private final Orders orders;
    private final Clock clock;
    private final AmountRules rules;

    RefundQuotes(Orders orders, Clock clock,
                 @Value("${redress.amounts.threshold-policy:CLAW_BACK}") ThresholdPolicy thresholdPolicy,
                 @Value("${redress.amounts.no-reason-window:PT168H}") Duration noReasonWindow,
                 @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        this.orders = orders;
        this.clock = clock;
        this.rules = new AmountRules(thresholdPolicy, noReasonWindow, zone);
    }

    /** The order, if it exists, for the caller's visibility check before quoting. */
    public Optional<Order> order(String orderId) {
        return orders.find(orderId);
    }

    /** Quotes a refund of the order now; throws {@link InvalidQuoteRequest} for lines or units it does not have. */
    public RefundQuote quote(Order order, QuoteRequest request) {
        return RefundAmounts.quote(order, request, rules, clock.instant());
    }
}
