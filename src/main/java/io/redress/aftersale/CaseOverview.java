package io.redress.aftersale;

import io.redress.deadlines.Deadline;
import java.util.List;

/**
 * A case as one caller sees it: its running deadline (null: none), the actions that caller may take now, and why
 * it needs an operator (null: it does not).
 */
public record CaseOverview(Case detail, Deadline deadline, List<String> allowedActions, String attention) {

    public CaseOverview {
        allowedActions = List.copyOf(allowedActions);
    }
}
