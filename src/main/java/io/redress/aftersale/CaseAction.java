package io.redress.aftersale;

import java.util.Arrays;
import java.util.Optional;

/**
 * Everything that can happen to a case. Party actions carry the path segment of
 * {@code POST /api/v1/cases/{caseId}/{action}}; the others come from timers, payments, orders and the platform.
 */
public enum CaseAction {
    AGREE("agree"),
    REFUSE("refuse"),
    REVISE("revise"),
    CANCEL("cancel"),
    SHIP_RETURN("ship-return"),
    CONFIRM_RECEIPT("confirm-receipt"),
    REFUSE_RECEIPT("refuse-receipt"),
    ESCALATE("escalate"),
    SHIP_REPLACEMENT("ship-replacement"),
    CONFIRM_REPLACEMENT("confirm-replacement"),
    APPEAL("appeal"),
    /** The seller's counter-proposal: another amount and/or return address, for the buyer to accept or reject. */
    PROPOSE("propose"),
    /** The buyer takes the pending proposal: it executes as an agreement on its terms (a modification). */
    ACCEPT_PROPOSAL("accept-proposal"),
    /** The buyer turns the pending proposal down: the request stands refused, to revise or escalate. */
    REJECT_PROPOSAL("reject-proposal"),
    /** T_SELLER_* expired: the seller is taken to have agreed (returns go to the system return address). */
    AUTO_AGREE(null),
    /** T_REVISE or T_RETURN expired: the buyer let the case lapse. */
    AUTO_CLOSE(null),
    /** T_RECEIPT expired on a return: receipt is taken as confirmed and the refund starts. */
    AUTO_REFUND(null),
    /** T_RECEIPT expired on an exchange: receipt is taken as confirmed and the replacement is owed. */
    AUTO_CONFIRM_RECEIPT(null),
    /** T_AUTOCONFIRM expired after the replacement shipped: the exchange is complete. */
    AUTO_COMPLETE(null),
    /** The marketplace reported the order shipped while an unshipped refund-only request waited. */
    SELLER_SHIPPED_ORDER(null),
    RULING_REFUND(null),
    RULING_PARTIAL_REFUND(null),
    RULING_RETURN(null),
    RULING_FOR_SELLER(null),
    /**
     * The platform agrees for the seller and pays at once (极速退款): a trusted buyer's unshipped refund-only request, or
     * a return whose tracking number was just submitted (an advance, 垫付). The seller answers afterwards
     * (docs/instant-refund.md).
     */
    INSTANT_REFUND(null),
    /** Every payout leg of the refund succeeded at the payment service provider. */
    PAYOUTS_SUCCEEDED(null),
    /**
     * The platform dispute moved on its own sub-state machine (the intervention module's table), e.g. accepted,
     * evidence closed, suspended; the case status stays. Not a row of {@link CaseTransitions}.
     */
    INTERVENTION(null);

    private final String path;

    CaseAction(String path) {
        this.path = path;
    }

    /** The API path segment, or empty for actions no party can request. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** The party action named by an API path segment such as {@code ship-return}. */
    public static Optional<CaseAction> ofPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path != null && a.path.equals(path)).findFirst();
    }
}
