package io.redress.audit.internal;

import io.redress.aftersale.CaseOpened;
import io.redress.aftersale.CaseTransitioned;
import io.redress.audit.AuditFact;
import io.redress.audit.AuditTrail;
import io.redress.complaints.ComplaintChanged;
import io.redress.decisions.RefundDecided;
import io.redress.intervention.InterventionEvent;
import io.redress.ledger.RulingCorrection;
import io.redress.identity.AccountChanged;
import io.redress.identity.SignedIn;
import io.redress.ledger.EntryPosted;
import io.redress.payments.RefundCompleted;
import io.redress.payments.RefundLegFailed;
import io.redress.payments.RefundLegParked;
import io.redress.payments.RefundLegSucceeded;
import io.redress.policy.PolicyPublished;
import io.redress.shared.ClockAdvanced;
import io.redress.simulation.PolicyOverridden;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every business fact the trail keeps, one listener each, run synchronously in the transaction that published the
 * fact (so the record commits or rolls back with it). A new fact type is one line:
 * {@code @EventListener void on(RulingMade e) { trail.record(AuditFact.of("ruling.made", "case:" + e.caseId(), e)); }}
 */
@Component
class FactListeners {

    private final AuditTrail trail;
    private final CaseFacts cases;

    FactListeners(AuditTrail trail, CaseFacts cases) {
        this.trail = trail;
        this.cases = cases;
    }

    @EventListener
    void on(CaseOpened e) {
        cases.opened(e.caseId(), e.policyProfile() + ":" + e.policyVersion());
        trail.record(AuditFact.of("case.opened", "case:" + e.caseId(), e)
                .withStates(null, java.util.Map.of("status", e.status().name()), e.policyProfile() + ":" + e.policyVersion())
                .withActor(null, "BUYER").withReason(e.reason().name(), null));
    }

    @EventListener
    void on(CaseTransitioned e) {
        trail.record(cases.transitioned(e));
    }

    @EventListener
    void on(RefundDecided e) {
        var d = e.decision();
        trail.record(AuditFact.of("refund.decided", "case:" + d.caseId(), e)
                .withActor(null, d.actor()).withReason(d.action(), d.reason())
                .withStates(null, java.util.Map.of("amount", d.amount()), d.policyProfile() + ":" + d.policyVersion()));
    }

    /** Every move of a platform dispute: accepted, evidence, settlement, ruling, appeal, review, suspension. */
    @EventListener
    void on(InterventionEvent e) {
        String name = e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        trail.record(AuditFact.of("intervention." + name, "case:" + e.caseId(), (Record) e));
    }

    @EventListener
    void on(RulingCorrection e) {
        trail.record(AuditFact.of("ledger.ruling-correction", "case:" + e.caseId(), e));
    }

    @EventListener
    void on(RefundLegSucceeded e) {
        trail.record(AuditFact.of("refund.leg-succeeded", "refund:" + e.refundRef(), e).withActor("psp", "SYSTEM"));
    }

    @EventListener
    void on(RefundLegFailed e) {
        trail.record(AuditFact.of("refund.leg-failed", "refund:" + e.refundRef(), e).withActor("psp", "SYSTEM")
                .withReason("LEG_FAILED", e.reason()));
    }

    @EventListener
    void on(RefundLegParked e) {
        trail.record(AuditFact.of("refund.leg-parked", "refund:" + e.refundRef(), e).withActor("psp", "SYSTEM")
                .withReason("LEG_PARKED", e.reason()));
    }

    @EventListener
    void on(RefundCompleted e) {
        trail.record(AuditFact.of("refund.completed", "refund:" + e.refundRef(), e).withActor("psp", "SYSTEM"));
    }

    @EventListener
    void on(EntryPosted e) {
        trail.record(AuditFact.of("ledger.entry-posted", "ledger-entry:" + e.reference(), e).withReason(e.kind().name(), e.memo()));
    }

    @EventListener
    void on(PolicyPublished e) {
        trail.record(AuditFact.of("policy.published", "policy:" + e.profile(), e)
                .withStates(null, null, e.profile() + ":" + e.version()).withReason(e.urgent() ? "URGENT" : "SCHEDULED", null));
    }

    @EventListener
    void on(PolicyOverridden e) {
        trail.record(AuditFact.of("policy.simulation-overridden", "policy:" + e.profile(), e)
                .withReason("LEGAL_BOUND_BREACHED", e.reason()));
    }

    @EventListener
    void on(AccountChanged e) {
        trail.record(AuditFact.of("admin." + e.change().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                e.subject(), e).withReason(e.change().name(), e.detail()));
    }

    @EventListener
    void on(ClockAdvanced e) {
        trail.record(AuditFact.of("admin.clock-advanced", "clock", e).withReason("CLOCK_ADVANCED", null)
                .withStates(java.util.Map.of("now", e.from().toString()), java.util.Map.of("now", e.to().toString()), null));
    }

    @EventListener
    void on(ComplaintChanged e) {
        trail.record(AuditFact.of("complaint." + e.action(), "complaint:" + e.complaintId(), e).withReason(e.action(), null));
    }

    @EventListener
    void on(SignedIn e) {
        if (e.staff()) {
            trail.record(AuditFact.of("staff.signed-in", "user:" + e.username(), e).withActor(e.username(),
                    String.join(",", e.roles().stream().map(Enum::name).toList())).withReason("PASSWORD", null));
        }
    }
}
