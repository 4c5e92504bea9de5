package io.redress.orders.internal;

import io.redress.orders.Order;

/** A submission that passed validation: the order with its frozen discount shares, and a fingerprint for replays. */
record AcceptedOrder(Order order, String fingerprint) {
}
