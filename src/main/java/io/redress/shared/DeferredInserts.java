package io.redress.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts whose outcome the caller does not read (no generated key, no row count, no conflict it handles): on
 * PostgreSQL, inside a transaction, each is held by the transaction's connection and sent in the round trip of the
 * next statement the transaction runs, whatever it is, or with its commit ({@link DeferringConnections}); several
 * held inserts travel as one statement, each in a data-modifying {@code WITH}, run before that statement. The
 * database sees the same writes in the same order before anything else the transaction does, in fewer round trips.
 * A failure (a constraint the insert breaks) is reported by the statement or the commit that carried it, and the
 * transaction rolls back as it would have. Elsewhere (H2, or outside a transaction) the insert runs at once.
 *
 * <p>Only a plain {@code INSERT INTO table (columns) VALUES (...)[, (...)]} is accepted: no {@code SELECT} (the
 * statements of one {@code WITH} do not see each other's rows), no {@code ON CONFLICT}, no {@code RETURNING}. Any
 * other write whose outcome the caller does not read is held with {@link #write}: it runs as a statement of its own,
 * after what was held before it, in the same round trip.
 */
@Component
public class DeferredInserts {

    private static final Pattern PLAIN_INSERT = Pattern.compile(
            "(INSERT INTO (\\w+)\\s*\\(([\\w\\s,]+)\\)\\s*VALUES)\\s*(\\(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern NOT_PLAIN = Pattern.compile("\\b(SELECT|RETURNING|CONFLICT)\\b|;",
            Pattern.CASE_INSENSITIVE);

    /** Each insert's table, its {@code INSERT INTO table (columns) VALUES} and its rows, once checked. */
    private record Parsed(String table, String into, String values) {
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    DeferredInserts(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Inserts the row(s) of {@code sql} with {@code params}, now or with the transaction's next statement. */
    public void insert(String sql, Object... params) {
        insert(parsed.computeIfAbsent(sql, DeferredInserts::parse), params);
    }

    private void insert(Parsed insert, Object[] params) {
        Optional<DeferringConnections.Deferring> deferring = DeferringConnections.ofTransaction(dataSource);
        if (deferring.isPresent()) {
            deferring.get().defer(insert.table(), insert.into(), insert.values(), params);
            return;
        }
        jdbc.update(insert.into() + " " + insert.values(), params);
    }

    /**
     * Runs the write {@code sql} (an {@code UPDATE}, a {@code DELETE}, an insert that may conflict) with
     * {@code params}, now or in the round trip of the transaction's next statement, when the caller reads nothing of
     * its outcome: neither its row count nor a conflict (a failure still fails the transaction, reported by the
     * statement that carried it). Locks it takes are taken then, after what was held before it and before that
     * statement: hold only writes to rows the transaction has already locked, or whose lock order does not matter.
     */
    public void write(String sql, Object... params) {
        Optional<DeferringConnections.Deferring> deferring = DeferringConnections.ofTransaction(dataSource);
        if (deferring.isPresent()) {
            deferring.get().deferWrite(sql, params);
            return;
        }
        jdbc.update(sql, params);
    }

    /**
     * Takes the row locks of {@code sql}, a {@code SELECT … FOR UPDATE} whose rows the caller does not read, with
     * the transaction's next statement (in its round trip, right before it) on PostgreSQL, at once elsewhere. The
     * caller learns whether the rows exist from what it reads next, and runs nothing else before that: the locks
     * are held from that statement on.
     */
    public void lock(String sql, Object... params) {
        Optional<DeferringConnections.Deferring> deferring = DeferringConnections.ofTransaction(dataSource);
        if (deferring.isPresent()) {
            deferring.get().deferWrite(sql, params);
            return;
        }
        jdbc.query(sql, rows -> { }, params);
    }

    private static Parsed parse(String sql) {
        Matcher plain = PLAIN_INSERT.matcher(sql.strip());
        if (!plain.matches() || NOT_PLAIN.matcher(sql).find()) {
            throw new IllegalArgumentException("not a plain INSERT ... VALUES: " + sql);
        }
        return new Parsed(plain.group(2).toLowerCase(Locale.ROOT),
                plain.group(1).replaceAll("\\s+", " "), plain.group(4).strip());
    }

    /**
     * Inserts {@code rows} with the one-row insert {@code sql} ({@code INSERT INTO t (a, b) VALUES (?, ?)}), as one
     * statement of as many rows; nothing when there are none.
     */
    public void insertRows(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Parsed one = parsed.computeIfAbsent(sql, DeferredInserts::parse);
        StringBuilder values = new StringBuilder(one.values());
        List<Object> params = new ArrayList<>(rows.size() * rows.get(0).length);
        params.addAll(Arrays.asList(rows.get(0)));
        for (Object[] row : rows.subList(1, rows.size())) {
            values.append(", ").append(one.values());
            params.addAll(Arrays.asList(row));
        }
        insert(new Parsed(one.table(), one.into(), values.toString()), params.toArray());
    }
}
