package io.redress.dossier;

import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseDesk;
import io.redress.aftersale.CaseEvent;
import io.redress.aftersale.CaseOverview;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.InterventionStatus;
import io.redress.deadlines.Deadline;
import io.redress.deadlines.Deadlines;
import io.redress.deadlines.DueTimes;
import io.redress.decisions.RefundDecision;
import io.redress.decisions.RefundDecisions;
import io.redress.identity.Caller;
import io.redress.intervention.Interventions;
import io.redress.policy.Policies;
import io.redress.policy.Policy;
import io.redress.policy.TimerId;
import io.redress.policy.TimerSetting;
import io.redress.shared.ResourceNotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The facts of a case for {@link CaseRoutes}, as one party sees them; 404 for anyone else. */
@Service
public class Routes {

    /** The intervention module's appeal timer on the deadlines module (one subject per case). */
    private static final String APPEAL_TIMER = "#APPEAL";

    private final CaseDesk desk;
    private final Interventions interventions;
    private final Deadlines deadlines;
    private final RefundDecisions decisions;
    private final Policies policies;
    private final DueTimes dueTimes;
    private final Clock clock;

    Routes(CaseDesk desk, Interventions interventions, Deadlines deadlines, RefundDecisions decisions,
            Policies policies, DueTimes dueTimes, Clock clock) {
        this.policies = policies;
        this.dueTimes = dueTimes;
        this.desk = desk;
        this.interventions = interventions;
        this.deadlines = deadlines;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** What the party may do now, with the time it is now. */
    public record Panel(String caseId, Actor party, Instant now, List<CaseRoutes.Route> routes) {
    }

    @Transactional(readOnly = true)
    public Panel of(Caller caller, String caseId) {
        CaseOverview overview = desk.find(caller, caseId);
        Case c = overview.detail();
        Actor party = desk.actor(caller, c).filter(a -> a == Actor.BUYER || a == Actor.SELLER)
                .orElseThrow(() -> new ResourceNotFound("case", caseId));
        List<String> disputeActions = c.intervention() == InterventionStatus.NONE ? List.of()
                : disputeActions(caller, caseId);
        Deadline deadline = overview.deadline();
        Instant partyDeadline = deadline != null && party.name().equals(deadline.party()) ? deadline.dueAt() : null;
        Instant appealDue = deadlines.find(c.caseId() + APPEAL_TIMER).map(Deadline::dueAt).orElse(null);
        Instant refundedAt = c.status() != CaseStatus.REFUNDED ? null
                : desk.timeline(caller, caseId).stream().filter(e -> e.to() == CaseStatus.REFUNDED
                        && e.from() != CaseStatus.REFUNDED).map(CaseEvent::at).reduce((a, b) -> b).orElse(c.updatedAt());
        boolean sellerAgreed = decisions.ofCase(c.caseId()).stream().anyMatch(Routes::sellerAgreed);
        Instant now = clock.instant();
        CaseRoutes.Facts facts = new CaseRoutes.Facts(c.caseId(), party, c.status(), c.intervention(),
                overview.allowedActions(), disputeActions, partyDeadline, appealDue, refundedAt, sellerAgreed,
                refundedAt == null ? null : postRefundUntil(c, refundedAt));
        return new Panel(c.caseId(), party, now, CaseRoutes.of(facts, now));
    }

    /** The end of the post-refund window: T_SELLER_APPEAL of the case's policy version from the refund. */
    private Instant postRefundUntil(Case c, Instant refundedAt) {
        Policy policy = policies.find(c.policyProfile(), c.policyVersion()).orElseThrow();
        TimerSetting timer = policy.timer(TimerId.T_SELLER_APPEAL, c.timerCategory());
        return dueTimes.inZone(policy.rules().zone()).dueAt(refundedAt, timer.duration(), timer.clock());
    }

    private List<String> disputeActions(Caller caller, String caseId) {
        try {
            return interventions.find(caller, caseId).allowedActions();
        } catch (ResourceNotFound none) {
            return List.of();
        }
    }

    /** The seller agreed to the refund: its agreement or receipt, or the buyer's acceptance of its proposal. */
    private static boolean sellerAgreed(RefundDecision d) {
        return Actor.SELLER.name().equals(d.actor()) || "ACCEPT_PROPOSAL".equals(d.action());
    }
}
