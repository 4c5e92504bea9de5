package io.redress.aftersale;

import static io.redress.aftersale.Actor.AGENT;
import static io.redress.aftersale.Actor.BUYER;
import static io.redress.aftersale.Actor.SELLER;
import static io.redress.aftersale.Actor.SENIOR_AGENT;
import static io.redress.aftersale.Actor.SYSTEM;
import static io.redress.aftersale.CaseAction.*;
import static io.redress.aftersale.CaseStatus.AWAITING_REPLACEMENT;
import static io.redress.aftersale.CaseStatus.AWAITING_RETURN;
import static io.redress.aftersale.CaseStatus.CLOSED;
import static io.redress.aftersale.CaseStatus.COMPLETED;
import static io.redress.aftersale.CaseStatus.REFUNDED;
import static io.redress.aftersale.CaseStatus.REFUNDING;
import static io.redress.aftersale.CaseStatus.REPLACEMENT_SHIPPED;
import static io.redress.aftersale.CaseStatus.RETURN_SHIPPED;
import static io.redress.aftersale.CaseStatus.SELLER_REFUSED;
import static io.redress.aftersale.CaseType.EXCHANGE;
import static io.redress.aftersale.CaseType.REFUND_ONLY;
import static io.redress.aftersale.CaseType.RETURN_AND_REFUND;
import static io.redress.aftersale.CloseReason.BUYER_CANCELLED;
import static io.redress.aftersale.CloseReason.BUYER_RETURN_TIMEOUT;
import static io.redress.aftersale.CloseReason.BUYER_REVISE_TIMEOUT;
import static io.redress.aftersale.CloseReason.RULED_FOR_SELLER;
import static io.redress.aftersale.CloseReason.SELLER_SHIPPED;
import static io.redress.aftersale.InterventionGuard.ANY;
import static io.redress.aftersale.InterventionGuard.APPEAL_OPEN;
import static io.redress.aftersale.InterventionGuard.FIRST_REVIEW;
import static io.redress.aftersale.InterventionGuard.NONE;
import static io.redress.aftersale.InterventionGuard.NOT_OPEN;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The case state machine (docs/lifecycle.md) as one table. Every status change of a case, whoever asks for it,
 * is decided here. Facts outside (type, status, intervention, actor), such as whether the goods shipped,
 * application and modification limits or amounts, are checked by the caller before it applies a decision.
 */
public final class CaseTransitions {

    private static final Set<CaseType> ALL = EnumSet.allOf(CaseType.class);
    private static final Set<CaseType> REFUND = Set.of(REFUND_ONLY);
    private static final Set<CaseType> RETURNS = Set.of(RETURN_AND_REFUND, EXCHANGE);
    private static final Set<CaseType> RETURN = Set.of(RETURN_AND_REFUND);
    private static final Set<CaseType> SWAP = Set.of(EXCHANGE);
    /** The types that refund money, on which a seller may propose another amount. */
    private static final Set<CaseType> MONEY = Set.of(REFUND_ONLY, RETURN_AND_REFUND);
    private static final Set<Actor> PARTIES = Set.of(BUYER, SELLER);
    private static final Set<Actor> PLATFORM = Set.of(AGENT, SENIOR_AGENT);
    private static final CaseStatus REQUESTED = CaseStatus.REQUESTED;

    // @formatter:off
    private static final List<Transition> TABLE = List.of(
        //   from                                        action                actor      types    intervention  to
        move(Set.of(REQUESTED),                          AGREE,                SELLER,    REFUND,  NOT_OPEN,     REFUNDING),
        move(Set.of(REQUESTED),                          AGREE,                SELLER,    RETURNS, NOT_OPEN,     AWAITING_RETURN),
        move(Set.of(REQUESTED),                          AUTO_AGREE,           SYSTEM,    REFUND,  NOT_OPEN,     REFUNDING),
        move(Set.of(REQUESTED),                          AUTO_AGREE,           SYSTEM,    RETURNS, NOT_OPEN,     AWAITING_RETURN),
        move(Set.of(REQUESTED),                          REFUSE,               SELLER,    ALL,     NOT_OPEN,     SELLER_REFUSED),
        move(Set.of(REQUESTED),                          PROPOSE,              SELLER,    MONEY,   NOT_OPEN,     REQUESTED),
        move(Set.of(REQUESTED),                          ACCEPT_PROPOSAL,      BUYER,     REFUND,  NOT_OPEN,     REFUNDING),
        move(Set.of(REQUESTED),                          ACCEPT_PROPOSAL,      BUYER,     RETURN,  NOT_OPEN,     AWAITING_RETURN),
        move(Set.of(REQUESTED),                          REJECT_PROPOSAL,      BUYER,     MONEY,   NOT_OPEN,     SELLER_REFUSED),
        move(Set.of(REQUESTED, SELLER_REFUSED),          REVISE,               BUYER,     ALL,     NOT_OPEN,     REQUESTED),
        close(Set.of(REQUESTED),                         SELLER_SHIPPED_ORDER, SYSTEM,    REFUND,  NOT_OPEN,     SELLER_SHIPPED),
        close(Set.of(REQUESTED, SELLER_REFUSED),         CANCEL,               BUYER,     ALL,     NOT_OPEN,     BUYER_CANCELLED),
        close(Set.of(AWAITING_RETURN, RETURN_SHIPPED),   CANCEL,               BUYER,     RETURNS, NOT_OPEN,     BUYER_CANCELLED),
        close(Set.of(SELLER_REFUSED),                    AUTO_CLOSE,           SYSTEM,    ALL,     NOT_OPEN,     BUYER_REVISE_TIMEOUT),
        escalate(Set.of(SELLER_REFUSED),                 PARTIES,              ALL),
        move(Set.of(AWAITING_RETURN),                    SHIP_RETURN,          BUYER,     RETURNS, NOT_OPEN,     RETURN_SHIPPED),
        close(Set.of(AWAITING_RETURN),                   AUTO_CLOSE,           SYSTEM,    RETURNS, NOT_OPEN,     BUYER_RETURN_TIMEOUT),
        move(Set.of(RETURN_SHIPPED),                     CONFIRM_RECEIPT,      SELLER,    RETURN,  NOT_OPEN,     REFUNDING),
        move(Set.of(RETURN_SHIPPED),                     CONFIRM_RECEIPT,      SELLER,    SWAP,    NOT_OPEN,     AWAITING_REPLACEMENT),
        move(Set.of(RETURN_SHIPPED),                     AUTO_REFUND,          SYSTEM,    RETURN,  NOT_OPEN,     REFUNDING),
        move(Set.of(RETURN_SHIPPED),                     AUTO_CONFIRM_RECEIPT, SYSTEM,    SWAP,    NOT_OPEN,     AWAITING_REPLACEMENT),
        move(Set.of(RETURN_SHIPPED),                     REFUSE_RECEIPT,       SELLER,    RETURNS, NOT_OPEN,     SELLER_REFUSED),
        move(Set.of(AWAITING_REPLACEMENT),               SHIP_REPLACEMENT,     SELLER,    SWAP,    NOT_OPEN,     REPLACEMENT_SHIPPED),
        move(Set.of(REPLACEMENT_SHIPPED),                CONFIRM_REPLACEMENT,  BUYER,     SWAP,    NOT_OPEN,     COMPLETED),
        move(Set.of(REPLACEMENT_SHIPPED),                AUTO_COMPLETE,        SYSTEM,    SWAP,    NOT_OPEN,     COMPLETED),
        move(Set.of(REFUNDING),                          PAYOUTS_SUCCEEDED,    SYSTEM,    ALL,     ANY,          REFUNDED),

        // the platform pays first (docs/instant-refund.md); the seller answers the refunded case afterwards, and
        // CaseDesk offers those answers only while the platform's advance waits for them
        move(Set.of(REQUESTED),                          INSTANT_REFUND,       SYSTEM,    REFUND,  NOT_OPEN,     REFUNDING),
        move(Set.of(RETURN_SHIPPED),                     INSTANT_REFUND,       SYSTEM,    RETURN,  NOT_OPEN,     REFUNDING),
        stay(Set.of(REFUNDED),                           AGREE,                SELLER,    REFUND,  NONE,         null),
        stay(Set.of(REFUNDED),                           CONFIRM_RECEIPT,      SELLER,    RETURN,  NONE,         null),
        stay(Set.of(REFUNDED),                           REFUSE_RECEIPT,       SELLER,    RETURN,  NONE,
                InterventionStatus.REQUESTED),
        stay(Set.of(REFUNDED),                           RULING_REFUND,        PLATFORM,  RETURN,  FIRST_REVIEW,
                InterventionStatus.RULED),
        stay(Set.of(REFUNDED),                           RULING_FOR_SELLER,    PLATFORM,  RETURN,  FIRST_REVIEW,
                InterventionStatus.RULED),

        // rulings of the first review execute at once; an appeal can only compensate or recover, never reverse
        ruling(Set.of(REQUESTED, SELLER_REFUSED),        RULING_REFUND,         ALL,     REFUNDING),
        ruling(Set.of(REQUESTED, SELLER_REFUSED),        RULING_PARTIAL_REFUND, ALL,     REFUNDING),
        ruling(Set.of(REQUESTED, SELLER_REFUSED),        RULING_RETURN,         RETURNS, AWAITING_RETURN),
        ruling(Set.of(REQUESTED, SELLER_REFUSED),        RULING_FOR_SELLER,     ALL,     CLOSED),
        ruling(Set.of(AWAITING_RETURN, RETURN_SHIPPED),  RULING_REFUND,         RETURNS, REFUNDING),
        ruling(Set.of(AWAITING_RETURN, RETURN_SHIPPED),  RULING_PARTIAL_REFUND, RETURNS, REFUNDING),
        ruling(Set.of(AWAITING_RETURN, RETURN_SHIPPED),  RULING_FOR_SELLER,     RETURNS, CLOSED),
        ruling(Set.of(AWAITING_REPLACEMENT, REPLACEMENT_SHIPPED), RULING_REFUND,         SWAP, REFUNDING),
        ruling(Set.of(AWAITING_REPLACEMENT, REPLACEMENT_SHIPPED), RULING_PARTIAL_REFUND, SWAP, REFUNDING),

        appeal(Set.of(REQUESTED, SELLER_REFUSED, REFUNDING, REFUNDED, CLOSED), ALL),
        appeal(Set.of(AWAITING_RETURN, RETURN_SHIPPED), RETURNS),
        appeal(Set.of(AWAITING_REPLACEMENT, REPLACEMENT_SHIPPED, COMPLETED), SWAP));
    // @formatter:on

    static {
        verifyOneRowPerCell();
    }

    private CaseTransitions() {
    }

    /** Every row of the table. */
    public static List<Transition> table() {
        return TABLE;
    }

    /** What {@code actor} may do now, in the order of {@link CaseAction}. */
    public static Set<CaseAction> allowedActions(CaseType type, CaseStatus status, InterventionStatus intervention,
            Actor actor) {
        return TABLE.stream()
                .filter(t -> t.matches(type, status, intervention, actor))
                .map(Transition::action)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseAction.class)));
    }

    /** Whether {@code actor} may apply {@code action} now, and where it leads. */
    public static Decision decide(CaseType type, CaseStatus status, InterventionStatus intervention, Actor actor,
            CaseAction action) {
        return TABLE.stream()
                .filter(t -> t.action() == action && t.matches(type, status, intervention, actor))
                .findFirst()
                .<Decision>map(t -> new Decision.Allowed(t.target(status), t.interventionAfter(intervention),
                        t.closeReason(), t))
                .orElseGet(() -> new Decision.Refused(action, allowedActions(type, status, intervention, actor)));
    }

    private static Transition move(Set<CaseStatus> from, CaseAction action, Actor actor, Set<CaseType> types,
            InterventionGuard guard, CaseStatus to) {
        return new Transition(from, action, Set.of(actor), types, guard, to, null, null);
    }

    /** A row that leaves the status as it is, moving the intervention to {@code intervention} (null: unchanged). */
    private static Transition stay(Set<CaseStatus> from, CaseAction action, Actor actor, Set<CaseType> types,
            InterventionGuard guard, InterventionStatus intervention) {
        return stay(from, action, Set.of(actor), types, guard, intervention);
    }

    private static Transition stay(Set<CaseStatus> from, CaseAction action, Set<Actor> actors, Set<CaseType> types,
            InterventionGuard guard, InterventionStatus intervention) {
        return new Transition(from, action, actors, types, guard, null, intervention, null);
    }

    private static Transition close(Set<CaseStatus> from, CaseAction action, Actor actor, Set<CaseType> types,
            InterventionGuard guard, CloseReason reason) {
        return new Transition(from, action, Set.of(actor), types, guard, CLOSED, null, reason);
    }

    private static Transition escalate(Set<CaseStatus> from, Set<Actor> actors, Set<CaseType> types) {
        return new Transition(from, ESCALATE, actors, types, NONE, null, InterventionStatus.REQUESTED, null);
    }

    private static Transition ruling(Set<CaseStatus> from, CaseAction action, Set<CaseType> types, CaseStatus to) {
        return new Transition(from, action, PLATFORM, types, FIRST_REVIEW, to, InterventionStatus.RULED,
                to == CLOSED ? RULED_FOR_SELLER : null);
    }

    private static Transition appeal(Set<CaseStatus> from, Set<CaseType> types) {
        return new Transition(from, APPEAL, PARTIES, types, APPEAL_OPEN, null,
                InterventionStatus.SUPERVISOR_REVIEW, null);
    }

    private static void verifyOneRowPerCell() {
        for (CaseType type : CaseType.values()) {
            for (CaseStatus status : CaseStatus.values()) {
                for (InterventionStatus intervention : InterventionStatus.values()) {
                    for (Actor actor : Actor.values()) {
                        for (CaseAction action : CaseAction.values()) {
                            long rows = TABLE.stream()
                                    .filter(t -> t.action() == action && t.matches(type, status, intervention, actor))
                                    .count();
                            if (rows > 1) {
                                throw new IllegalStateException("ambiguous transition table at " + type + " "
                                        + status + " " + intervention + " " + actor + " " + action);
                            }
                        }
                    }
                }
            }
        }
    }
}
