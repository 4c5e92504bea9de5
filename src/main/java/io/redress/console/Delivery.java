package io.redress.console;

import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import java.util.List;

/** How far an order has travelled, judged on its physical lines (virtual goods never ship). */
enum Delivery {
    NOT_SHIPPED, PARTLY_SHIPPED, SHIPPED, SIGNED, VIRTUAL;

    static Delivery of(Order order) {
        List<OrderLine> physical = order.lines().stream().filter(line -> !line.virtual()).toList();
        if (physical.isEmpty()) {
            return VIRTUAL;
        }
        if (physical.stream().allMatch(OrderLine::signed)) {
            return SIGNED;
        }
        if (physical.stream().allMatch(OrderLine::shipped)) {
            return SHIPPED;
        }
        return physical.stream().anyMatch(OrderLine::shipped) ? PARTLY_SHIPPED : NOT_SHIPPED;
    }
}
