package io.redress.intervention;

import io.redress.aftersale.CaseAction;
import io.redress.aftersale.CaseType;
import java.util.Optional;

/**
 * What a ruling orders, and the case transition that executes it. RESHIP has no row in the case table yet, so a
 * ruling to re-ship is refused with the outcomes the case allows.
 */
public enum RulingOutcome {
    /** The buyer gets the requested amount back, keeping the goods. */
    REFUND,
    /** The goods go back and the buyer is refunded once they arrive (the case's return flow). */
    RETURN_AND_REFUND,
    /** The buyer gets part of the money back: an amount up to what the case's lines can refund now. */
    PARTIAL_REFUND,
    /** An exchange goes ahead: the goods go back and the replacement follows (exchange cases). */
    EXCHANGE,
    /** The seller sends the goods again. */
    RESHIP,
    /** The request is refused; the case closes ruled for the seller. */
    FOR_SELLER;

    /** The case action executing this outcome on a case of {@code type}, if the case table has one. */
    public Optional<CaseAction> execution(CaseType type) {
        return Optional.ofNullable(switch (this) {
            case REFUND -> CaseAction.RULING_REFUND;
            case PARTIAL_REFUND -> CaseAction.RULING_PARTIAL_REFUND;
            case RETURN_AND_REFUND -> type == CaseType.RETURN_AND_REFUND ? CaseAction.RULING_RETURN : null;
            case EXCHANGE -> type == CaseType.EXCHANGE ? CaseAction.RULING_RETURN : null;
            case FOR_SELLER -> CaseAction.RULING_FOR_SELLER;
            case RESHIP -> null;
        });
    }

    /**
     * The outcome when liability cannot be determined: return and refund where the case has a return flow (the
     * exchange goes on for an exchange case), and a refund for a refund-only case, which has no return leg.
     */
    public static RulingOutcome whenUndetermined(CaseType type) {
        return switch (type) {
            case RETURN_AND_REFUND -> RETURN_AND_REFUND;
            case EXCHANGE -> EXCHANGE;
            case REFUND_ONLY -> REFUND;
        };
    }

    /** Whether the outcome favours the buyer (money or goods go the buyer's way). */
    public boolean forBuyer() {
        return this != FOR_SELLER;
    }
}
