package io.redress.ledger;

/** Why money moved. */
public enum EntryKind {
    CAPTURE, SETTLEMENT, REFUND, REFUND_PAYOUT, ADVANCE, ADVANCE_RECOVERY, RULING_COMPENSATION, RULING_RECOVERY
}
