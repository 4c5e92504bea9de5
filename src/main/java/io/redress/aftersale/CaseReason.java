package io.redress.aftersale;

/** Why the buyer applied; it drives evidence, freight and the burden of proof. */
public enum CaseReason {
    NO_REASON, QUALITY, NOT_AS_DESCRIBED, NOT_RECEIVED, DAMAGED_ON_ARRIVAL, WRONG_ITEM, MISSING_PARTS, OTHER
}
