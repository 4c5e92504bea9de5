package io.redress.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grows the application's PostgreSQL database to N more cases in SQL, at thousands of cases per second: two template
 * cases are made through the API (one agreed and paid back, one waiting for the seller, each on its own order), then
 * every row they left (order, lines, discounts, shares, payments, fulfilment; case, lines, timeline, reservation,
 * quote; deadline and its db-scheduler execution; refund decision, request and attempts; ledger entries, lines,
 * accounts and the order's owners) is copied with {@code INSERT … SELECT … FROM generate_series} under new ids,
 * seven copies in ten from the paid-back template and three from the waiting one ({@code --waiting} tenths), in
 * chunks of one transaction each, then {@code ANALYZE}.
 *
 * <p>Every id of a template (order, case, deadline, decision, ledger entry) is replaced in every text column where
 * it occurs, so references, refund references and attempt keys stay consistent; buyer and shop ids spread the copies
 * over 100,003 buyers and 997 shops, with one case in ten kept for buyer-1 and shop-1 (the load run's caller: at
 * 1M cases buyer-1 has 100,000); times move back so the copies are spread over the year before now, except the
 * waiting cases' deadlines, spread over the next {@code deadline-spread} seconds from the template's due time so
 * none fires during the run unless asked. Not copied: the audit trail (a hash chain, one per database) and the
 * event registry's completed rows (deleted after an hour anyway).
 */
final class SqlGrowth {

    /** Tables holding a template's rows, each with the condition that selects them ({@code :order}, {@code :case}). */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("orders", "order_id = :order");
        TABLES.put("order_lines", "order_id = :order");
        TABLES.put("order_discounts", "order_id = :order");
        TABLES.put("order_discount_shares", "order_id = :order");
        TABLES.put("order_payments", "order_id = :order");
        TABLES.put("order_fulfilment", "order_id = :order");
        TABLES.put("ledger_order", "order_id = :order");
        TABLES.put("after_sale_case", "case_id = :case");
        TABLES.put("after_sale_case_line", "case_id = :case");
        TABLES.put("after_sale_case_event", "case_id = :case");
        TABLES.put("after_sale_case_reservation", "case_id = :case");
        TABLES.put("after_sale_case_quote", "case_id = :case");
        TABLES.put("case_deadline", "case_id = :case");
        TABLES.put("scheduled_tasks", "task_instance IN (SELECT deadline_id FROM case_deadline WHERE case_id = :case)");
        TABLES.put("refund_decision", "case_id = :case");
        TABLES.put("refund_request", "refund_ref = :case");
        TABLES.put("refund_attempt", "refund_ref = :case");
        TABLES.put("ledger_account", "account LIKE '%' || :order || '%' OR account LIKE '%' || :case || '%'");
        TABLES.put("ledger_entry", "order_id = :order OR reference LIKE '%' || :case || '%'");
        TABLES.put("ledger_line", "entry_id IN (SELECT entry_id FROM ledger_entry WHERE order_id = :order"
                + " OR reference LIKE '%' || :case || '%')");
    }

    /** Columns that keep the template's future time, spread forward: a waiting case's running deadline. */
    private static final List<String> DUE_TIMES = List.of("due_at", "execution_time", "deadline_at");

    private static final int CHUNK = 50_000;
    private static final int BALLAST_CHUNK = 250_000;

    private final Map<String, String> env;
    private final String database;
    private final int deadlineSpreadSeconds;
    private final int waitingTenths;

    SqlGrowth(String host, String port, String user, String database, int deadlineSpreadSeconds, int waitingTenths) {
        this.env = Map.of("PGHOST", host, "PGPORT", port, "PGUSER", user);
        this.database = database;
        this.deadlineSpreadSeconds = deadlineSpreadSeconds;
        this.waitingTenths = waitingTenths;
    }

    /** Adds {@code cases} cases after making the two templates through {@code api}. */
    void grow(Api api, long cases) throws Exception {
        long start = System.nanoTime();
        String paidOrder = api.sign(api.ship(api.pushOrder(2_000_000_000L)));
        String paidCase = api.agree(api.apply(paidOrder));
        String waitingOrder = api.sign(api.ship(api.pushOrder(2_000_000_001L)));
        String waitingCase = api.apply(waitingOrder);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!api.status(paidCase).equals("REFUNDED") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Template paid = template(paidOrder, paidCase);
        Template waiting = template(waitingOrder, waitingCase);
        long existing = Long.parseLong(psql("SELECT COUNT(*) FROM after_sale_case").trim());
        System.out.printf("growing %s from %d cases by %d in SQL (templates %s, %s)%n", database, existing, cases,
                paidCase, waitingCase);
        long first = existing + 1;
        for (long from = first; from < first + cases; from += CHUNK) {
            long to = Math.min(from + CHUNK - 1, first + cases - 1);
            StringBuilder sql = new StringBuilder("BEGIN;\n");
            if (waitingTenths < 10) {
                sql.append(copy(paid, from, to, "n % 10 < " + (10 - waitingTenths), first + cases));
            }
            if (waitingTenths > 0) {
                sql.append(copy(waiting, from, to, "n % 10 >= " + (10 - waitingTenths), first + cases));
            }
            sql.append("COMMIT;\n");
            psql(sql.toString());
            System.out.printf("  %d cases copied (%.0f/s)%n", to - first + 1,
                    (to - first + 1) / ((System.nanoTime() - start) / 1e9));
        }
        psql("ANALYZE;");
        System.out.printf("grown by %d cases in %.0f s%n", cases, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Adds {@code disputes} rows to the agents' queue (the intervention table only, which is all the queue reads),
     * one per case without one, oldest cases first: in each ten, five closed (FINAL, FINAL, RULED, NOT_ACCEPTED,
     * WITHDRAWN: no SLA, as closing leaves them), four open on an SLA (REQUESTED, FIRST_REVIEW, SUPERVISOR_REVIEW,
     * EVIDENCE) due over the next week, one open without one (ACCEPTED); one in ten held by agent1. The cases' own
     * intervention status is not changed: these rows measure the queue, not the disputes.
     */
    void disputes(long disputes) throws Exception {
        long start = System.nanoTime();
        psql("INSERT INTO intervention (case_id, order_id, status, requested_by, requested_at, agent, claimed_at,"
                + " sla_started_at, sla_due_at, updated_at)"
                + " SELECT case_id, order_id, s.status, 'BUYER', created_at, CASE WHEN n % 10 = 3 THEN 'agent1' END,"
                + " CASE WHEN n % 10 = 3 THEN created_at END,"
                + " CASE WHEN s.timed THEN created_at END,"
                + " CASE WHEN s.timed THEN now() + (n % 604800) * INTERVAL '1 second' END, created_at"
                + " FROM (SELECT case_id, order_id, created_at, row_number() OVER (ORDER BY created_at, case_id) AS n"
                + "   FROM after_sale_case c WHERE NOT EXISTS (SELECT 1 FROM intervention i WHERE i.case_id = c.case_id)"
                + "   ORDER BY created_at, case_id LIMIT " + disputes + ") c"
                + " JOIN (VALUES (0, 'FINAL', false), (1, 'FINAL', false), (2, 'RULED', false),"
                + "   (3, 'NOT_ACCEPTED', false), (4, 'WITHDRAWN', false), (5, 'REQUESTED', true),"
                + "   (6, 'FIRST_REVIEW', true), (7, 'SUPERVISOR_REVIEW', true), (8, 'EVIDENCE', true),"
                + "   (9, 'ACCEPTED', false)) AS s (k, status, timed) ON s.k = c.n % 10;\n"
                + "ANALYZE intervention;");
        System.out.printf("%d disputes added to the agents' queue in %.0f s%n", disputes,
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * Tops the pending case deadlines up to {@code pending} with deadlines alone: a deadline row and its db-scheduler
     * execution each, copied from a waiting case's deadline under new ids, due over the week after the next hour
     * (so none fires during a run), for a case id that names no case (one that fired anyway would find no case
     * and do nothing). What the scheduler polls and the firing locks is then as large as with that many waiting
     * cases, at a few seconds per 100,000 instead of a full case each; the deadlines that are made due (by
     * {@link #deadlineLag}) are those of real waiting cases.
     */
    void pendingDeadlines(long pending) throws Exception {
        long start = System.nanoTime();
        long existing = Long.parseLong(psql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'case-deadline'")
                .trim());
        long first = Long.parseLong(psql("SELECT COUNT(*) FROM case_deadline WHERE case_id LIKE 'ballast-%'").trim()) + 1;
        System.out.printf("topping %s up from %d to %d pending deadlines%n", database, existing, pending);
        for (long from = first, left = pending - existing; left > 0; from += BALLAST_CHUNK, left -= BALLAST_CHUNK) {
            long to = from + Math.min(left, BALLAST_CHUNK) - 1;
            String series = " FROM generate_series(" + from + ", " + to + ") n, (SELECT timer_id, party, on_expiry"
                    + " FROM case_deadline WHERE fired_at IS NULL LIMIT 1) t";
            String due = "now() + interval '1 hour' + (n % 604800) * interval '1 second'";
            psql("BEGIN;\n"
                    + "INSERT INTO case_deadline (case_id, deadline_id, timer_id, party, due_at, on_expiry, set_at)"
                    + " SELECT 'ballast-' || n, md5('ballast-' || n)::uuid::text, t.timer_id, t.party, " + due
                    + ", t.on_expiry, now()" + series + ";\n"
                    + "INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)"
                    + " SELECT 'case-deadline', md5('ballast-' || n)::uuid::text, " + due + ", false, 1" + series + ";\n"
                    + "COMMIT;\n");
            System.out.printf("  %d deadlines added (%.0f/s)%n", to - first + 1,
                    (to - first + 1) / ((System.nanoTime() - start) / 1e9));
        }
        psql("ANALYZE case_deadline; ANALYZE scheduled_tasks;");
    }

    /**
     * Firing lag under every pending deadline: moves the due time of {@code probes} pending deadlines (case row,
     * deadline row and db-scheduler execution together) to points spread evenly over the next
     * {@code windowSeconds} (from 20 s on), waits for the window and a margin, and reads for each probe the time
     * from its due time to the first step on its case's timeline after it (the expiry's transition, which commits
     * with the firing). Prints pending deadlines, p50/p99/max lag and how many did not fire.
     */
    void deadlineLag(int probes, int windowSeconds) throws Exception {
        String pending = psql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'case-deadline'").trim();
        psql("CREATE TABLE IF NOT EXISTS load_deadline_probe (case_id VARCHAR(64) PRIMARY KEY,"
                + " due_at TIMESTAMP WITH TIME ZONE NOT NULL, version BIGINT NOT NULL);\n"
                + "TRUNCATE load_deadline_probe;\n"
                + "BEGIN;\n"
                + "INSERT INTO load_deadline_probe SELECT d.case_id, now() + interval '20 seconds'"
                + " + (row_number() OVER (ORDER BY d.case_id)) * interval '1 second' * " + windowSeconds + ".0 / " + probes
                + ", c.version FROM case_deadline d JOIN after_sale_case c ON c.case_id = d.case_id"
                + " WHERE d.fired_at IS NULL AND d.due_at > now() + interval '1 hour' LIMIT " + probes + ";\n"
                + "UPDATE scheduled_tasks s SET execution_time = p.due_at FROM load_deadline_probe p, case_deadline d"
                + " WHERE d.case_id = p.case_id AND s.task_name = 'case-deadline' AND s.task_instance = d.deadline_id;\n"
                + "UPDATE case_deadline d SET due_at = p.due_at FROM load_deadline_probe p WHERE d.case_id = p.case_id;\n"
                + "UPDATE after_sale_case c SET deadline_at = p.due_at FROM load_deadline_probe p"
                + " WHERE c.case_id = p.case_id;\n"
                + "COMMIT;\n");
        System.out.printf("deadline lag: %s pending deadlines, %d probes due over %d s from 20 s on%n", pending, probes,
                windowSeconds);
        Thread.sleep((20L + windowSeconds + 30L) * 1000);
        String lag = psql("SELECT COUNT(e.at), round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM"
                + " e.at - p.due_at))::numeric * 1000), round(percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM"
                + " e.at - p.due_at))::numeric * 1000), round(max(extract(epoch FROM e.at - p.due_at))::numeric * 1000)"
                + " FROM load_deadline_probe p LEFT JOIN LATERAL (SELECT min(happened_at) AS at FROM after_sale_case_event"
                + " x WHERE x.case_id = p.case_id AND x.version > p.version) e ON TRUE").trim();
        String[] v = lag.split("\\|", -1);
        System.out.printf("  firing lag with %s deadlines pending: p50 %s ms, p99 %s ms, max %s ms; fired %s of %d%n",
                pending, v[1], v[2], v[3], v[0], probes);
        // an expiry that agrees for a silent seller starts the payout: how long after the due time the money was back
        String refunded = psql("SELECT COUNT(e.at), round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM"
                + " e.at - p.due_at))::numeric * 1000), round(percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM"
                + " e.at - p.due_at))::numeric * 1000), round(max(extract(epoch FROM e.at - p.due_at))::numeric * 1000)"
                + " FROM load_deadline_probe p JOIN LATERAL (SELECT min(happened_at) AS at FROM after_sale_case_event"
                + " x WHERE x.case_id = p.case_id AND x.version > p.version AND x.to_status = 'REFUNDED') e ON e.at IS NOT NULL")
                .trim();
        String[] r = refunded.split("\\|", -1);
        System.out.printf("  due → REFUNDED: p50 %s ms, p99 %s ms, max %s ms; refunded %s of %d%n", r[1], r[2], r[3], r[0],
                probes);
    }

    /** A template case: its ids and the ids of what it owns (deadline, decision), each replaced in every copy. */
    private record Template(String orderId, String caseId, Map<String, String> tokens, long entries) {
    }

    private Template template(String orderId, String caseId) throws IOException, InterruptedException {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put(caseId, "'C-' || md5(" + literal(caseId) + " || n)::uuid");
        tokens.put(orderId, literal(orderId + "-g") + " || n");
        for (String id : lines(psql("SELECT deadline_id FROM case_deadline WHERE case_id = " + literal(caseId)))) {
            tokens.put(id, "md5(" + literal(id) + " || n)::uuid::text");
        }
        for (String id : lines(psql("SELECT decision_id FROM refund_decision WHERE case_id = " + literal(caseId)))) {
            tokens.put(id, id.length() == 36 ? "md5(" + literal(id) + " || n)::uuid::text"
                    : literal(id) + " || '-g' || n");
        }
        long entries = Long.parseLong(psql("SELECT COUNT(*) FROM ledger_entry WHERE " + where("ledger_entry", orderId,
                caseId)).trim());
        return new Template(orderId, caseId, tokens, entries);
    }

    /** The statements copying {@code t} for every n in from..to that matches {@code which}. */
    private String copy(Template t, long from, long to, String which, long last) throws IOException, InterruptedException {
        StringBuilder sql = new StringBuilder();
        // ledger entry ids: a block of the identity's values reserved for this chunk before anything is inserted
        sql.append("CREATE TEMP TABLE IF NOT EXISTS grow_base (base BIGINT);\nTRUNCATE grow_base;\n")
                .append("INSERT INTO grow_base SELECT nextval(pg_get_serial_sequence('ledger_entry', 'entry_id'));\n")
                .append("SELECT setval(pg_get_serial_sequence('ledger_entry', 'entry_id'), (SELECT base FROM grow_base) + ")
                .append((to - from + 1) * Math.max(1, t.entries()) + 1).append(");\n");
        String series = " FROM generate_series(" + from + ", " + to + ") n";
        String years = "((" + last + " - n) * interval '1 second' * (31536000.0 / " + last + "))";
        for (Map.Entry<String, String> table : TABLES.entrySet()) {
            List<String[]> columns = columns(table.getKey());
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (String[] column : columns) {
                names.add(column[0]);
                values.add(value(t, table.getKey(), column[0], column[1], years, from));
            }
            boolean ledger = table.getKey().equals("ledger_entry") || table.getKey().equals("ledger_line");
            String rows = "SELECT " + String.join(", ", values) + series + ", " + table.getKey()
                    + (ledger ? ", grow_base, (SELECT entry_id AS old_id, dense_rank() OVER (ORDER BY entry_id) AS rank"
                    + " FROM ledger_entry WHERE " + where("ledger_entry", t.orderId(), t.caseId()) + ") e" : "")
                    + " WHERE " + which + " AND (" + where(table.getKey(), t.orderId(), t.caseId()) + ")"
                    + (ledger ? " AND e.old_id = " + table.getKey() + ".entry_id" : "");
            sql.append("INSERT INTO ").append(table.getKey()).append(" (").append(String.join(", ", names))
                    .append(") ").append(rows).append(table.getKey().equals("ledger_account") ? " ON CONFLICT DO NOTHING" : "")
                    .append(";\n");
        }
        return sql.toString();
    }

    private String value(Template t, String table, String column, String type, String years, long from) {
        String c = table + "." + column;
        if ((table.equals("ledger_entry") || table.equals("ledger_line")) && column.equals("entry_id")) {
            return "grow_base.base + (n - " + from + ") * " + Math.max(1, t.entries()) + " + e.rank";
        }
        if (column.equals("buyer_id")) {
            return "CASE WHEN n % 10 = 0 THEN 'buyer-1' ELSE 'gb-' || (n % 100003) END";
        }
        if (column.equals("shop_id")) {
            return "CASE WHEN n % 10 = 0 THEN 'shop-1' ELSE 'gs-' || (n % 997) END";
        }
        switch (type) {
            case "character varying", "text" -> {
                return replaced(t, c);
            }
            case "json", "jsonb" -> {
                return "(" + replaced(t, c + "::text") + ")::" + type;
            }
            case "timestamp with time zone" -> {
                return DUE_TIMES.contains(column) ? c + " + (n % " + Math.max(1, deadlineSpreadSeconds)
                        + ") * interval '1 second'" : c + " - " + years;
            }
            default -> {
                return c;
            }
        }
    }

    private static String replaced(Template t, String expression) {
        String e = expression;
        for (Map.Entry<String, String> token : t.tokens().entrySet()) {
            e = "replace(" + e + ", " + literal(token.getKey()) + ", " + token.getValue() + ")";
        }
        return e;
    }

    private static String where(String table, String orderId, String caseId) {
        return TABLES.get(table).replace(":order", literal(orderId)).replace(":case", literal(caseId));
    }

    /** Name and data type of each column of {@code table}, in order. */
    private List<String[]> columns(String table) throws IOException, InterruptedException {
        List<String[]> columns = new ArrayList<>();
        for (String line : lines(psql("SELECT column_name || '|' || data_type FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND table_name = " + literal(table) + " ORDER BY ordinal_position"))) {
            columns.add(line.split("\\|", 2));
        }
        return columns;
    }

    private static List<String> lines(String out) {
        return out.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private String psql(String sql) throws IOException, InterruptedException {
        return Pgbench.run(env, List.of("psql", "-d", database, "-v", "ON_ERROR_STOP=1", "-tAq", "-f", "-"), sql);
    }
}
