package io.redress.console;

import io.redress.amounts.InvalidQuoteRequest;
import io.redress.amounts.RefundQuote;
import io.redress.amounts.RefundQuotes;
import io.redress.amounts.RefundReason;
import io.redress.amounts.RefundType;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.orders.Funder;
import io.redress.orders.Order;
import io.redress.orders.Orders;
import io.redress.orders.Payment;
import io.redress.shared.ResourceNotFound;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Orders in the console: a buyer's own orders, a seller's shop orders, and the buyer's page to ask for a
 * refund, return or exchange with the live quote, which htmx refreshes as the form changes.
 */
@Controller
class OrderPages {

    static final int SHOWN = 100;

    private final Orders orders;
    private final RefundQuotes quotes;

    OrderPages(Orders orders, RefundQuotes quotes) {
        this.orders = orders;
        this.quotes = quotes;
    }

    @GetMapping("/orders")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    String list(Model model) {
        Caller caller = Caller.current();
        boolean buyer = caller.has(Role.BUYER) && caller.buyerId() != null;
        List<Order> shown = buyer ? orders.placedBy(caller.buyerId(), SHOWN)
                : caller.shopId() == null ? List.of() : orders.forShop(caller.shopId(), SHOWN);
        model.addAttribute("orders", shown.stream().map(order -> new Listed(order, Delivery.of(order))).toList());
        model.addAttribute("buyer", buyer);
        return "console/orders";
    }

    @GetMapping("/orders/{orderId}/refund")
    @PreAuthorize("hasRole('BUYER')")
    String refund(@PathVariable String orderId, @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Order order = ownOrder(orderId);
        RefundForm form = RefundForm.read(order, params);
        model.addAttribute("order", order);
        model.addAttribute("form", form);
        model.addAttribute("types", RefundType.values());
        model.addAttribute("reasons", RefundReason.values());
        if (form.invalid().isEmpty() && form.anything()) {
            try {
                RefundQuote quote = quotes.quote(order, form.request(order));
                model.addAttribute("quote", quote);
                model.addAttribute("funders", Funder.values());
                model.addAttribute("methods", order.payments().stream()
                        .collect(Collectors.toMap(Payment::paymentId, Payment::method)));
            } catch (InvalidQuoteRequest refused) {
                model.addAttribute("refused", refused.getMessage());
            }
        }
        return htmx != null ? "console/refund :: quote" : "console/refund";
    }

    /** The caller's own order; another buyer's order is answered as if it did not exist. */
    private Order ownOrder(String orderId) {
        Caller caller = Caller.current();
        return orders.find(orderId)
                .filter(order -> caller.buyerId() != null && Objects.equals(order.buyerId(), caller.buyerId()))
                .orElseThrow(() -> new ResourceNotFound("order", orderId));
    }

    /** An order in a list, with how far it has travelled. */
    record Listed(Order order, Delivery delivery) {
    }
}
