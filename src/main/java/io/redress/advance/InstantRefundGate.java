package io.redress.advance;

/**
 * Whether a buyer's standing and privileges allow instant refunds: the credit record's word, asked before every
 * instant refund or advance. The default lets everyone through (the policy's own limits still apply); the credit
 * module provides the real gate.
 */
public interface InstantRefundGate {

    /** The buyer's standing as far as instant refunds go. */
    Decision allows(String buyerId);

    /**
     * The gate's answer: {@code allowed}, {@code reason} (a code, e.g. {@code penalty.instant-refund-suspended};
     * null when allowed) and the buyer's {@code standing} score, null when the gate keeps none.
     */
    record Decision(boolean allowed, String reason, Integer standing) {

        public static Decision allow() {
            return new Decision(true, null, null);
        }

        public static Decision refuse(String reason) {
            return new Decision(false, reason, null);
        }
    }
}
