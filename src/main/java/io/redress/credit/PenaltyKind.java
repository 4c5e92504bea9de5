package io.redress.credit;

/** The rungs of the penalty ladder (DOMAIN §10); which apply to whom and when is the policy's ladder. */
public enum PenaltyKind {
    WARNING, PRIVILEGE_SUSPENDED, FREIGHT_BORNE, FINE, TRADE_RESTRICTION, ACCOUNT_BAN
}
