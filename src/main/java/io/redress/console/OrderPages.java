package io.redress.console;

import io.redress.aftersale.Case;
import io.redress.aftersale.CaseIntake;
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
import io.redress.shared.DomainProblem;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Orders in the console: a buyer's own orders, a seller's shop orders, and the buyer's page to ask for a
 * refund, return or exchange with the live quote, which htmx refreshes as the form changes, and that opens the case.
 */
@Controller
class OrderPages {

    static final int SHOWN = 100;

    private final Orders orders;
    private final RefundQuotes quotes;
    private final CaseIntake intake;
    private final Problems problems;

    OrderPages(Orders orders, RefundQuotes quotes, CaseIntake intake, Problems problems) {
        this.orders = orders;
        this.quotes = quotes;
        this.intake = intake;
        this.problems = problems;
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
            @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
        Order order = ownOrder(orderId);
        quote(order, RefundForm.read(order, params), model, locale);
        return htmx != null ? "console/refund :: quote" : "console/refund";
    }

    /** Opens the case as quoted; what the rules refuse is shown on the page with the quote, and nothing changes. */
    @PostMapping("/orders/{orderId}/refund")
    @PreAuthorize("hasRole('BUYER')")
    String apply(@PathVariable String orderId, @RequestParam MultiValueMap<String, String> params, Locale locale,
            Model model) {
        Order order = ownOrder(orderId);
        RefundForm form = RefundForm.read(order, params);
        RefundQuote quote = quote(order, form, model, locale);
        if (quote == null) {
            return "console/refund";
        }
        if (form.description() != null && form.description().length() > 2000) {
            model.addAttribute("applyRefused", problems.text(
                    new InvalidRequest("description", "must be at most 2000 characters"), locale));
            return "console/refund";
        }
        try {
            Case opened = intake.open(Caller.current(), form.application(order, quote), locale);
            return "redirect:/cases/" + opened.caseId();
        } catch (ResourceNotFound notFound) {
            throw notFound;
        } catch (DomainProblem refused) {
            model.addAttribute("applyRefused", problems.text(refused, locale));
            return "console/refund";
        }
    }

    /** Puts the form and, when it names units, the live quote (or why it cannot be quoted) on the page. */
    private RefundQuote quote(Order order, RefundForm form, Model model, Locale locale) {
        model.addAttribute("order", order);
        model.addAttribute("form", form);
        model.addAttribute("types", RefundType.values());
        model.addAttribute("reasons", RefundReason.values());
        if (!form.invalid().isEmpty() || !form.anything()) {
            return null;
        }
        try {
            RefundQuote quote = quotes.quote(order, form.request(order));
            model.addAttribute("quote", quote);
            model.addAttribute("funders", Funder.values());
            model.addAttribute("methods", order.payments().stream()
                    .collect(Collectors.toMap(Payment::paymentId, Payment::method)));
            return quote;
        } catch (InvalidQuoteRequest refused) {
            model.addAttribute("refused", problems.quote(refused, locale));
            return null;
        }
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
