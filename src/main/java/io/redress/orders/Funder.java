package io.redress.orders;

/** Who pays for a discount: the seller's shop or the platform. */
public enum Funder {
    SELLER, PLATFORM
}
