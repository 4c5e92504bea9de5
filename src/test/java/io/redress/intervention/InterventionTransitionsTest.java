package io.redress.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.aftersale.Actor;
import io.redress.aftersale.InterventionStatus;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterventionTransitionsTest {

    /**
     * The dispute's sub-state machine written a second time, independently of the production table. Actors:
     * B buyer, S seller, A agent, X senior agent, Y system. "=" keeps the sub-state, "back" returns to where it was
     * suspended from. Every cell not listed must be refused.
     */
    private static final String SPEC = """
            # from               actors  action              -> to
            NONE                 BS      ESCALATE               REQUESTED
            REQUESTED            AX      CLAIM                  =
            EVIDENCE             AX      CLAIM                  =
            SUSPENDED            AX      CLAIM                  =
            FIRST_REVIEW         AX      CLAIM                  =
            SUPERVISOR_REVIEW    X       CLAIM                  =
            REQUESTED            AX      RELEASE                =
            EVIDENCE             AX      RELEASE                =
            SUSPENDED            AX      RELEASE                =
            FIRST_REVIEW         AX      RELEASE                =
            SUPERVISOR_REVIEW    X       RELEASE                =
            REQUESTED            X       REASSIGN               =
            EVIDENCE             X       REASSIGN               =
            SUSPENDED            X       REASSIGN               =
            FIRST_REVIEW         X       REASSIGN               =
            SUPERVISOR_REVIEW    X       REASSIGN               =
            REQUESTED            AX      ACCEPT                 ACCEPTED
            REQUESTED            AX      DECLINE                NOT_ACCEPTED
            ACCEPTED             Y       OPEN_EVIDENCE          EVIDENCE
            EVIDENCE             AX      REQUEST_EVIDENCE       EVIDENCE
            FIRST_REVIEW         AX      REQUEST_EVIDENCE       EVIDENCE
            EVIDENCE             BS      SUBMIT_EVIDENCE        =
            EVIDENCE             BS      EXTEND_EVIDENCE        =
            EVIDENCE             Y       CLOSE_EVIDENCE         FIRST_REVIEW
            FIRST_REVIEW         AX      PROPOSE_SETTLEMENT     =
            FIRST_REVIEW         BS      ACCEPT_SETTLEMENT      =
            FIRST_REVIEW         AX      RULE                   RULED
            RULED                Y       SETTLE                 FINAL
            RULED                Y       OPEN_APPEAL            APPEAL_OPEN
            APPEAL_OPEN          BS      APPEAL                 SUPERVISOR_REVIEW
            APPEAL_OPEN          Y       CLOSE_APPEAL           FINAL
            SUPERVISOR_REVIEW    X       REVIEW                 FINAL
            REQUESTED            BSAX    SUSPEND                SUSPENDED
            EVIDENCE             BSAX    SUSPEND                SUSPENDED
            FIRST_REVIEW         BSAX    SUSPEND                SUSPENDED
            SUSPENDED            BSAXY   RESUME                 back
            REQUESTED            BS      WITHDRAW               WITHDRAWN
            EVIDENCE             BS      WITHDRAW               WITHDRAWN
            SUSPENDED            BS      WITHDRAW               WITHDRAWN
            FIRST_REVIEW         BS      WITHDRAW               WITHDRAWN
            """;

    private static final Map<Character, Actor> ACTORS = Map.of('B', Actor.BUYER, 'S', Actor.SELLER, 'A', Actor.AGENT,
            'X', Actor.SENIOR_AGENT, 'Y', Actor.SYSTEM);

    private record Cell(InterventionStatus status, Actor actor, InterventionAction action) {
    }

    private static Map<Cell, String> expected() {
        Map<Cell, String> cells = new HashMap<>();
        for (String line : SPEC.strip().split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] f = line.strip().split("\\s+");
            for (char a : f[1].toCharArray()) {
                Cell cell = new Cell(InterventionStatus.valueOf(f[0]), ACTORS.get(a), InterventionAction.valueOf(f[2]));
                assertThat(cells.put(cell, f[3])).as("spec lists %s twice", cell).isNull();
            }
        }
        return cells;
    }

    @Test
    void everyCellIsAllowedExactlyAsTheSpecSaysAndRefusedWithTheAllowedActionsOtherwise() {
        Map<Cell, String> spec = expected();
        int checked = 0;
        for (InterventionStatus status : InterventionStatus.values()) {
            for (Actor actor : Actor.values()) {
                Set<InterventionAction> allowedHere = EnumSet.noneOf(InterventionAction.class);
                spec.keySet().stream().filter(c -> c.status() == status && c.actor() == actor)
                        .forEach(c -> allowedHere.add(c.action()));
                for (InterventionAction action : InterventionAction.values()) {
                    Cell cell = new Cell(status, actor, action);
                    var decision = InterventionTransitions.decide(status, actor, action);
                    String to = spec.get(cell);
                    if (to == null) {
                        assertThat(decision).as("%s", cell).isInstanceOf(InterventionTransitions.Decision.Refused.class);
                        assertThat(((InterventionTransitions.Decision.Refused) decision).allowed()).as("%s", cell)
                                .isEqualTo(allowedHere);
                    } else {
                        assertThat(decision).as("%s", cell).isInstanceOf(InterventionTransitions.Decision.Allowed.class);
                        var allowed = (InterventionTransitions.Decision.Allowed) decision;
                        if (to.equals("back")) {
                            assertThat(allowed.back()).as("%s", cell).isTrue();
                        } else {
                            assertThat(allowed.back()).as("%s", cell).isFalse();
                            assertThat(allowed.to()).as("%s", cell)
                                    .isEqualTo(to.equals("=") ? status : InterventionStatus.valueOf(to));
                        }
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(InterventionStatus.values().length * Actor.values().length
                * InterventionAction.values().length);
    }

    @Test
    void theAllowedActionsOfEachStateAndActorAreTheSpecsCells() {
        Map<Cell, String> spec = expected();
        for (InterventionStatus status : InterventionStatus.values()) {
            for (Actor actor : Actor.values()) {
                Set<InterventionAction> want = EnumSet.noneOf(InterventionAction.class);
                spec.keySet().stream().filter(c -> c.status() == status && c.actor() == actor)
                        .forEach(c -> want.add(c.action()));
                assertThat(InterventionTransitions.allowedActions(status, actor)).as("%s %s", status, actor)
                        .isEqualTo(want);
            }
        }
    }

    @Test
    void theDefaultOutcomeWhenLiabilityIsUndeterminedIsReturnAndRefundWhereTheCaseHasAReturn() {
        assertThat(RulingOutcome.whenUndetermined(io.redress.aftersale.CaseType.RETURN_AND_REFUND))
                .isEqualTo(RulingOutcome.RETURN_AND_REFUND);
        assertThat(RulingOutcome.whenUndetermined(io.redress.aftersale.CaseType.EXCHANGE))
                .isEqualTo(RulingOutcome.EXCHANGE);
        assertThat(RulingOutcome.whenUndetermined(io.redress.aftersale.CaseType.REFUND_ONLY))
                .isEqualTo(RulingOutcome.REFUND);
        assertThat(RulingOutcome.RESHIP.execution(io.redress.aftersale.CaseType.RETURN_AND_REFUND)).isEmpty();
        assertThat(RulingOutcome.RETURN_AND_REFUND.execution(io.redress.aftersale.CaseType.REFUND_ONLY)).isEmpty();
    }

    @Test
    void declineReasonsSpeakChineseToChineseCallersAndEnglishOtherwise() {
        for (DeclineReason reason : DeclineReason.values()) {
            assertThat(reason.message(java.util.Locale.SIMPLIFIED_CHINESE)).matches(".*[\\u4e00-\\u9fff].*");
            assertThat(reason.message(java.util.Locale.ENGLISH)).matches("[\\x20-\\x7E]+");
        }
    }

    @Test
    void aQueueItemIsAtRiskOnceLessThanAQuarterOfItsSlaIsLeft() {
        java.time.Instant start = java.time.Instant.parse("2026-01-01T00:00:00Z");
        java.time.Instant due = start.plusSeconds(100);
        assertThat(QueueItem.atRisk(start, due, start.plusSeconds(74))).isFalse();
        assertThat(QueueItem.atRisk(start, due, start.plusSeconds(75))).isTrue();
        assertThat(QueueItem.atRisk(start, due, due.plusSeconds(1))).isTrue();
        assertThat(QueueItem.atRisk(null, null, start)).isFalse();
    }
}
