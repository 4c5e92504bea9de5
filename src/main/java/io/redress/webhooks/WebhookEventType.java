package io.redress.webhooks;

import java.util.Arrays;
import java.util.Optional;

/**
 * The event catalogue: every type a webhook endpoint may subscribe to, in dotted lower case. Adding a type is a
 * constant here, one listener method in {@code internal.CatalogueListeners} that records it, and its section in
 * docs/webhooks.md.
 */
public enum WebhookEventType {
    CASE_CREATED("case.created", "A buyer's application became a case"),
    CASE_TRANSITIONED("case.transitioned", "A case moved through its transition table (any action, any actor)"),
    ACTION_AWAITED("action.awaited", "Something on a case started waiting for the buyer or the shop (for SMS or app push)"),
    REFUND_DECIDED("refund.decided", "A case entered REFUNDING: the immutable refund decision, per instrument and funder"),
    REFUND_SUCCEEDED("refund.succeeded", "Every leg of a case's refund was paid back by the PSP"),
    REFUND_LEG_SUCCEEDED("refund.leg.succeeded", "One leg of a refund went back to its payment instrument"),
    REFUND_FAILED("refund.failed", "The PSP refused one leg of a refund; an operator decides what follows"),
    REFUND_PARKED("refund.parked", "A leg's outcome stayed unknown through every check; parked for an operator"),
    REFUND_ADVANCED("refund.advanced", "The platform agreed for the seller and paid the buyer first (instant refund or advance)"),
    ADVANCE_SETTLED("advance.settled", "The seller bears an advance: it agreed, confirmed receipt, stayed silent or was ruled against"),
    ADVANCE_UNRECOVERED("advance.unrecovered", "A ruling found the buyer at fault on an advance: the buyer owes it back"),
    ADVANCE_RECOVERED("advance.recovered", "The buyer paid back an advance that was being recovered"),
    INTERVENTION_REQUESTED("intervention.requested", "A party asked the platform to step in"),
    INTERVENTION_ACCEPTED("intervention.accepted", "An agent took the dispute; the evidence period runs"),
    INTERVENTION_DECLINED("intervention.declined", "An agent declined the dispute, with a reason code"),
    INTERVENTION_EVIDENCE_REQUESTED("intervention.evidence-requested", "An agent asked one party for specific evidence"),
    INTERVENTION_SETTLED("intervention.settled", "Both parties accepted the agent's settlement; it executes as an agreement"),
    INTERVENTION_RULED("intervention.ruled", "An agent ruled: outcome, amount, fault party"),
    INTERVENTION_APPEALED("intervention.appealed", "A party appealed the ruling"),
    INTERVENTION_REVIEWED("intervention.reviewed", "A senior agent upheld or overturned the ruling"),
    INTERVENTION_SUSPENDED("intervention.suspended", "The dispute was suspended: every timer of the case waits"),
    INTERVENTION_RESUMED("intervention.resumed", "A suspended dispute resumed"),
    INTERVENTION_WITHDRAWN("intervention.withdrawn", "The requester withdrew the dispute before a ruling"),
    PENALTY_ISSUED("penalty.issued", "A buyer or shop was penalised, by the ladder or by an agent, with reasons and rule version"),
    PENALTY_REVOKED("penalty.revoked", "A penalty was revoked by an agent or overturned on appeal; it no longer applies"),
    STANDING_CHANGED("standing.changed", "A buyer's or shop's standing moved to another level"),
    POST_REFUND_REQUESTED("post-refund.requested", "After a refund, the buyer asked for reinstatement or the seller appealed"),
    REINSTATEMENT_ACCEPTED("reinstatement.accepted", "The seller accepted a reinstatement: create the new order at the original unit prices"),
    SELLER_APPEAL_REVIEWED("seller-appeal.reviewed", "A senior agent upheld or rejected a seller's appeal after a refund"),
    RECEIVABLE_OPENED("receivable.opened", "An upheld seller appeal opened a receivable against the buyer"),
    RECEIVABLE_SETTLED("receivable.settled", "A receivable against a buyer was paid in full"),
    RECEIVABLE_WRITTEN_OFF("receivable.written-off", "A senior agent wrote off what a buyer still owed");

    private final String type;
    private final String description;

    WebhookEventType(String type, String description) {
        this.type = type;
        this.description = description;
    }

    /** The name on the wire, e.g. {@code case.created}. */
    public String type() {
        return type;
    }

    public String description() {
        return description;
    }

    public static Optional<WebhookEventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
