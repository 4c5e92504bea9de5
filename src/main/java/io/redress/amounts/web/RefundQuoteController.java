package io.redress.amounts.web;

import io.redress.amounts.InvalidQuoteRequest;
import io.redress.amounts.RefundQuotes;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.orders.Order;
import io.redress.shared.InvalidField;
import io.redress.shared.ResourceNotFound;
import io.redress.shared.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What a refund would pay and why: for the order's buyer, its shop's staff and agents. A quote changes nothing. */
@RestController
class RefundQuoteController {

    private final RefundQuotes quotes;

    RefundQuoteController(RefundQuotes quotes) {
        this.quotes = quotes;
    }

    @PostMapping("/api/v1/orders/{orderId}/refund-quotes")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT')")
    @Operation(summary = "Quote a refund", description = "Roles: BUYER (own orders), SELLER (own shop's orders), "
            + "AGENT, SENIOR_AGENT. What a refund would pay per line, shipping, payment and funder, and why "
            + "(steps). Changes nothing.")
    @ApiResponse(responseCode = "200", description = "The quote; eligible false lists ineligibleReasons")
    @ApiResponse(responseCode = "400", description = "Malformed body")
    @ApiResponse(responseCode = "403", description = "The caller's role may not quote")
    @ApiResponse(responseCode = "404", description = "No such order, or the caller may not see it")
    @ApiResponse(responseCode = "422", description = "Lines or quantities the order cannot refund")
    QuoteResponse quote(@PathVariable String orderId, @Valid @RequestBody QuoteBody body, Locale locale) {
        Caller caller = Caller.current();
        Order order = quotes.order(orderId).filter(o -> visible(o, caller))
                .orElseThrow(() -> new ResourceNotFound("order", orderId));
        try {
            return QuoteResponse.of(quotes.quote(order, body.toRequest()), locale);
        } catch (InvalidQuoteRequest e) {
            throw new RuleViolation(e.field() + ": " + e.getMessage())
                    .with("errors", List.of(new InvalidField(e.field(), e.getMessage())));
        }
    }

    /** Agents see every order; a buyer only their own; seller staff only their shop's. */
    private static boolean visible(Order order, Caller caller) {
        return caller.has(Role.AGENT) || caller.has(Role.SENIOR_AGENT)
                || caller.has(Role.BUYER) && order.buyerId().equals(caller.buyerId())
                || caller.has(Role.SELLER) && order.shopId().equals(caller.shopId());
    }
}
