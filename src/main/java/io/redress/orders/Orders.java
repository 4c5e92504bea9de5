package io.redress.orders;

import java.util.Optional;

/** Reads order snapshots. */
public interface Orders {

    Optional<Order> find(String orderId);
}
