package io.redress.credit.internal;

import io.redress.advance.AdvanceUnrecovered;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseAction;
import io.redress.aftersale.CaseOpened;
import io.redress.aftersale.CaseReason;
import io.redress.aftersale.CaseTransitioned;
import io.redress.aftersale.Cases;
import io.redress.complaints.Complaint;
import io.redress.complaints.ComplaintChanged;
import io.redress.complaints.Complaints;
import io.redress.credit.CreditInput;
import io.redress.credit.CreditInput.Source;
import io.redress.credit.CreditInputs;
import io.redress.credit.CreditKind;
import io.redress.credit.Party;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.intervention.FaultParty;
import io.redress.intervention.InterventionEvent;
import io.redress.intervention.ReviewDecision;
import io.redress.postrefund.BuyerFaultFound;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what other modules report into credit inputs, after their transaction committed, each in its own
 * transaction through the event publication registry; recording is idempotent per source, so a redelivered event
 * changes nothing. Disputes, claims and refusals are volumes, the seller's missed answers a fault; a
 * ruling's fault finding, a complaint upheld against a shop, a malicious complaint, a bad-faith finding on a seller's
 * appeal after a refund and a platform advance the buyer must repay are faults. A ruling overturned on review voids
 * the inputs it gave. Orders and refunds are not recorded: their own rows are counted ({@link CreditVolumes}).
 */
@Component
class CreditListeners {

    /** Reads complaints as the platform does (the complainant's role and shop are not on the event). */
    private static final Caller READER = new Caller("credit", Set.of(Role.AUDITOR), null, null);

    private final CreditInputs inputs;
    private final CreditRows rows;
    private final Cases cases;
    private final Complaints complaints;

    CreditListeners(CreditInputs inputs, CreditRows rows, Cases cases, Complaints complaints) {
        this.inputs = inputs;
        this.rows = rows;
        this.cases = cases;
        this.complaints = complaints;
    }

    /** Only a claim of an empty parcel or missing parts is an input (no registry row for any other case). */
    @ApplicationModuleListener(condition = "#opened.reason().name() matches 'NOT_RECEIVED|MISSING_PARTS'")
    void on(CaseOpened opened) {
        CreditKind claim = opened.reason() == CaseReason.NOT_RECEIVED ? CreditKind.EMPTY_PARCEL_CLAIM
                : opened.reason() == CaseReason.MISSING_PARTS ? CreditKind.MISSING_ITEM_CLAIM : null;
        if (claim != null) {
            inputs.record(CreditInput.of(caseSource(opened.caseId(), opened.caseId(), opened), claim,
                    Party.buyer(opened.buyerId()), opened.at(), opened.reason().name()));
        }
    }

    /**
     * A dispute, a refusal or a missed answer is an input; no other move is (no registry row for it). A refund is not
     * recorded: a buyer's refunds are counted from the cases themselves ({@link CreditVolumes}).
     */
    @ApplicationModuleListener(condition = "#moved.action().name() matches 'ESCALATE|REFUSE|REFUSE_RECEIPT|AUTO_AGREE'")
    void on(CaseTransitioned moved) {
        boolean escalated = moved.action() == CaseAction.ESCALATE;
        boolean refused = moved.action() == CaseAction.REFUSE || moved.action() == CaseAction.REFUSE_RECEIPT;
        boolean breached = moved.action() == CaseAction.AUTO_AGREE;
        if (!escalated && !refused && !breached) {
            return;
        }
        Case c = cases.find(moved.caseId()).orElse(null);
        if (c == null) {
            return;
        }
        Source once = new Source("CASE", c.caseId(), c.caseId(), policy(c));
        Source step = new Source("CASE", c.caseId() + "#" + moved.version(), c.caseId(), policy(c));
        if (escalated) {
            inputs.record(CreditInput.of(once, CreditKind.DISPUTE, Party.buyer(c.buyerId()), moved.at(), null));
            inputs.record(CreditInput.of(once, CreditKind.DISPUTE, Party.shop(c.shopId()), moved.at(), null));
        }
        if (refused) {
            inputs.record(CreditInput.of(step, CreditKind.SELLER_REFUSAL, Party.shop(c.shopId()), moved.at(),
                    moved.action().name()));
        }
        if (breached) {
            inputs.record(CreditInput.of(step, CreditKind.TIMER_BREACH, Party.shop(c.shopId()), moved.at(),
                    "the seller did not answer in time; the request was taken as agreed"));
        }
    }

    @ApplicationModuleListener
    void on(InterventionEvent event) {
        if (event instanceof InterventionEvent.Ruled ruled) {
            ruled(ruled);
        } else if (event instanceof InterventionEvent.Reviewed reviewed
                && reviewed.decision() == ReviewDecision.OVERTURNED) {
            inputs.voidSource("RULING", reviewed.caseId(), "the ruling was overturned on review by " + reviewed.reviewer());
        }
    }

    private void ruled(InterventionEvent.Ruled ruled) {
        Case c = cases.find(ruled.caseId()).orElse(null);
        if (c == null) {
            return;
        }
        Source source = new Source("RULING", c.caseId(), c.caseId(), ruled.policyProfile() + ":" + ruled.policyVersion());
        String note = "ruled " + ruled.outcome() + " by " + ruled.ruledBy();
        if (ruled.faultParty() == FaultParty.BUYER) {
            inputs.record(CreditInput.of(source, buyerFault(c.reason()), Party.buyer(c.buyerId()), ruled.at(), note));
        }
        if (ruled.faultParty() == FaultParty.SELLER) {
            inputs.record(CreditInput.of(source, CreditKind.RULING_FAULT, Party.shop(c.shopId()), ruled.at(), note));
        }
        Party shop = Party.shop(c.shopId());
        if (ruled.outcome().forBuyer() && rows.onCase(c.caseId(), CreditKind.SELLER_REFUSAL, shop)) {
            inputs.record(CreditInput.of(source, CreditKind.REFUSAL_OVERTURNED, shop, ruled.at(), note));
        }
    }

    @ApplicationModuleListener
    void on(ComplaintChanged changed) {
        Source source = new Source("COMPLAINT", changed.complaintId(), changed.caseId(), null);
        if (changed.action().equals("file") && changed.against() == Complaint.Against.SELLER) {
            cases.find(changed.caseId()).ifPresent(c -> inputs.record(CreditInput.of(source,
                    CreditKind.COMPLAINT_RECEIVED, Party.shop(c.shopId()), changed.at(), null)));
        }
        if (!changed.action().equals("resolve") || changed.finding() == null) {
            return;
        }
        Complaint complaint = complaints.find(READER, changed.complaintId());
        if (changed.finding() == Complaint.Finding.FAULT_FOUND && complaint.against() == Complaint.Against.SELLER) {
            inputs.record(CreditInput.of(source, CreditKind.COMPLAINT_FAULT, Party.shop(complaint.shopId()),
                    changed.at(), complaint.resolution()));
        }
        if (changed.finding() == Complaint.Finding.MALICIOUS) {
            Party complainant = complaint.complainantRole().equals("SELLER") ? Party.shop(complaint.shopId())
                    : cases.find(complaint.caseId()).map(c -> Party.buyer(c.buyerId())).orElse(null);
            if (complainant != null) {
                inputs.record(CreditInput.of(source, CreditKind.MALICIOUS_COMPLAINT, complainant, changed.at(),
                        complaint.resolution()));
            }
        }
    }

    /** A seller's appeal after a refund upheld with a bad-faith finding on the buyer (docs/after-refund.md). */
    @ApplicationModuleListener
    void on(BuyerFaultFound found) {
        inputs.record(CreditInput.of(new Source("POST_REFUND_APPEAL", found.requestId(), found.caseId(),
                casePolicy(found.caseId())), CreditKind.BAD_FAITH_APPEAL, Party.buyer(found.buyerId()), found.at(),
                found.grounds() + ": " + found.finding()));
    }

    /** A ruling found the buyer at fault on a refund the platform advanced: the buyer owes it back. */
    @ApplicationModuleListener
    void on(AdvanceUnrecovered unrecovered) {
        inputs.record(CreditInput.of(new Source("ADVANCE", unrecovered.caseId(), unrecovered.caseId(),
                casePolicy(unrecovered.caseId())), CreditKind.ADVANCE_RECOVERY, Party.buyer(unrecovered.buyerId()),
                unrecovered.at(), unrecovered.reason()));
    }

    private String casePolicy(String caseId) {
        return cases.find(caseId).map(CreditListeners::policy).orElse(null);
    }

    /** The claim a buyer was found at fault on, by the reason they applied for. */
    static CreditKind buyerFault(CaseReason reason) {
        if (reason == CaseReason.NOT_RECEIVED) {
            return CreditKind.FAULT_EMPTY_PARCEL;
        }
        return reason == CaseReason.MISSING_PARTS ? CreditKind.FAULT_MISSING_ITEM : CreditKind.FAULT_OTHER;
    }

    private static Source caseSource(String ref, String caseId, CaseOpened opened) {
        return new Source("CASE", ref, caseId, opened.policyProfile() + ":" + opened.policyVersion());
    }

    private static String policy(Case c) {
        return c.policyProfile() + ":" + c.policyVersion();
    }
}
