package io.redress.intervention;

import java.util.Arrays;
import java.util.Optional;

/**
 * Everything that moves or works a platform dispute. Actions with a path are requested through
 * {@code POST /api/v1/interventions/{caseId}/{action}}; the others come from the case action {@code escalate},
 * from timers, or follow another action in the same transaction.
 */
public enum InterventionAction {
    CLAIM("claim"),
    RELEASE("release"),
    REASSIGN("reassign"),
    ACCEPT("accept"),
    DECLINE("decline"),
    REQUEST_EVIDENCE("request-evidence"),
    SUBMIT_EVIDENCE("submit-evidence"),
    EXTEND_EVIDENCE("extend-evidence"),
    PROPOSE_SETTLEMENT("propose-settlement"),
    ACCEPT_SETTLEMENT("accept-settlement"),
    RULE("rule"),
    APPEAL("appeal"),
    REVIEW("review"),
    SUSPEND("suspend"),
    RESUME("resume"),
    WITHDRAW("withdraw"),
    /** A party asked the platform to step in (the case action {@code escalate}). */
    ESCALATE(null),
    /** Right after acceptance the evidence period of both parties starts. */
    OPEN_EVIDENCE(null),
    /** Both parties submitted (or their time ran out) and no requested evidence is outstanding. */
    CLOSE_EVIDENCE(null),
    /** A ruling executed: the appeal window opens. */
    OPEN_APPEAL(null),
    /** The appeal window ran out: the ruling is final. */
    CLOSE_APPEAL(null),
    /** A settlement both parties accepted executed: there is nothing to appeal. */
    SETTLE(null);

    private final String path;

    InterventionAction(String path) {
        this.path = path;
    }

    /** The API path segment, or empty for actions nobody requests directly. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** The name callers see: the path segment, else the constant. */
    public String label() {
        return path == null ? name() : path;
    }

    public static Optional<InterventionAction> ofPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path != null && a.path.equals(path)).findFirst();
    }
}
