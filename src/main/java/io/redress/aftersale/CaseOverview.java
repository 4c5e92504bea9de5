package io.redress.aftersale;

import io.redress.deadlines.Deadline;
import java.util.List;

/**
 * A case as one caller sees it: its running deadline (null: none), the actions that caller may take now, why
 * it needs an operator (null: it does not), and the seller's proposal waiting for the buyer (null: none).
 */
public record CaseOverview(Case detail, Deadline deadline, List<String> allowedActions, String attention,
        CaseProposal proposal) {

    public CaseOverview {
        allowedActions = List.copyOf(allowedActions);
    }
}
