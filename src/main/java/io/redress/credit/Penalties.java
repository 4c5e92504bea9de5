package io.redress.credit;

import io.redress.credit.internal.PenaltyRows;
import io.redress.evidence.EvidenceStore;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.intervention.ReviewDecision;
import io.redress.policy.CreditRules;
import io.redress.policy.Policies;
import io.redress.policy.Policy;
import io.redress.shared.ConflictingState;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Penalties and their due process. The ladder issues them when a party's points cross a rung (SYSTEM, with the rule
 * version); agents issue them by hand. The subject appeals within the policy's window with a message and evidence;
 * a senior agent who did not issue it reviews: UPHELD keeps it, OVERTURNED revokes it. Agents revoke with a reason.
 * A revocation is a record; nothing is deleted.
 */
@Service
public class Penalties {

    public static final String APPEAL = "appeal";
    public static final String REVIEW = "review";
    public static final String REVOKE = "revoke";

    /** What an agent issues by hand. */
    public record Issue(Party party, PenaltyKind kind, Privilege privilege, Long fineAmount, String reasonCode,
            String reasons, List<String> evidenceIds, List<String> caseIds, Duration duration) {
    }

    private final PenaltyRows rows;
    private final Policies policies;
    private final EvidenceStore evidence;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Penalties(PenaltyRows rows, Policies policies, EvidenceStore evidence, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.policies = policies;
        this.evidence = evidence;
        this.events = events;
        this.clock = clock;
    }

    /** The rungs whose points {@code after} reached and {@code before} did not: their penalties, once per crossing. */
    void climb(Party party, String triggerInput, Standing before, Standing after, List<String> caseIds,
            CreditRules rules, String ruleVersion, Instant now) {
        List<CreditRules.Step> ladder = party.type() == Party.Type.BUYER ? rules.buyerLadder() : rules.shopLadder();
        for (CreditRules.Step step : ladder) {
            if (before.points() < step.atPoints() && after.points() >= step.atPoints()) {
                PenaltyKind kind = PenaltyKind.valueOf(step.kind());
                Privilege privilege = step.privilege() == null ? null : Privilege.valueOf(step.privilege());
                String reasons = "Step " + step.step() + " of the ladder: " + after.points() + " points (from "
                        + step.atPoints() + "). " + after.reasons().stream().map(Standing.Reason::en)
                                .collect(Collectors.joining("; "))
                        + "\n第" + step.step() + "级处罚：" + after.points() + "分（" + step.atPoints() + "分起）。"
                        + after.reasons().stream().map(Standing.Reason::zh).collect(Collectors.joining("；"));
                Penalty penalty = new Penalty("PN-" + UUID.randomUUID(), party, kind, privilege, step.fineAmount(),
                        step.step(), "LADDER_STEP_" + step.step(), reasons, List.of(), caseIds, ruleVersion,
                        Penalty.SYSTEM, now, now.plus(step.duration()), null, null);
                if (rows.insert(penalty, triggerInput)) {
                    published(penalty);
                }
            }
        }
    }

    /** An agent's penalty, with the rule version in force. */
    @Transactional
    public Penalty issue(Caller caller, Issue issue) {
        requireStaff(caller);
        if (issue.privilege() != null && issue.privilege().of() != issue.party().type()) {
            throw new InvalidRequest("privilege", issue.privilege() + " is not a privilege of a " + issue.party().type());
        }
        if ((issue.kind() == PenaltyKind.PRIVILEGE_SUSPENDED) != (issue.privilege() != null)) {
            throw new InvalidRequest("privilege", "is required for PRIVILEGE_SUSPENDED and only for it");
        }
        if ((issue.kind() == PenaltyKind.FINE) != (issue.fineAmount() != null)) {
            throw new InvalidRequest("fineAmount", "is required for FINE and only for it");
        }
        if (issue.kind() == PenaltyKind.FREIGHT_BORNE && issue.party().type() != Party.Type.BUYER) {
            throw new InvalidRequest("kind", "FREIGHT_BORNE is a buyer's penalty");
        }
        if (issue.fineAmount() != null && issue.party().type() != Party.Type.SHOP) {
            throw new InvalidRequest("kind", "FINE is a shop's penalty");
        }
        if (issue.duration() == null || issue.duration().isNegative() || issue.duration().isZero()
                || issue.duration().compareTo(Duration.ofDays(3 * 365)) > 0) {
            throw new InvalidRequest("duration", "must be longer than zero and at most three years");
        }
        for (String id : issue.evidenceIds()) {
            if (evidence.find(id).isEmpty()) {
                throw new InvalidRequest("evidenceIds", "no evidence " + id);
            }
        }
        Instant now = now();
        Policy policy = policies.inForce(policies.defaultProfile(), now);
        Penalty penalty = new Penalty("PN-" + UUID.randomUUID(), issue.party(), issue.kind(), issue.privilege(),
                issue.fineAmount(), null, issue.reasonCode(), issue.reasons().strip(), issue.evidenceIds(), issue.caseIds(),
                CreditInputs.version(policy), caller.name(), now, now.plus(issue.duration()), null, null);
        rows.insert(penalty, null);
        published(penalty);
        return penalty;
    }

    /** The penalties of {@code party} (null: everyone's, staff only) the caller may see. */
    public List<Penalty> visibleTo(Caller caller, Party party, boolean appealsPending) {
        if (party == null) {
            if (!Visibility.staff(caller)) {
                throw new ResourceNotFound("party", "(none given)");
            }
            return rows.list(null, appealsPending);
        }
        if (!Visibility.sees(caller, party)) {
            throw new ResourceNotFound("party", party.toString());
        }
        return rows.list(party, appealsPending);
    }

    public Penalty find(Caller caller, String penaltyId) {
        return rows.find(penaltyId).filter(p -> Visibility.sees(caller, p.party()))
                .orElseThrow(() -> new ResourceNotFound("penalty", penaltyId));
    }

    /** Every penalty of the party, revoked and expired ones included, newest first. */
    public List<Penalty> of(Party party) {
        return rows.list(party, false);
    }

    /** The subject appeals, within the window of the rules in force, once, while the penalty applies. */
    @Transactional
    public Penalty appeal(Caller caller, String penaltyId, String message, List<String> evidenceIds) {
        Penalty current = locked(caller, penaltyId);
        requireAllowed(caller, current, APPEAL);
        if (message == null || message.isBlank() || message.length() > 2000) {
            throw new InvalidRequest("message", "must say why, in 1 to 2000 characters");
        }
        for (String id : evidenceIds) {
            if (evidence.find(id).filter(e -> e.uploader().equals(caller.name())).isEmpty()) {
                throw new InvalidRequest("evidenceIds", "each id must be evidence the appellant uploaded");
            }
        }
        Instant now = now();
        Penalty.Appeal appeal = new Penalty.Appeal(caller.name(), message.strip(), List.copyOf(evidenceIds), now, null,
                null, null, null);
        rows.appeal(penaltyId, appeal);
        events.publishEvent(new CreditEvent.PenaltyAppealed(penaltyId, current.party().type().name(),
                current.party().id(), caller.name(), now));
        return current.withAppeal(appeal);
    }

    /** A senior agent other than the issuer decides the appeal; OVERTURNED revokes the penalty by a record. */
    @Transactional
    public Penalty review(Caller caller, String penaltyId, ReviewDecision decision, String reasons) {
        Penalty current = locked(caller, penaltyId);
        requireAllowed(caller, current, REVIEW);
        if (decision == null) {
            throw new InvalidRequest("decision", "must be UPHELD or OVERTURNED");
        }
        requireReason("reasons", reasons);
        Instant now = now();
        Penalty.Appeal a = current.appeal();
        Penalty.Appeal reviewed = new Penalty.Appeal(a.by(), a.message(), a.evidenceIds(), a.at(), decision,
                reasons.strip(), caller.name(), now);
        rows.review(penaltyId, reviewed);
        events.publishEvent(new CreditEvent.PenaltyReviewed(penaltyId, current.party().type().name(),
                current.party().id(), decision, caller.name(), now));
        Penalty changed = current.withAppeal(reviewed);
        if (decision == ReviewDecision.OVERTURNED) {
            changed = revoked(changed, new Penalty.Revocation(caller.name(), reasons.strip(), "APPEAL", now));
        }
        return changed;
    }

    /** An agent ends a penalty that applies, with a reason. */
    @Transactional
    public Penalty revoke(Caller caller, String penaltyId, String reason) {
        Penalty current = locked(caller, penaltyId);
        requireAllowed(caller, current, REVOKE);
        requireReason("reason", reason);
        return revoked(current, new Penalty.Revocation(caller.name(), reason.strip(), "REVOKE", now()));
    }

    /** What the caller may do to the penalty now. */
    public List<String> allowedActions(Caller caller, Penalty p) {
        Instant now = now();
        List<String> actions = new ArrayList<>();
        boolean applies = p.appliesAt(now);
        if (applies && p.appeal() == null && Visibility.subject(caller, p.party())
                && now.isBefore(p.issuedAt().plus(appealWindow(now)))) {
            actions.add(APPEAL);
        }
        if (applies && p.appeal() != null && p.appeal().pending() && caller.has(Role.SENIOR_AGENT)
                && !caller.name().equals(p.issuedBy())) {
            actions.add(REVIEW);
        }
        if (applies && (caller.has(Role.AGENT) || caller.has(Role.SENIOR_AGENT))) {
            actions.add(REVOKE);
        }
        return actions;
    }

    private Duration appealWindow(Instant now) {
        return policies.inForce(policies.defaultProfile(), now).rules().credit().appealWindow();
    }

    private Penalty revoked(Penalty current, Penalty.Revocation revocation) {
        rows.revoke(current.penaltyId(), revocation);
        events.publishEvent(new CreditEvent.PenaltyRevoked(current.penaltyId(), current.party().type().name(),
                current.party().id(), current.kind(), revocation.by(), revocation.reason(), revocation.via(),
                revocation.at()));
        return current.withRevocation(revocation);
    }

    private Penalty locked(Caller caller, String penaltyId) {
        return rows.lock(penaltyId).filter(p -> Visibility.sees(caller, p.party()))
                .orElseThrow(() -> new ResourceNotFound("penalty", penaltyId));
    }

    private void requireAllowed(Caller caller, Penalty p, String action) {
        List<String> allowed = allowedActions(caller, p);
        if (!allowed.contains(action)) {
            throw new ConflictingState("you may not " + action + " this penalty now (" + p.status(now())
                    + (p.appeal() == null ? "" : p.appeal().pending() ? ", appealed" : ", appeal decided") + ")")
                    .with("allowedActions", allowed);
        }
    }

    private static void requireReason(String field, String text) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new InvalidRequest(field, "must say why, in 1 to 2000 characters");
        }
    }

    private static void requireStaff(Caller caller) {
        if (!caller.has(Role.AGENT) && !caller.has(Role.SENIOR_AGENT)) {
            throw new org.springframework.security.access.AccessDeniedException("agents issue penalties");
        }
    }

    private void published(Penalty p) {
        events.publishEvent(new CreditEvent.PenaltyIssued(p.penaltyId(), p.party().type().name(), p.party().id(),
                p.kind(), p.privilege(), p.fineAmount(), p.reasonCode(), p.reasons(), p.ruleVersion(), p.issuedBy(),
                p.expiresAt(), p.issuedAt()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
