package io.redress.audit.internal;

import io.redress.audit.AuditFact;
import io.redress.audit.Canonical;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Links records onto the chain in the caller's transaction: lock the head, insert each record with the previous
 * hash, move the head (two statements on PostgreSQL, three elsewhere, however many records). A record's time never
 * goes back, so the records of a day are a prefix of the chain and a day's digest is a record's hash.
 */
@Component
class ChainLink {

    private final AuditRows rows;
    private final Clock clock;

    ChainLink(AuditRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    void append(List<AuditFact> facts) {
        append(facts, false);
    }

    /**
     * Appends {@code facts}; {@code last}: as the transaction's last statement, committed with it on PostgreSQL
     * ({@link io.redress.shared.LastStatement}), after which the transaction runs nothing more.
     */
    void append(List<AuditFact> facts, boolean last) {
        if (facts.isEmpty()) {
            return;
        }
        AuditRows.Head head = rows.lockHead();
        long seq = head.seq();
        String prev = head.hash();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (head.recordedAt() != null && at.isBefore(head.recordedAt())) {
            at = head.recordedAt();
        }
        List<AuditRows.Appended> appended = new ArrayList<>(facts.size());
        for (AuditFact fact : facts) {
            seq++;
            Map<String, Object> record = record(fact, seq, at, prev);
            String hash = Canonical.sha256(Canonical.json(record));
            record.put("hash", hash);
            appended.add(new AuditRows.Appended(seq, at, fact.fact(), fact.subject(), hash, Canonical.json(record)));
            prev = hash;
        }
        rows.appendAndMoveHead(appended, new AuditRows.Head(seq, prev, at), last);
    }

    /** The record as hashed: every field of the fact that is set, with seq, time and the previous hash. */
    static Map<String, Object> record(AuditFact fact, long seq, Instant at, String prev) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("seq", seq);
        record.put("at", at.toString());
        record.put("prev", prev);
        put(record, "fact", fact.fact());
        put(record, "subject", fact.subject());
        put(record, "actor", fact.actor());
        put(record, "role", fact.role());
        put(record, "reason", fact.reason());
        put(record, "comment", fact.comment());
        put(record, "before", fact.before());
        put(record, "after", fact.after());
        put(record, "ruleVersion", fact.ruleVersion());
        put(record, "details", fact.details());
        return record;
    }

    private static void put(Map<String, Object> record, String key, Object value) {
        if (value != null) {
            record.put(key, value);
        }
    }
}
