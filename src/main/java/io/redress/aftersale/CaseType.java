package io.redress.aftersale;

/** What the buyer asks for: money only, money after returning the goods, or a replacement. */
public enum CaseType {
    REFUND_ONLY, RETURN_AND_REFUND, EXCHANGE
}
