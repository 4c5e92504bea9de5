package io.redress.credit.internal;

import io.redress.credit.CreditInput;
import io.redress.credit.CreditKind;
import io.redress.credit.Party;
import io.redress.credit.Standing;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the credit inputs and the last standing of each party. */
@Repository
public class CreditRows {

    /** An input as stored: its id, when it was recorded, and whether (and why) it was voided. */
    public record Recorded(String inputId, CreditInput input, Instant recordedAt, Instant voidedAt, String voidReason) {
    }

    private static final String COLUMNS = "input_id, source_type, source_ref, case_id, rule_version, kind, party_type, "
            + "party_id, occurred_at, expires_at, note, recorded_at, voided_at, void_reason";

    private final JdbcClient jdbc;

    CreditRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the input unless one of the same source, kind and party exists: the new id, or empty. */
    public Optional<String> insert(CreditInput input, Instant recordedAt) {
        String id = "CI-" + UUID.randomUUID();
        CreditInput.Source s = input.source();
        int inserted = jdbc.sql("INSERT INTO credit_input (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)"
                + " ON CONFLICT DO NOTHING")
                .params(id, s.type(), s.ref(), s.caseId(), s.ruleVersion(), input.kind().name(), input.party().type().name(),
                        input.party().id(), utc(input.occurredAt()), utc(input.expiresAt()), input.note(), utc(recordedAt))
                .update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /** Voids the inputs of a source (a ruling overturned on review): kept, never counted again. */
    public List<Party> voidSource(String sourceType, String sourceRef, String reason, Instant at) {
        List<Party> parties = jdbc.sql("SELECT DISTINCT party_type, party_id FROM credit_input WHERE source_type = ? AND source_ref = ?"
                + " AND voided_at IS NULL").params(sourceType, sourceRef)
                .query((rs, n) -> new Party(Party.Type.valueOf(rs.getString(1)), rs.getString(2))).list();
        jdbc.sql("UPDATE credit_input SET voided_at = ?, void_reason = ? WHERE source_type = ? AND source_ref = ? AND voided_at IS NULL")
                .params(utc(at), reason, sourceType, sourceRef).update();
        return parties;
    }

    /** The party's inputs that occurred after {@code since}, voided ones included, newest first. */
    public List<Recorded> of(Party party, Instant since) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_input WHERE party_type = ? AND party_id = ? AND occurred_at > ?"
                + " ORDER BY occurred_at DESC, input_id LIMIT 5000")
                .params(party.type().name(), party.id(), utc(since)).query(CreditRows::row).list();
    }

    public boolean exists(String sourceType, String sourceRef, CreditKind kind, Party party) {
        return jdbc.sql("SELECT COUNT(*) FROM credit_input WHERE source_type = ? AND source_ref = ? AND kind = ? AND party_type = ?"
                + " AND party_id = ? AND voided_at IS NULL")
                .params(sourceType, sourceRef, kind.name(), party.type().name(), party.id()).query(Long.class).single() > 0;
    }

    /** Whether the case has an input of {@code kind} about the party (e.g. the seller refused it). */
    public boolean onCase(String caseId, CreditKind kind, Party party) {
        return jdbc.sql("SELECT COUNT(*) FROM credit_input WHERE case_id = ? AND kind = ? AND party_type = ? AND party_id = ?")
                .params(caseId, kind.name(), party.type().name(), party.id()).query(Long.class).single() > 0;
    }

    /** The standing last stored (last told) for a party: its level and points. */
    public record Stored(Standing.Level level, int points) {
    }

    /**
     * Locks the party's standing row (made on first use) for the rest of the transaction, so that two inputs
     * recorded at once see each other's points; returns the standing last stored.
     */
    public Stored lockStanding(Party party, Instant now) {
        jdbc.sql("INSERT INTO credit_standing (party_type, party_id, standing, points, updated_at) VALUES (?, ?, 'GOOD', 0, ?)"
                + " ON CONFLICT DO NOTHING").params(party.type().name(), party.id(), utc(now)).update();
        return jdbc.sql("SELECT standing, points FROM credit_standing WHERE party_type = ? AND party_id = ? FOR UPDATE")
                .params(party.type().name(), party.id())
                .query((rs, n) -> new Stored(Standing.Level.valueOf(rs.getString(1)), rs.getInt(2))).single();
    }

    public void storeStanding(Party party, Standing.Level level, int points, Instant now) {
        jdbc.sql("UPDATE credit_standing SET standing = ?, points = ?, updated_at = ? WHERE party_type = ? AND party_id = ?")
                .params(level.name(), points, utc(now), party.type().name(), party.id()).update();
    }

    /** Parties with an input recorded since {@code since}, the most recent first (the agents' review list). */
    public List<Party> recentParties(Instant since, int limit) {
        return jdbc.sql("SELECT party_type, party_id, MAX(recorded_at) AS latest FROM credit_input WHERE recorded_at > ?"
                + " GROUP BY party_type, party_id ORDER BY latest DESC LIMIT ?").params(utc(since), limit)
                .query((rs, n) -> new Party(Party.Type.valueOf(rs.getString(1)), rs.getString(2))).list();
    }

    private static Recorded row(ResultSet rs, int n) throws SQLException {
        CreditInput input = new CreditInput(new CreditInput.Source(rs.getString("source_type"), rs.getString("source_ref"),
                rs.getString("case_id"), rs.getString("rule_version")), CreditKind.valueOf(rs.getString("kind")),
                new Party(Party.Type.valueOf(rs.getString("party_type")), rs.getString("party_id")),
                instant(rs, "occurred_at"), instant(rs, "expires_at"), rs.getString("note"));
        return new Recorded(rs.getString("input_id"), input, instant(rs, "recorded_at"), instant(rs, "voided_at"),
                rs.getString("void_reason"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
