package io.redress.policy;

/** The configurable timers of docs/lifecycle.md; each policy version gives every one a duration and a clock. */
public enum TimerId {
    T_SELLER_UNSHIPPED, T_SELLER_INTRANSIT, T_SELLER_INTERCEPT, T_SELLER_RECEIVED, T_REVISE, T_RETURN, T_RECEIPT,
    T_EVIDENCE, T_EVIDENCE_REPLY, T_RULING, T_EXECUTE, T_APPEAL, T_SELLER_APPEAL, T_REFUND_LEGAL, T_PROCESS_LEGAL,
    T_AFTERSALE, T_AUTOCONFIRM, T_REPLACEMENT, T_REPAIR, T_SUSPEND,
    /** How long the platform takes to accept or decline a dispute (an agent SLA, not a party's timer). */
    T_ACCEPT,
    /** The one extension of a party's evidence period it may ask for. */
    T_EVIDENCE_EXTENSION,
    /** How long a party announcing a lawsuit or police report has to file the receipt before the platform resumes. */
    T_SUSPEND_FILING,
    /** How long the seller has to accept or decline a buyer's reinstatement request after a refund (§8.2). */
    T_REINSTATEMENT_ANSWER;

    /** Timers added after versions were first stored: a stored version without them reads with the defaults. */
    static final java.util.Set<TimerId> ADDED_LATER = java.util.EnumSet.of(T_ACCEPT, T_EVIDENCE_EXTENSION,
            T_SUSPEND_FILING, T_REINSTATEMENT_ANSWER);
}
