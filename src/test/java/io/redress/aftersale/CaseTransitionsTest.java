package io.redress.aftersale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseTransitionsTest {

    /**
     * The state machine of docs/lifecycle.md written out a second time, independently of the production table.
     * Types: R refund only, T return and refund, X exchange. Guard: which intervention states allow the move
     * (idle = not open at the platform; none = never escalated). "=" keeps the status or intervention.
     */
    private static final String SPEC = """
            # types status               actor   action               guard   -> status               intervention       close
            R     REQUESTED              SELLER  AGREE                idle    REFUNDING                =                 -
            TX    REQUESTED              SELLER  AGREE                idle    AWAITING_RETURN          =                 -
            R     REQUESTED              SYSTEM  AUTO_AGREE           idle    REFUNDING                =                 -
            TX    REQUESTED              SYSTEM  AUTO_AGREE           idle    AWAITING_RETURN          =                 -
            RTX   REQUESTED              SELLER  REFUSE               idle    SELLER_REFUSED           =                 -
            RT    REQUESTED              SELLER  PROPOSE              idle    REQUESTED                =                 -
            R     REQUESTED              BUYER   ACCEPT_PROPOSAL      idle    REFUNDING                =                 -
            T     REQUESTED              BUYER   ACCEPT_PROPOSAL      idle    AWAITING_RETURN          =                 -
            RT    REQUESTED              BUYER   REJECT_PROPOSAL      idle    SELLER_REFUSED           =                 -
            RTX   REQUESTED              BUYER   REVISE               idle    REQUESTED                =                 -
            RTX   SELLER_REFUSED         BUYER   REVISE               idle    REQUESTED                =                 -
            R     REQUESTED              SYSTEM  SELLER_SHIPPED_ORDER idle    CLOSED                   =                 SELLER_SHIPPED
            RTX   REQUESTED              BUYER   CANCEL               idle    CLOSED                   =                 BUYER_CANCELLED
            RTX   SELLER_REFUSED         BUYER   CANCEL               idle    CLOSED                   =                 BUYER_CANCELLED
            TX    AWAITING_RETURN        BUYER   CANCEL               idle    CLOSED                   =                 BUYER_CANCELLED
            TX    RETURN_SHIPPED         BUYER   CANCEL               idle    CLOSED                   =                 BUYER_CANCELLED
            RTX   SELLER_REFUSED         SYSTEM  AUTO_CLOSE           idle    CLOSED                   =                 BUYER_REVISE_TIMEOUT
            RTX   SELLER_REFUSED         BUYER   ESCALATE             none    =                        REQUESTED         -
            RTX   SELLER_REFUSED         SELLER  ESCALATE             none    =                        REQUESTED         -
            TX    AWAITING_RETURN        BUYER   SHIP_RETURN          idle    RETURN_SHIPPED           =                 -
            TX    AWAITING_RETURN        SYSTEM  AUTO_CLOSE           idle    CLOSED                   =                 BUYER_RETURN_TIMEOUT
            T     RETURN_SHIPPED         SELLER  CONFIRM_RECEIPT      idle    REFUNDING                =                 -
            X     RETURN_SHIPPED         SELLER  CONFIRM_RECEIPT      idle    AWAITING_REPLACEMENT     =                 -
            T     RETURN_SHIPPED         SYSTEM  AUTO_REFUND          idle    REFUNDING                =                 -
            X     RETURN_SHIPPED         SYSTEM  AUTO_CONFIRM_RECEIPT idle    AWAITING_REPLACEMENT     =                 -
            TX    RETURN_SHIPPED         SELLER  REFUSE_RECEIPT       idle    SELLER_REFUSED           =                 -
            X     AWAITING_REPLACEMENT   SELLER  SHIP_REPLACEMENT     idle    REPLACEMENT_SHIPPED      =                 -
            X     REPLACEMENT_SHIPPED    BUYER   CONFIRM_REPLACEMENT  idle    COMPLETED                =                 -
            X     REPLACEMENT_SHIPPED    SYSTEM  AUTO_COMPLETE        idle    COMPLETED                =                 -
            RTX   REFUNDING              SYSTEM  PAYOUTS_SUCCEEDED    any     REFUNDED                 =                 -
            R     REQUESTED              SYSTEM  INSTANT_REFUND       idle    REFUNDING                =                 -
            T     RETURN_SHIPPED         SYSTEM  INSTANT_REFUND       idle    REFUNDING                =                 -
            R     REFUNDED               SELLER  AGREE                none    =                        =                 -
            T     REFUNDED               SELLER  CONFIRM_RECEIPT      none    =                        =                 -
            T     REFUNDED               SELLER  REFUSE_RECEIPT       none    =                        REQUESTED         -
            """;

    private static final Map<String, Set<CaseType>> TYPES = Map.of(
            "R", Set.of(CaseType.REFUND_ONLY), "T", Set.of(CaseType.RETURN_AND_REFUND), "X", Set.of(CaseType.EXCHANGE),
            "TX", Set.of(CaseType.RETURN_AND_REFUND, CaseType.EXCHANGE),
            "RT", Set.of(CaseType.REFUND_ONLY, CaseType.RETURN_AND_REFUND), "RTX", EnumSet.allOf(CaseType.class));

    private static final Set<InterventionStatus> OPEN = EnumSet.of(InterventionStatus.REQUESTED,
            InterventionStatus.ACCEPTED, InterventionStatus.EVIDENCE, InterventionStatus.SUSPENDED,
            InterventionStatus.FIRST_REVIEW);

    private record Cell(CaseType type, CaseStatus status, InterventionStatus intervention, Actor actor,
            CaseAction action) {
    }

    private record Outcome(CaseStatus status, InterventionStatus intervention, CloseReason closeReason) {
    }

    private static Map<Cell, Outcome> expectedCells() {
        Map<Cell, Outcome> cells = new HashMap<>();
        for (String line : SPEC.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String[] f = line.split("\\s+");
            CaseStatus from = CaseStatus.valueOf(f[1]);
            for (CaseType type : TYPES.get(f[0])) {
                for (InterventionStatus intervention : InterventionStatus.values()) {
                    boolean passes = switch (f[4]) {
                        case "idle" -> !OPEN.contains(intervention);
                        case "none" -> intervention == InterventionStatus.NONE;
                        default -> true;
                    };
                    if (passes) {
                        cells.put(new Cell(type, from, intervention, Actor.valueOf(f[2]), CaseAction.valueOf(f[3])),
                                new Outcome(f[5].equals("=") ? from : CaseStatus.valueOf(f[5]),
                                        f[6].equals("=") ? intervention : InterventionStatus.valueOf(f[6]),
                                        f[7].equals("-") ? null : CloseReason.valueOf(f[7])));
                    }
                }
            }
        }
        addRulings(cells);
        addAppeals(cells);
        return cells;
    }

    /** An agent or senior agent rules from the first review; the ruling moves the case at once. */
    private static void addRulings(Map<Cell, Outcome> cells) {
        for (Actor actor : List.of(Actor.AGENT, Actor.SENIOR_AGENT)) {
            for (CaseType type : CaseType.values()) {
                List<CaseStatus> from = new ArrayList<>(List.of(CaseStatus.REQUESTED, CaseStatus.SELLER_REFUSED));
                if (type != CaseType.REFUND_ONLY) {
                    from.addAll(List.of(CaseStatus.AWAITING_RETURN, CaseStatus.RETURN_SHIPPED));
                }
                if (type == CaseType.EXCHANGE) {
                    from.addAll(List.of(CaseStatus.AWAITING_REPLACEMENT, CaseStatus.REPLACEMENT_SHIPPED));
                }
                for (CaseStatus status : from) {
                    ruled(cells, type, status, actor, CaseAction.RULING_REFUND, CaseStatus.REFUNDING);
                    ruled(cells, type, status, actor, CaseAction.RULING_PARTIAL_REFUND, CaseStatus.REFUNDING);
                    boolean decisionState = status == CaseStatus.REQUESTED || status == CaseStatus.SELLER_REFUSED;
                    boolean replacementLeg = status == CaseStatus.AWAITING_REPLACEMENT
                            || status == CaseStatus.REPLACEMENT_SHIPPED;
                    if (!replacementLeg) {
                        ruled(cells, type, status, actor, CaseAction.RULING_FOR_SELLER, CaseStatus.CLOSED);
                    }
                    if (decisionState && type != CaseType.REFUND_ONLY) {
                        ruled(cells, type, status, actor, CaseAction.RULING_RETURN, CaseStatus.AWAITING_RETURN);
                    }
                }
                // a refused receipt after the platform's advance: the money has moved, the ruling only says who bears it
                if (type == CaseType.RETURN_AND_REFUND) {
                    ruled(cells, type, CaseStatus.REFUNDED, actor, CaseAction.RULING_REFUND, CaseStatus.REFUNDED);
                    ruled(cells, type, CaseStatus.REFUNDED, actor, CaseAction.RULING_FOR_SELLER, CaseStatus.REFUNDED);
                }
            }
        }
    }

    private static void ruled(Map<Cell, Outcome> cells, CaseType type, CaseStatus from, Actor actor,
            CaseAction action, CaseStatus to) {
        cells.put(new Cell(type, from, InterventionStatus.FIRST_REVIEW, actor, action), new Outcome(to,
                InterventionStatus.RULED, to == CaseStatus.CLOSED ? CloseReason.RULED_FOR_SELLER : null));
    }

    /** Either party may appeal an executed ruling in whatever state the ruling left a case of its type. */
    private static void addAppeals(Map<Cell, Outcome> cells) {
        Map<CaseType, Set<CaseStatus>> reachable = Map.of(
                CaseType.REFUND_ONLY, EnumSet.of(CaseStatus.REQUESTED, CaseStatus.SELLER_REFUSED, CaseStatus.REFUNDING,
                        CaseStatus.REFUNDED, CaseStatus.CLOSED),
                CaseType.RETURN_AND_REFUND, EnumSet.of(CaseStatus.REQUESTED, CaseStatus.SELLER_REFUSED,
                        CaseStatus.AWAITING_RETURN, CaseStatus.RETURN_SHIPPED, CaseStatus.REFUNDING,
                        CaseStatus.REFUNDED, CaseStatus.CLOSED),
                CaseType.EXCHANGE, EnumSet.allOf(CaseStatus.class));
        reachable.forEach((type, statuses) -> {
            for (CaseStatus status : statuses) {
                for (Actor actor : List.of(Actor.BUYER, Actor.SELLER)) {
                    cells.put(new Cell(type, status, InterventionStatus.APPEAL_OPEN, actor, CaseAction.APPEAL),
                            new Outcome(status, InterventionStatus.SUPERVISOR_REVIEW, null));
                }
            }
        });
    }

    @Test
    void everyCellIsAllowedExactlyWhereTheDomainAllowsItAndLeadsWhereTheDomainSays() {
        Map<Cell, Outcome> expected = expectedCells();
        int allowed = 0;
        int refused = 0;
        for (CaseType type : CaseType.values()) {
            for (CaseStatus status : CaseStatus.values()) {
                for (InterventionStatus intervention : InterventionStatus.values()) {
                    for (Actor actor : Actor.values()) {
                        Set<CaseAction> allowedHere = EnumSet.noneOf(CaseAction.class);
                        for (CaseAction action : CaseAction.values()) {
                            Cell cell = new Cell(type, status, intervention, actor, action);
                            if (expected.containsKey(cell)) {
                                allowedHere.add(action);
                            }
                        }
                        for (CaseAction action : CaseAction.values()) {
                            Cell cell = new Cell(type, status, intervention, actor, action);
                            Decision decision = CaseTransitions.decide(type, status, intervention, actor, action);
                            Outcome outcome = expected.get(cell);
                            if (outcome != null) {
                                allowed++;
                                assertThat(decision).as("%s", cell).isInstanceOfSatisfying(Decision.Allowed.class,
                                        a -> assertThat(new Outcome(a.status(), a.intervention(), a.closeReason()))
                                                .as("%s", cell).isEqualTo(outcome));
                            } else {
                                refused++;
                                assertThat(decision).as("%s", cell).isInstanceOfSatisfying(Decision.Refused.class,
                                        r -> assertThat(r.allowed()).as("%s", cell).isEqualTo(allowedHere));
                            }
                        }
                        assertThat(CaseTransitions.allowedActions(type, status, intervention, actor))
                                .isEqualTo(allowedHere);
                    }
                }
            }
        }
        assertThat(allowed + refused)
                .isEqualTo(CaseType.values().length * CaseStatus.values().length * InterventionStatus.values().length
                        * Actor.values().length * CaseAction.values().length);
        assertThat(allowed).isEqualTo(expected.size());
    }

    @Test
    void terminalStatesOnlyAcceptAppealsAndAnswersToAnAdvanceAndNeverLeave() {
        Set<CaseAction> afterAdvance = EnumSet.of(CaseAction.AGREE, CaseAction.CONFIRM_RECEIPT,
                CaseAction.REFUSE_RECEIPT, CaseAction.RULING_REFUND, CaseAction.RULING_FOR_SELLER);
        int fromTerminal = 0;
        for (Transition transition : CaseTransitions.table()) {
            if (transition.from().stream().anyMatch(CaseStatus::terminal)) {
                fromTerminal++;
                if (transition.action() != CaseAction.APPEAL) {
                    assertThat(transition.from()).containsExactly(CaseStatus.REFUNDED);
                    assertThat(afterAdvance).contains(transition.action());
                }
                assertThat(transition.to()).isNull();
            }
        }
        assertThat(fromTerminal).as("transitions out of a terminal state: the appeal").isPositive();
    }

    @Test
    void buyerAndSellerSeeDifferentActionsOnTheSameCase() {
        assertThat(CaseTransitions.allowedActions(CaseType.RETURN_AND_REFUND, CaseStatus.REQUESTED,
                InterventionStatus.NONE, Actor.SELLER))
                .containsExactly(CaseAction.AGREE, CaseAction.REFUSE, CaseAction.PROPOSE);
        // whether a proposal is pending is a fact outside the table: CaseDesk keeps only the answers that apply
        assertThat(CaseTransitions.allowedActions(CaseType.RETURN_AND_REFUND, CaseStatus.REQUESTED,
                InterventionStatus.NONE, Actor.BUYER)).containsExactly(CaseAction.REVISE, CaseAction.CANCEL,
                CaseAction.ACCEPT_PROPOSAL, CaseAction.REJECT_PROPOSAL);
    }

    @Test
    void aRefusedActionListsWhatTheActorMayDoInstead() {
        Decision decision = CaseTransitions.decide(CaseType.REFUND_ONLY, CaseStatus.SELLER_REFUSED,
                InterventionStatus.NONE, Actor.BUYER, CaseAction.SHIP_RETURN);
        assertThat(decision).isEqualTo(new Decision.Refused(CaseAction.SHIP_RETURN,
                EnumSet.of(CaseAction.REVISE, CaseAction.CANCEL, CaseAction.ESCALATE)));
    }

    @Test
    void partyActionsWaitWhileThePlatformHandlesTheDispute() {
        assertThat(CaseTransitions.allowedActions(CaseType.REFUND_ONLY, CaseStatus.SELLER_REFUSED,
                InterventionStatus.EVIDENCE, Actor.BUYER)).isEmpty();
        assertThat(CaseTransitions.allowedActions(CaseType.REFUND_ONLY, CaseStatus.SELLER_REFUSED,
                InterventionStatus.EVIDENCE, Actor.SYSTEM)).isEmpty();
    }

    @Test
    void partyActionsHaveApiPathsAndSystemActionsDoNot() {
        assertThat(CaseAction.ofPath("ship-return")).contains(CaseAction.SHIP_RETURN);
        assertThat(CaseAction.ofPath("auto-agree")).isEmpty();
        assertThat(CaseAction.AUTO_AGREE.path()).isEmpty();
    }
}
