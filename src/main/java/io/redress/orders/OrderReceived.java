package io.redress.orders;

/** A new order snapshot was accepted from the marketplace. */
public record OrderReceived(String orderId) {
}
