package io.redress.orders;

/** What the carrier reported: the goods left the seller, or the buyer signed for them (签收). */
public enum FulfilmentEvent {
    SHIPPED, SIGNED
}
