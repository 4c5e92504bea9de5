package io.redress.orders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads order snapshots. */
public interface Orders {

    Optional<Order> find(String orderId);

    /** The buyer's orders, newest first, at most {@code max} of them. */
    List<Order> placedBy(String buyerId, int max);

    /** The shop's orders, newest first, at most {@code max} of them. */
    List<Order> forShop(String shopId, int max);

    /** How many orders the buyer placed after {@code after} and at or before {@code notAfter}. */
    long countPlacedBy(String buyerId, Instant after, Instant notAfter);

    /** How many of the shop's orders were placed after {@code after} and at or before {@code notAfter}. */
    long countForShop(String shopId, Instant after, Instant notAfter);
}
