package io.redress.orders;

import java.util.List;
import java.util.Optional;

/** Reads order snapshots. */
public interface Orders {

    Optional<Order> find(String orderId);

    /** The buyer's orders, newest first, at most {@code max} of them. */
    List<Order> placedBy(String buyerId, int max);

    /** The shop's orders, newest first, at most {@code max} of them. */
    List<Order> forShop(String shopId, int max);
}
