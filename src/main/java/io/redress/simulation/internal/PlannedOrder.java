package io.redress.simulation.internal;

import io.redress.orders.internal.OrderSubmission;
import java.time.Instant;

/** One order of the plan: who buys from which shop, the order as submitted, when it ships and is signed, the intent. */
record PlannedOrder(int index, String orderId, String buyerId, int buyer, String shopId, int seller,
        OrderSubmission submission, Instant placedAt, Instant shipAt, Instant signAt, Intent intent) {
}
