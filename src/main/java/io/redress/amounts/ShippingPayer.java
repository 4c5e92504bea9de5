package io.redress.amounts;

/** Who pays the freight of sending goods back; NONE when nothing travels back. */
public enum ShippingPayer {
    BUYER, SELLER, NONE
}
