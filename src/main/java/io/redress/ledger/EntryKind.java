package io.redress.ledger;

/** Why money moved. */
public enum EntryKind {
    CAPTURE, SETTLEMENT, REFUND, REFUND_PAYOUT, ADVANCE, ADVANCE_RECOVERY, RULING_COMPENSATION, RULING_RECOVERY,
    /** An upheld seller appeal after a refund: the platform pays the seller what its own decision cost it. */
    APPEAL_COMPENSATION,
    /** An upheld seller appeal after a refund: the buyer owes the refund back (a receivable, never a reversal). */
    RECEIVABLE_OPENED,
    /** A buyer receivable paid by the buyer, or offset against a later refund with the buyer's consent. */
    RECEIVABLE_SETTLED,
    /** A buyer receivable the platform gave up on (a senior agent's write-off, with a reason). */
    RECEIVABLE_WRITTEN_OFF
}
