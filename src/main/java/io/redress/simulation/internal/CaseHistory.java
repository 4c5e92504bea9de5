package io.redress.simulation.internal;

import io.redress.advance.Advance;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseType;
import io.redress.aftersale.CloseReason;
import io.redress.aftersale.GoodsStage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one simulated case went through, read back from the engine's own timeline when the horizon is reached: the
 * measures of the report are computed from these alone, so a new measure needs no change to the run. {@code advance}
 * is what the platform paid first on the case and where that stands at the horizon, null when it did not.
 */
record CaseHistory(String orderId, String buyerId, String buyerKind, String sellerKind, CaseType type, GoodsStage stage, boolean founded,
        CaseStatus status, CloseReason closeReason, long requested, long refunded, Instant openedAt,
        List<Step> steps, Boolean acceptBreached, Boolean rulingBreached, Advance advance) {

    /** One transition of the case: when, which action, by whom, into which status and dispute state. */
    record Step(Instant at, String action, String actor, CaseStatus to, String intervention) {
    }

    /** When the case first entered {@code status}, or null. */
    Instant entered(CaseStatus status) {
        return steps.stream().filter(s -> s.to() == status).map(Step::at).findFirst().orElse(null);
    }

    /** When {@code action} first happened, or null. */
    Instant first(String action) {
        return steps.stream().filter(s -> s.action().equals(action)).map(Step::at).findFirst().orElse(null);
    }

    /** When the dispute first reached {@code intervention}, or null. */
    Instant dispute(String intervention) {
        return steps.stream().filter(s -> intervention.equals(s.intervention())).map(Step::at).findFirst().orElse(null);
    }

    boolean did(String action) {
        return first(action) != null;
    }

    boolean escalated() {
        return did("ESCALATE");
    }

    /** From the application to the money back with the buyer; null when no money came back. */
    Duration timeToMoney() {
        Instant paid = entered(CaseStatus.REFUNDED);
        return paid == null ? null : Duration.between(openedAt, paid);
    }
}
