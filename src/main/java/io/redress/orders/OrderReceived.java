package io.redress.orders;

/**
 * A new order snapshot was accepted from the marketplace; {@code order} is the order as stored, published in the
 * transaction that stored it (the ledger captures its payment in that transaction from it, without reading it back).
 */
public record OrderReceived(Order order) {

    public String orderId() {
        return order.orderId();
    }
}
