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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
    @Operation(summary = "Create an order snapshot", description = "Roles: MARKETPLACE. Idempotent on orderId: the "
            + "same body again is a no-op 200; a different body for an existing orderId is 409. Lines come back with "
            + "paidAmount and discountShares after apportionment.")
    @ApiResponse(responseCode = "201", description = "Order created")
    @ApiResponse(responseCode = "200", description = "The same order was already received; nothing changed")
    @ApiResponse(responseCode = "400", description = "Malformed body: unknown or missing fields, wrong types or values")
    @ApiResponse(responseCode = "403", description = "The caller is not a marketplace")
    @ApiResponse(responseCode = "409", description = "An order with this orderId exists with a different body")
    @ApiResponse(responseCode = "422", description = "Inconsistent order, e.g. payments do not add up to the total")
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
    @Operation(summary = "Read an order", description = "Roles: any; BUYER sees only own orders, SELLER only its "
            + "shop's. The snapshot with apportionment, fulfilment and refund totals per line.")
    @ApiResponse(responseCode = "200", description = "The order")
    @ApiResponse(responseCode = "404", description = "No such order, or the caller may not see it")
    OrderView find(@PathVariable String orderId) {
        return OrderView.of(visible(orderId), zone);
    }

    @PostMapping("/{orderId}/fulfilment")
    @PreAuthorize("hasRole('MARKETPLACE')")
    @Operation(summary = "Record shipment or receipt", description = "Roles: MARKETPLACE. lineIds omitted = every "
            + "line; at omitted = now. Answers the order as it is now.")
    @ApiResponse(responseCode = "200", description = "Recorded; the order as it is now")
    @ApiResponse(responseCode = "400", description = "Malformed body")
    @ApiResponse(responseCode = "403", description = "The caller is not a marketplace")
    @ApiResponse(responseCode = "404", description = "No such order")
    @ApiResponse(responseCode = "409", description = "The event contradicts what was recorded before")
    @ApiResponse(responseCode = "422", description = "Unknown lines or an impossible time")
    OrderView recordFulfilment(@PathVariable String orderId, @RequestBody FulfilmentReport report) {
        // only the marketplace records fulfilment, and it sees every order: 404 comes from the order's lock
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
