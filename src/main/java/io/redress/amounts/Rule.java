package io.redress.amounts;

/** The named rules of docs/amounts.md that a refund amount is built from, one per explanation step. */
public enum Rule {
    PAID_SHARE, ALREADY_REFUNDED, IN_FLIGHT, THRESHOLD_LOST, THRESHOLD_RESTORED, GIFT_NOT_RETURNED,
    NOT_BELOW_ZERO, EXCHANGE, SHIPPING
}
