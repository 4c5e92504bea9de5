package io.redress.intervention;

/** Who a ruling finds at fault; UNDETERMINED applies the default outcome. */
public enum FaultParty {
    BUYER, SELLER, CARRIER, NONE, UNDETERMINED
}
