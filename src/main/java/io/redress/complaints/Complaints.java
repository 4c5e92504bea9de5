package io.redress.complaints;

import io.redress.aftersale.Case;
import io.redress.aftersale.Cases;
import io.redress.complaints.Complaint.Against;
import io.redress.complaints.Complaint.Finding;
import io.redress.complaints.Complaint.Status;
import io.redress.complaints.internal.ComplaintRows;
import io.redress.deadlines.Deadlines;
import io.redress.evidence.EvidenceStore;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.policy.Policies;
import io.redress.policy.Policy;
import io.redress.policy.ServiceRules;
import io.redress.shared.ConflictingState;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files, lists and handles complaints. A buyer complains about the seller or the platform on a case of theirs, seller
 * staff about the platform on a case of their shop. Agents acknowledge and resolve; once the SLA is breached the
 * complaint is escalated and only a senior agent resolves it. A malicious finding is recorded against the complainant.
 */
@Service
public class Complaints {

    static final String ACKNOWLEDGE = "ACKNOWLEDGE";
    static final String RESOLVE = "RESOLVE";

    /** What a party files. */
    public record Filing(String caseId, Against against, Complaint.Category category, String message, List<String> evidenceIds) {
    }

    private final ComplaintRows rows;
    private final Cases cases;
    private final EvidenceStore evidence;
    private final Deadlines deadlines;
    private final ComplaintSla sla;
    private final Policies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Complaints(ComplaintRows rows, Cases cases, EvidenceStore evidence, Deadlines deadlines, ComplaintSla sla,
            Policies policies, ApplicationEventPublisher events, Clock clock) {
        this.policies = policies;
        this.rows = rows;
        this.cases = cases;
        this.evidence = evidence;
        this.deadlines = deadlines;
        this.sla = sla;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Complaint file(Caller caller, Filing filing) {
        Case c = cases.find(filing.caseId()).filter(found -> party(caller, found) != null)
                .orElseThrow(() -> new ResourceNotFound("case", filing.caseId()));
        String role = party(caller, c);
        if (role.equals("SELLER") && filing.against() == Against.SELLER) {
            throw new InvalidRequest("against", "seller staff may complain only about the platform (PLATFORM)");
        }
        for (String id : filing.evidenceIds()) {
            if (evidence.find(id).filter(e -> e.caseId().equals(c.caseId())).isEmpty()) {
                throw new InvalidRequest("evidenceIds", "no evidence " + id + " on case " + c.caseId());
            }
        }
        Instant now = now();
        Policy policy = policies.inForce(c.policyProfile(), now);
        ServiceRules rules = policy.rules().service();
        Complaint complaint = new Complaint("CP-" + UUID.randomUUID(), c.caseId(), c.shopId(), caller.name(), role,
                filing.against(), filing.category(), filing.message().strip(), List.copyOf(filing.evidenceIds()),
                Status.FILED, false, List.of(), sla.acknowledgeDue(rules, now), sla.resolveDue(rules, now), null, null,
                null, 1, now, now, policy.profile(), policy.version());
        rows.insert(complaint);
        deadlines.set(key(complaint.complaintId()), ACKNOWLEDGE, "PLATFORM", complaint.acknowledgeDue(), "ESCALATE");
        events.publishEvent(ComplaintChanged.of(complaint, "file"));
        return complaint;
    }

    public List<Complaint> visibleTo(Caller caller, boolean escalatedOnly) {
        boolean staff = caller.has(Role.AGENT) || caller.has(Role.SENIOR_AGENT) || caller.has(Role.AUDITOR)
                || caller.has(Role.ADMIN);
        return staff ? rows.list(null, null, escalatedOnly) : rows.list(caller.name(), caller.shopId(), escalatedOnly);
    }

    public Complaint find(Caller caller, String complaintId) {
        return rows.find(complaintId).filter(c -> visibleTo(caller, c))
                .orElseThrow(() -> new ResourceNotFound("complaint", complaintId));
    }

    public long strikes(String complainant) {
        return rows.strikes(complainant);
    }

    /** acknowledge or resolve (with a finding and a note) at {@code version}. */
    @Transactional
    public Complaint act(Caller caller, String complaintId, String action, long version, Finding finding, String note) {
        Complaint current = find(caller, complaintId);
        List<String> allowed = allowed(caller, current);
        if (current.version() != version) {
            throw new ConflictingState("the complaint changed since version " + version + "; it is at " + current.version())
                    .with("allowedActions", allowed);
        }
        if (!allowed.contains(action)) {
            throw new ConflictingState("you may not " + action + " a complaint that is " + current.status()
                    + (current.escalated() ? " and escalated to a senior agent" : "")).with("allowedActions", allowed);
        }
        Instant now = now();
        Complaint changed;
        if (action.equals("acknowledge")) {
            changed = with(current, Status.ACKNOWLEDGED, current.escalated(), current.breaches(), null, null, null, now);
            deadlines.set(key(complaintId), RESOLVE, "PLATFORM", current.resolveDue(), "ESCALATE");
        } else {
            if (finding == null) {
                throw new InvalidRequest("finding", "must be FAULT_FOUND, NO_FAULT or MALICIOUS");
            }
            if (note == null || note.isBlank() || note.length() > 2000) {
                throw new InvalidRequest("note", "must say why, in 1 to 2000 characters");
            }
            changed = with(current, Status.RESOLVED, current.escalated(), current.breaches(), finding, note.strip(),
                    caller.name(), now);
            deadlines.cancel(key(complaintId));
            if (finding == Finding.MALICIOUS) {
                rows.strike(complaintId, current.complainant(), now);
            }
        }
        store(changed, current.version());
        events.publishEvent(ComplaintChanged.of(changed, action));
        return changed;
    }

    /** An SLA step ran out: escalate to a senior agent if the complaint still waits for that step. */
    @Transactional
    public void breached(String complaintId, String step) {
        Complaint current = rows.find(complaintId).orElse(null);
        boolean waiting = current != null && current.open()
                && (step.equals(RESOLVE) || current.status() == Status.FILED);
        if (!waiting || current.breaches().contains(step)) {
            return;
        }
        List<String> breaches = new ArrayList<>(current.breaches());
        breaches.add(step);
        Complaint changed = with(current, current.status(), true, breaches, null, null, null, now());
        store(changed, current.version());
        if (step.equals(ACKNOWLEDGE)) {
            deadlines.set(key(complaintId), RESOLVE, "PLATFORM", current.resolveDue(), "ESCALATE");
        }
        events.publishEvent(ComplaintChanged.of(changed, "escalate"));
    }

    /** The actions the caller may take now. */
    public static List<String> allowed(Caller caller, Complaint c) {
        boolean senior = caller.has(Role.SENIOR_AGENT);
        boolean agent = senior || caller.has(Role.AGENT);
        List<String> actions = new ArrayList<>();
        if (agent && c.status() == Status.FILED) {
            actions.add("acknowledge");
        }
        if (c.open() && (senior || (agent && !c.escalated()))) {
            actions.add("resolve");
        }
        return actions;
    }

    static String key(String complaintId) {
        return "complaint:" + complaintId;
    }

    private void store(Complaint changed, long basedOn) {
        if (!rows.update(changed, basedOn)) {
            throw new ConflictingState("the complaint changed meanwhile; read it again");
        }
    }

    private static Complaint with(Complaint c, Status status, boolean escalated, List<String> breaches, Finding finding,
            String resolution, String resolvedBy, Instant now) {
        return new Complaint(c.complaintId(), c.caseId(), c.shopId(), c.complainant(), c.complainantRole(), c.against(),
                c.category(), c.message(), c.evidenceIds(), status, escalated, List.copyOf(breaches), c.acknowledgeDue(),
                c.resolveDue(), finding, resolution, resolvedBy, c.version() + 1, c.filedAt(), now, c.policyProfile(),
                c.policyVersion());
    }

    private static boolean visibleTo(Caller caller, Complaint c) {
        return caller.has(Role.AGENT) || caller.has(Role.SENIOR_AGENT) || caller.has(Role.AUDITOR) || caller.has(Role.ADMIN)
                || c.complainant().equals(caller.name())
                || (caller.has(Role.SELLER) && c.against() == Against.SELLER && c.shopId().equals(caller.shopId()));
    }

    /** BUYER or SELLER when the caller is that party to the case, else null. */
    private static String party(Caller caller, Case c) {
        if (caller.has(Role.BUYER) && c.buyerId().equals(caller.buyerId())) {
            return "BUYER";
        }
        return caller.has(Role.SELLER) && c.shopId().equals(caller.shopId()) ? "SELLER" : null;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
