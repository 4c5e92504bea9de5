package io.redress.credit;

import io.redress.credit.internal.CreditRows;
import io.redress.credit.internal.CreditVolumes;
import io.redress.policy.CreditRules;
import io.redress.policy.Policies;
import io.redress.policy.Policy;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records credit inputs and keeps each party's standing and ladder in step with them. {@link #record} is the one
 * entry for every source: this module's listeners, the marketplace's signals, and any other module with a finding
 * about a party (a seller's appeal upheld with a bad-faith finding, a platform advance recovered from the buyer):
 * it takes the input, stores it once per source, kind and party, and, when the new points cross a rung of the
 * ladder, issues that rung's penalties with the rule version in force.
 */
@Service
public class CreditInputs {

    private final CreditRows rows;
    private final CreditVolumes volumes;
    private final Penalties penalties;
    private final Policies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CreditInputs(CreditRows rows, CreditVolumes volumes, Penalties penalties, Policies policies,
            ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.volumes = volumes;
        this.penalties = penalties;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records {@code input} (its retention from the rules in force when it has none); the new input's id, or empty
     * when an input of the same source, kind and party was recorded before, which then changes nothing.
     */
    @Transactional
    public Optional<String> record(CreditInput input) {
        Instant now = now();
        Policy policy = inForce(now);
        CreditRules rules = policy.rules().credit();
        CreditInput kept = input.expiresAt() != null ? input : new CreditInput(input.source(), input.kind(), input.party(),
                input.occurredAt(), input.occurredAt().plus(rules.retention()), input.note());
        if (CreditVolumes.KINDS.contains(kept.kind())) {
            throw new IllegalArgumentException(kept.kind() + " is counted from the orders and cases, not recorded");
        }
        CreditRows.Stored stored = rows.lockStanding(kept.party(), now);
        Map<CreditKind, Integer> volumes = this.volumes.of(kept.party(), rules, now);
        Standing before = Standings.assess(kept.party(), counting(kept.party(), rules, now), volumes, rules, now);
        Optional<String> id = rows.insert(kept, now);
        if (id.isEmpty()) {
            return id;
        }
        events.publishEvent(new CreditEvent.InputRecorded(id.get(), kept.party().type().name(), kept.party().id(),
                kept.kind(), kept.source().type(), kept.source().ref(), kept.occurredAt(), now));
        List<CreditInput> counting = counting(kept.party(), rules, now);
        Standing after = Standings.assess(kept.party(), counting, volumes, rules, now);
        List<String> caseIds = counting.stream().filter(i -> i.kind().fault() && i.source().caseId() != null)
                .map(i -> i.source().caseId()).distinct().toList();
        penalties.climb(kept.party(), id.get(), lower(before, stored.points()), after, caseIds, rules, version(policy),
                now);
        store(stored.level(), after, now);
        return id;
    }

    /**
     * Voids the inputs of a source (a ruling overturned on review): they stay on record, marked, and never count
     * again; the standing of their parties is told again.
     */
    @Transactional
    public void voidSource(String sourceType, String sourceRef, String reason) {
        Instant now = now();
        CreditRules rules = inForce(now).rules().credit();
        for (Party party : rows.voidSource(sourceType, sourceRef, reason, now)) {
            store(rows.lockStanding(party, now).level(), assess(party, rules, now), now);
        }
    }

    /** The party's standing now, under the rules in force. */
    public Standing standing(Party party) {
        Instant now = now();
        return assess(party, inForce(now).rules().credit(), now);
    }

    /** The party's inputs still kept, voided ones included, newest first. */
    public List<CreditRows.Recorded> inputs(Party party) {
        Instant now = now();
        return rows.of(party, now.minus(inForce(now).rules().credit().retention()));
    }

    /** Parties with inputs recorded in the last {@code days} days, for the agents' review. */
    public List<Party> recentParties(int days) {
        return rows.recentParties(now().minus(days, ChronoUnit.DAYS), 100);
    }

    /** The version of the rules in force, as penalties and inputs name it: {@code profile:version}. */
    public String ruleVersion() {
        return version(inForce(now()));
    }

    Policy inForce(Instant now) {
        return policies.inForce(policies.defaultProfile(), now);
    }

    static String version(Policy policy) {
        return policy.profile() + ":" + policy.version();
    }

    private Standing assess(Party party, CreditRules rules, Instant now) {
        return Standings.assess(party, counting(party, rules, now), volumes.of(party, rules, now), rules, now);
    }

    /** The recorded inputs that count (the orders and refunds are counted from their own rows: {@link CreditVolumes}). */
    private List<CreditInput> counting(Party party, CreditRules rules, Instant now) {
        return rows.of(party, now.minus(rules.window())).stream().filter(r -> r.voidedAt() == null)
                .map(CreditRows.Recorded::input).filter(i -> !CreditVolumes.KINDS.contains(i.kind()))
                .filter(i -> i.countsAt(now, rules.window())).toList();
    }

    /**
     * The standing before an input, for the ladder: at the points last told when those are lower. Orders and refunds
     * move the points without an input (the refund rate); a step they took the party over is issued at its next
     * input, as if that input had crossed it.
     */
    private static Standing lower(Standing before, int told) {
        return told >= before.points() ? before
                : new Standing(before.party(), before.level(), told, before.reasons(), before.counted());
    }

    private void store(Standing.Level stored, Standing now, Instant at) {
        rows.storeStanding(now.party(), now.level(), now.points(), at);
        if (stored != now.level()) {
            events.publishEvent(new CreditEvent.StandingChanged(now.party().type().name(), now.party().id(), stored,
                    now.level(), now.points(), at));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
