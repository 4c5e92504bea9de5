package io.redress.deadlines.internal;

import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import io.redress.shared.Databases;
import javax.sql.DataSource;

/**
 * How db-scheduler finds and claims due executions (redress.deadlines.polling). LOCK_AND_FETCH claims a batch in
 * one statement ({@code UPDATE … WHERE … IN (SELECT … FOR UPDATE SKIP LOCKED LIMIT n) RETURNING}), so nodes never
 * race for the same execution and a batch of firings costs one statement to claim; FETCH reads a batch of due
 * executions and claims each with its own compare-and-set {@code UPDATE} when a thread is free for it, the only
 * way on databases without {@code SKIP LOCKED} (H2). AUTO takes LOCK_AND_FETCH on PostgreSQL and FETCH elsewhere.
 */
public enum SchedulerPolling {
    AUTO, LOCK_AND_FETCH, FETCH;

    /**
     * Lock-and-fetch claims more once fewer than half the threads have work, up to one execution per thread: a node
     * never holds claimed executions that it cannot start, which another node could be running.
     */
    static final double LOCK_LOWER = 0.5;
    static final double LOCK_UPPER = 1.0;
    /** db-scheduler's own default for fetch-and-lock-on-execute. */
    static final double FETCH_LOWER = 0.5;
    static final double FETCH_UPPER = 3.0;

    /** Sets this strategy on {@code builder}, AUTO resolved against the database behind {@code dataSource}. */
    public SchedulerBuilder applyTo(SchedulerBuilder builder, DataSource dataSource) {
        return resolve(dataSource) == LOCK_AND_FETCH ? builder.pollUsingLockAndFetch(LOCK_LOWER, LOCK_UPPER)
                : builder.pollUsingFetchAndLockOnExecute(FETCH_LOWER, FETCH_UPPER);
    }

    /** LOCK_AND_FETCH or FETCH: AUTO is LOCK_AND_FETCH on PostgreSQL. */
    public SchedulerPolling resolve(DataSource dataSource) {
        if (this != AUTO) {
            return this;
        }
        return Databases.isPostgreSql(dataSource) ? LOCK_AND_FETCH : FETCH;
    }
}
