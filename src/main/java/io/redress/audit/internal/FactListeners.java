package io.redress.audit.internal;

import io.redress.aftersale.CaseOpened;
import io.redress.aftersale.CaseTransitioned;
import io.redress.advance.AdvanceRecovered;
import io.redress.advance.AdvanceSettled;
import io.redress.advance.AdvanceUnrecovered;
import io.redress.advance.RefundAdvanced;
import io.redress.audit.AuditFact;
import io.redress.audit.AuditTrail;
import io.redress.complaints.ComplaintChanged;
import io.redress.credit.CreditEvent;
import io.redress.decisions.RefundDecided;
import io.redress.dossier.DossierDownloaded;
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
import io.redress.quality.QaReviewed;
import io.redress.postrefund.BuyerFaultFound;
import io.redress.postrefund.PostRefundEvent;
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
    void on(RefundAdvanced e) {
        trail.record(AuditFact.of("advance.paid", "case:" + e.caseId(), e).withActor(null, "SYSTEM")
                .withReason(e.kind().name(), null));
    }

    @EventListener
    void on(AdvanceSettled e) {
        trail.record(AuditFact.of("advance.settled", "case:" + e.caseId(), e).withActor(null, e.by()));
    }

    @EventListener
    void on(AdvanceUnrecovered e) {
        trail.record(AuditFact.of("advance.unrecovered", "case:" + e.caseId(), e).withReason("BUYER_AT_FAULT",
                e.reason()));
    }

    @EventListener
    void on(AdvanceRecovered e) {
        trail.record(AuditFact.of("advance.recovered", "case:" + e.caseId(), e));
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

    /** Credit inputs, penalties (issued, appealed, reviewed, revoked) and standing changes, about the party. */
    @EventListener
    void on(CreditEvent e) {
        String name = e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        trail.record(AuditFact.of("credit." + name, e.partyType().toLowerCase(java.util.Locale.ROOT) + ":" + e.partyId(), (Record) e)
                .withReason(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'), null));
    }

    @EventListener
    void on(QaReviewed e) {
        trail.record(AuditFact.of("quality.reviewed", "case:" + e.caseId(), e).withReason(e.verdict().name(), e.reasons()));
    }

    @EventListener
    void on(DossierDownloaded e) {
        trail.record(AuditFact.of("dossier.downloaded", "case:" + e.caseId(), e).withActor(e.user(), e.party())
                .withReason(e.format().name(), null));
    }

    /** Requests after a refund and receivables: filed, answered, reviewed, compensated, opened, paid, written off. */
    @EventListener
    void on(PostRefundEvent e) {
        String name = e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        AuditFact fact = AuditFact.of("post-refund." + name, "case:" + e.caseId(), (Record) e);
        if (e instanceof PostRefundEvent.Changed changed) {
            fact = fact.withReason(changed.action(), changed.reasons())
                    .withStates(java.util.Map.of("status", changed.from().name()),
                            java.util.Map.of("status", changed.to().name()), null);
        }
        trail.record(fact);
    }

    @EventListener
    void on(BuyerFaultFound e) {
        trail.record(AuditFact.of("post-refund.buyer-fault-found", "case:" + e.caseId(), e)
                .withReason(e.grounds().name(), e.finding()));
    }

    @EventListener
    void on(SignedIn e) {
        if (e.staff()) {
            trail.record(AuditFact.of("staff.signed-in", "user:" + e.username(), e).withActor(e.username(),
                    String.join(",", e.roles().stream().map(Enum::name).toList())).withReason("PASSWORD", null));
        }
    }
}
