package io.redress.load;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * What the full case writes to PostgreSQL's write-ahead log, by table (--wal): the log's position before and after
 * the full-case stage, then the records between them read with {@code pg_walinspect} (PostgreSQL 15+, a contrib
 * extension the run creates in the application's database; it needs a superuser), each counted to the table it
 * changed (an index's records to its table) and divided by the cases of the stage: index and table records, bytes,
 * and of those the full-page images (the first change of a page after a checkpoint). Only the application's
 * database is counted (pgbench's runs in another one) and not the system catalogues (the planner statistics that a
 * run on a server without autovacuum refreshes). Commit records name no table and are left out; so are the last
 * payouts of the stage when they finish after it (tens of milliseconds of an 8-second stage).
 */
final class WalPerCase {

    private static final Pattern LSN = Pattern.compile("[0-9A-F]+/[0-9A-F]+");

    private final Psql psql;

    WalPerCase(Psql psql) {
        this.psql = psql;
    }

    void prepare() throws IOException, InterruptedException {
        psql.run("CREATE EXTENSION IF NOT EXISTS pg_walinspect");
    }

    /** The log's current insert position. */
    String position() throws IOException, InterruptedException {
        String lsn = psql.value("SELECT pg_current_wal_lsn()");
        if (!LSN.matcher(lsn).matches()) {
            throw new IllegalStateException("not a WAL position: " + lsn);
        }
        return lsn;
    }

    /** The records from {@code from} to {@code to}, by table, per case of {@code cases}, as psql prints them. */
    String perCase(String from, String to, long cases) throws IOException, InterruptedException {
        String sql = """
                WITH r AS (
                  SELECT record_length, fpi_length,
                         substring(block_ref FROM 'rel [0-9]+/([0-9]+)/[0-9]+')::oid AS db,
                         substring(block_ref FROM 'rel [0-9]+/[0-9]+/([0-9]+)')::oid AS file
                  FROM pg_get_wal_records_info('%1$s', '%2$s')
                ), named AS (
                  SELECT r.*, c.relkind, COALESCE(i.indrelid::regclass::text, c.relname) AS tbl
                  FROM r JOIN pg_class c ON c.relfilenode = r.file
                  LEFT JOIN pg_index i ON i.indexrelid = c.oid
                  WHERE r.db = (SELECT oid FROM pg_database WHERE datname = current_database())
                    AND c.relnamespace <> 'pg_catalog'::regnamespace AND c.relname NOT LIKE 'pg_toast%%'
                ), per_table AS (
                  SELECT tbl, count(*) FILTER (WHERE relkind = 'i') AS idx, count(*) FILTER (WHERE relkind <> 'i') AS heap,
                         sum(record_length) AS bytes, sum(fpi_length) AS images
                  FROM named GROUP BY ROLLUP (tbl)
                )
                SELECT COALESCE(tbl, 'all tables') AS "table",
                       round(heap::numeric / %3$d, 1) AS "table records", round(idx::numeric / %3$d, 1) AS "index records",
                       round(bytes::numeric / %3$d) AS bytes, round(images::numeric / %3$d) AS "of which page images"
                FROM per_table ORDER BY bytes DESC
                """.formatted(from, to, cases);
        return psql.table(sql);
    }
}
