package io.redress.audit.internal;

import io.redress.audit.AuditDigest;
import io.redress.shared.Databases;
import io.redress.shared.LastStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the audit tables. */
@Repository
class AuditRows {

    /** The chain's last record: its seq, hash and time (null while the chain is empty). */
    record Head(long seq, String hash, Instant recordedAt) {
    }

    /** A stored record: the exported line and the columns repeated from it. */
    record Row(long seq, String hash, String line) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final boolean postgres;
    private final LastStatement lastStatement;

    AuditRows(JdbcClient jdbc, JdbcTemplate batches, DataSource dataSource, LastStatement lastStatement) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.lastStatement = lastStatement;
        this.postgres = Databases.isPostgreSql(dataSource);
    }

    /** Locks the head row until the transaction ends: every append and every digest waits here in turn. */
    Head lockHead() {
        return jdbc.sql("SELECT seq, hash, recorded_at FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), instant(rs.getObject(3, OffsetDateTime.class))))
                .single();
    }

    /** A record to append: its chain position, time, fact, subject, hash and exported line. */
    record Appended(long seq, Instant at, String fact, String subject, String hash, String line) {
    }

    private static final String INSERT = "INSERT INTO audit_record (seq, recorded_at, fact, subject, hash, line) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?)";
    private static final String MOVE_HEAD = "UPDATE audit_chain_head SET seq = ?, hash = ?, recorded_at = ? WHERE id = 1";

    /**
     * Appends the records of one transaction and moves the head to the last of them. On PostgreSQL in one statement
     * (the insert in a data-modifying {@code WITH}), so the head, locked since {@link #lockHead}, is held for one
     * round trip less, and, when {@code last} (the transaction's last statement), sent with the commit
     * ({@link LastStatement}), which releases the head a round trip sooner again; elsewhere the records in one batch,
     * then the head.
     */
    void appendAndMoveHead(List<Appended> records, Head moved, boolean last) {
        List<Object> head = Arrays.asList(moved.seq(), moved.hash(), moved.recordedAt().atOffset(ZoneOffset.UTC));
        if (postgres) {
            List<Object> params = new ArrayList<>(records.size() * 6 + 3);
            records.forEach(r -> params.addAll(columns(r)));
            params.addAll(head);
            String sql = "WITH appended AS (" + INSERT + String.join(", ", Collections.nCopies(records.size(), ROW))
                    + ") " + MOVE_HEAD;
            requireMoved(last ? lastStatement.update(sql, params.toArray()) : jdbc.sql(sql).params(params).update());
            return;
        }
        batches.batchUpdate(INSERT + ROW, records.stream().map(r -> columns(r).toArray()).toList());
        requireMoved(jdbc.sql(MOVE_HEAD).params(head).update());
    }

    private static List<Object> columns(Appended r) {
        return Arrays.asList(r.seq(), r.at().atOffset(ZoneOffset.UTC), r.fact(), r.subject(), r.hash(), r.line());
    }

    private static void requireMoved(int moves) {
        if (moves != 1) {
            throw new IllegalStateException("the audit chain's head row is missing");
        }
    }

    /** Up to {@code limit} records after {@code afterSeq} and written before {@code until}, in chain order. */
    List<Row> page(long afterSeq, Instant from, Instant until, int limit) {
        return jdbc.sql("""
                SELECT seq, hash, line FROM audit_record WHERE seq > ? AND recorded_at >= ? AND recorded_at < ?
                ORDER BY seq LIMIT ?""")
                .params(afterSeq, from.atOffset(ZoneOffset.UTC), until.atOffset(ZoneOffset.UTC), limit)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The last record written before {@code until}, if any. */
    Optional<Head> lastBefore(Instant until) {
        return jdbc.sql("SELECT seq, hash, recorded_at FROM audit_record WHERE recorded_at < ? ORDER BY seq DESC LIMIT 1")
                .param(until.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), instant(rs.getObject(3, OffsetDateTime.class))))
                .optional();
    }

    Optional<Instant> firstRecordedAt() {
        return jdbc.sql("SELECT MIN(recorded_at) FROM audit_record").query(OffsetDateTime.class).list().stream()
                .filter(Objects::nonNull).findFirst().map(AuditRows::instant);
    }

    Optional<LocalDate> lastDigestDay() {
        return jdbc.sql("SELECT MAX(digest_day) FROM audit_digest").query(LocalDate.class).list().stream()
                .filter(Objects::nonNull).findFirst();
    }

    boolean addDigest(AuditDigest digest) {
        return jdbc.sql("INSERT INTO audit_digest (digest_day, seq, hash, recorded_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(digest.day(), digest.seq(), digest.hash(), digest.recordedAt().atOffset(ZoneOffset.UTC)).update() == 1;
    }

    List<AuditDigest> digests(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT digest_day, seq, hash, recorded_at FROM audit_digest WHERE digest_day >= ? AND digest_day <= ? ORDER BY digest_day DESC")
                .params(from, to)
                .query((rs, n) -> new AuditDigest(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3),
                        instant(rs.getObject(4, OffsetDateTime.class))))
                .list();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
