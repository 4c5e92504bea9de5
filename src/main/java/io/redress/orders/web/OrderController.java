package io.redress.orders.web;

import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.orders.Order;
import io.redress.orders.Orders;
import io.redress.orders.internal.Fulfilment;
import io.redress.orders.internal.FulfilmentReport;
import io.redress.orders.internal.OrderIntake;
import io.redress.orders.internal.OrderSubmission;
import io.redress.shared.ResourceNotFound;
import java.net.URI;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Order snapshots: the marketplace pushes orders and fulfilment; parties of the order and staff read them. */
@RestController
@RequestMapping("/api/v1/orders")
class OrderController {

    /** Roles that may read any order; buyers and sellers see only their own. */
    private static final Set<Role> SEE_EVERY_ORDER =
            EnumSet.of(Role.MARKETPLACE, Role.AGENT, Role.SENIOR_AGENT, Role.AUDITOR, Role.ADMIN);

    private final OrderIntake intake;
    private final Fulfilment fulfilment;
    private final Orders orders;
    private final ZoneId zone;

    OrderController(OrderIntake intake, Fulfilment fulfilment, Orders orders,
            @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        this.intake = intake;
        this.fulfilment = fulfilment;
        this.orders = orders;
        this.zone = zone;
    }

    @PostMapping
    @PreAuthorize("hasRole('MARKETPLACE')")
    ResponseEntity<OrderView> receive(@RequestBody OrderSubmission submission) {
        OrderIntake.Receipt receipt = intake.receive(submission);
        OrderView view = OrderView.of(receipt.order(), zone);
        if (!receipt.created()) {
            return ResponseEntity.ok(view);
        }
        return ResponseEntity.created(URI.create("/api/v1/orders/" + receipt.order().orderId())).body(view);
    }

    @GetMapping("/{orderId}")
    @PreAuthorize("isAuthenticated()")
    OrderView find(@PathVariable String orderId) {
        return OrderView.of(visible(orderId), zone);
    }

    @PostMapping("/{orderId}/fulfilment")
    @PreAuthorize("hasRole('MARKETPLACE')")
    OrderView recordFulfilment(@PathVariable String orderId, @RequestBody FulfilmentReport report) {
        visible(orderId);
        return OrderView.of(fulfilment.record(orderId, report), zone);
    }

    /** The order if the caller may see it; otherwise 404, so that nobody learns which order ids exist. */
    private Order visible(String orderId) {
        Caller caller = Caller.current();
        return orders.find(orderId)
                .filter(order -> caller.roles().stream().anyMatch(SEE_EVERY_ORDER::contains)
                        || caller.has(Role.BUYER) && order.buyerId().equals(caller.buyerId())
                        || caller.has(Role.SELLER) && order.shopId().equals(caller.shopId()))
                .orElseThrow(() -> new ResourceNotFound("order", orderId));
    }
}
