package io.redress.aftersale;

import io.redress.decisions.RefundDecision;
import io.redress.deadlines.Deadline;
import java.util.List;

/**
 * A case as one caller sees it: its running deadline (null: none), the actions that caller may take now, why it
 * needs an operator (null: it does not), the seller's proposal waiting for the buyer (null: none) and the
 * refund decided for it (null: none yet), and the platform's advance on it (null: none).
 */
public record CaseOverview(Case detail, Deadline deadline, List<String> allowedActions, String attention,
        CaseProposal proposal, RefundDecision refundDecision, CaseAdvances.CaseAdvance advance) {

    public CaseOverview {
        allowedActions = List.copyOf(allowedActions);
    }

    /** A case the platform made no advance on. */
    public CaseOverview(Case detail, Deadline deadline, List<String> allowedActions, String attention,
            CaseProposal proposal, RefundDecision refundDecision) {
        this(detail, deadline, allowedActions, attention, proposal, refundDecision, null);
    }

    /** A case without a pending proposal or a refund decision. */
    public CaseOverview(Case detail, Deadline deadline, List<String> allowedActions, String attention) {
        this(detail, deadline, allowedActions, attention, null, null);
    }
}
