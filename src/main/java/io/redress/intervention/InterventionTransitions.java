package io.redress.intervention;

import static io.redress.aftersale.Actor.AGENT;
import static io.redress.aftersale.Actor.BUYER;
import static io.redress.aftersale.Actor.SELLER;
import static io.redress.aftersale.Actor.SENIOR_AGENT;
import static io.redress.aftersale.Actor.SYSTEM;
import static io.redress.aftersale.InterventionStatus.ACCEPTED;
import static io.redress.aftersale.InterventionStatus.APPEAL_OPEN;
import static io.redress.aftersale.InterventionStatus.EVIDENCE;
import static io.redress.aftersale.InterventionStatus.FINAL;
import static io.redress.aftersale.InterventionStatus.FIRST_REVIEW;
import static io.redress.aftersale.InterventionStatus.NONE;
import static io.redress.aftersale.InterventionStatus.NOT_ACCEPTED;
import static io.redress.aftersale.InterventionStatus.REQUESTED;
import static io.redress.aftersale.InterventionStatus.RULED;
import static io.redress.aftersale.InterventionStatus.SUPERVISOR_REVIEW;
import static io.redress.aftersale.InterventionStatus.SUSPENDED;
import static io.redress.aftersale.InterventionStatus.WITHDRAWN;
import static io.redress.intervention.InterventionAction.*;

import io.redress.aftersale.Actor;
import io.redress.aftersale.InterventionStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platform dispute's sub-state machine as one table: in which sub-state who may do what, and where it leads.
 * Facts beyond (sub-state, action, actor) are the caller's to check before it applies a decision: that the one
 * withdrawing asked for the intervention, that a party extends once, that the reviewer did not make the ruling,
 * that the agent acting holds the dispute. The case's own table ({@code CaseTransitions}) decides the status
 * moves of escalation, rulings and appeals; the two agree on those rows.
 */
public final class InterventionTransitions {

    private static final Set<Actor> PARTIES = EnumSet.of(BUYER, SELLER);
    private static final Set<Actor> PLATFORM = EnumSet.of(AGENT, SENIOR_AGENT);
    private static final Set<Actor> SENIOR = EnumSet.of(SENIOR_AGENT);
    private static final Set<Actor> ROBOT = EnumSet.of(SYSTEM);
    private static final Set<Actor> DECLARERS = EnumSet.of(BUYER, SELLER, AGENT, SENIOR_AGENT);
    private static final Set<Actor> RESUMERS = EnumSet.of(BUYER, SELLER, AGENT, SENIOR_AGENT, SYSTEM);
    /** Sub-states in which an agent works the dispute (the supervisor review is the senior agents' own). */
    private static final Set<InterventionStatus> WORKED = EnumSet.of(REQUESTED, EVIDENCE, SUSPENDED, FIRST_REVIEW);
    private static final Set<InterventionStatus> BEFORE_RULING = EnumSet.of(REQUESTED, EVIDENCE, SUSPENDED,
            FIRST_REVIEW);

    /**
     * One row: in any of {@code from}, {@code action} by one of {@code actors} leads to {@code to} (null: the
     * sub-state stays), or back to the sub-state it was suspended from when {@code back}.
     */
    public record Row(Set<InterventionStatus> from, InterventionAction action, Set<Actor> actors,
            InterventionStatus to, boolean back) {
        boolean matches(InterventionStatus status, Actor actor) {
            return from.contains(status) && actors.contains(actor);
        }
    }

    // @formatter:off
    private static final List<Row> TABLE = List.of(
        //   from                              action              actors     to
        row(Set.of(NONE),                      ESCALATE,           PARTIES,   REQUESTED),
        row(WORKED,                            CLAIM,              PLATFORM,  null),
        row(Set.of(SUPERVISOR_REVIEW),         CLAIM,              SENIOR,    null),
        row(WORKED,                            RELEASE,            PLATFORM,  null),
        row(Set.of(SUPERVISOR_REVIEW),         RELEASE,            SENIOR,    null),
        row(EnumSet.of(REQUESTED, EVIDENCE, SUSPENDED, FIRST_REVIEW, SUPERVISOR_REVIEW), REASSIGN, SENIOR, null),
        row(Set.of(REQUESTED),                 ACCEPT,             PLATFORM,  ACCEPTED),
        row(Set.of(REQUESTED),                 DECLINE,            PLATFORM,  NOT_ACCEPTED),
        row(Set.of(ACCEPTED),                  OPEN_EVIDENCE,      ROBOT,     EVIDENCE),
        row(Set.of(EVIDENCE, FIRST_REVIEW),    REQUEST_EVIDENCE,   PLATFORM,  EVIDENCE),
        row(Set.of(EVIDENCE),                  SUBMIT_EVIDENCE,    PARTIES,   null),
        row(Set.of(EVIDENCE),                  EXTEND_EVIDENCE,    PARTIES,   null),
        row(Set.of(EVIDENCE),                  CLOSE_EVIDENCE,     ROBOT,     FIRST_REVIEW),
        row(Set.of(FIRST_REVIEW),              PROPOSE_SETTLEMENT, PLATFORM,  null),
        row(Set.of(FIRST_REVIEW),              ACCEPT_SETTLEMENT,  PARTIES,   null),
        row(Set.of(FIRST_REVIEW),              RULE,               PLATFORM,  RULED),
        row(Set.of(RULED),                     SETTLE,             ROBOT,     FINAL),
        row(Set.of(RULED),                     OPEN_APPEAL,        ROBOT,     APPEAL_OPEN),
        row(Set.of(APPEAL_OPEN),               APPEAL,             PARTIES,   SUPERVISOR_REVIEW),
        row(Set.of(APPEAL_OPEN),               CLOSE_APPEAL,       ROBOT,     FINAL),
        row(Set.of(SUPERVISOR_REVIEW),         REVIEW,             SENIOR,    FINAL),
        row(Set.of(REQUESTED, EVIDENCE, FIRST_REVIEW), SUSPEND,    DECLARERS, SUSPENDED),
        new Row(Set.of(SUSPENDED),             RESUME,             RESUMERS,  null, true),
        row(BEFORE_RULING,                     WITHDRAW,           PARTIES,   WITHDRAWN));
    // @formatter:on

    private InterventionTransitions() {
    }

    public static List<Row> table() {
        return TABLE;
    }

    /** What {@code actor} may do in {@code status}, in the order of {@link InterventionAction}. */
    public static Set<InterventionAction> allowedActions(InterventionStatus status, Actor actor) {
        return TABLE.stream().filter(r -> r.matches(status, actor)).map(Row::action)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(InterventionAction.class)));
    }

    /** The table's answer: where the action leads, or what the actor could do instead. */
    public static Decision decide(InterventionStatus status, Actor actor, InterventionAction action) {
        return TABLE.stream().filter(r -> r.action() == action && r.matches(status, actor)).findFirst()
                .<Decision>map(r -> new Decision.Allowed(r.to() == null ? status : r.to(), r.back()))
                .orElseGet(() -> new Decision.Refused(action, allowedActions(status, actor)));
    }

    /** The answer of the table to one requested action. */
    public sealed interface Decision {
        /** Allowed: the sub-state after it, or back to where the dispute was suspended from when {@code back}. */
        record Allowed(InterventionStatus to, boolean back) implements Decision {
        }

        record Refused(InterventionAction action, Set<InterventionAction> allowed) implements Decision {
        }
    }

    private static Row row(Set<InterventionStatus> from, InterventionAction action, Set<Actor> actors,
            InterventionStatus to) {
        return new Row(Set.copyOf(from), action, Set.copyOf(actors), to, false);
    }

    static {
        for (InterventionStatus status : InterventionStatus.values()) {
            for (Actor actor : Actor.values()) {
                for (InterventionAction action : InterventionAction.values()) {
                    if (TABLE.stream().filter(r -> r.action() == action && r.matches(status, actor)).count() > 1) {
                        throw new IllegalStateException("ambiguous intervention table at " + status + " " + actor
                                + " " + action);
                    }
                }
            }
        }
    }
}
