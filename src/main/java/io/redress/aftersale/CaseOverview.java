package io.redress.aftersale;

import io.redress.deadlines.Deadline;
import java.util.List;

/** A case as one caller sees it: its running deadline (null: none) and the actions that caller may take now. */
public record CaseOverview(Case detail, Deadline deadline, List<String> allowedActions) {

    public CaseOverview {
        allowedActions = List.copyOf(allowedActions);
    }
}
