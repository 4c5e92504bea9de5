package io.redress.orders.internal;

import io.redress.orders.Order;
import java.time.Instant;
import java.util.Map;

/**
 * A submission that passed validation: the order with its frozen discount shares, when the buyer confirmed
 * an EXCLUDED_CONFIRMED_BY_BUYER line (by lineId), and a fingerprint of the submission for idempotent replays.
 */
record AcceptedOrder(Order order, Map<String, Instant> noReasonReturnConfirmedAt, String fingerprint) {
}
