package io.redress.aftersale;

/** Why a case ended in CLOSED without money moving. */
public enum CloseReason {
    BUYER_CANCELLED, BUYER_REVISE_TIMEOUT, BUYER_RETURN_TIMEOUT, SELLER_SHIPPED, RULED_FOR_SELLER,
    REJECTED_AT_INTAKE, SETTLED_BY_CHARGEBACK
}
