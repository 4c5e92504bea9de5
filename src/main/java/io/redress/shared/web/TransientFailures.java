package io.redress.shared.web;

import java.sql.SQLTransientException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Failures that say "not now" rather than "not this": no connection came from the pool within its timeout (every
 * connection busy, or the database unreachable), a lock was not granted in time, the database chose this transaction
 * as a deadlock's victim or could not serialise it. The transaction that met one was rolled back, and the same request
 * a moment later may well succeed, so the API answers 503 with Retry-After instead of an internal error.
 */
final class TransientFailures {

    /** Causes followed at most, so that a cyclic chain cannot loop. */
    private static final int DEPTH = 16;

    private TransientFailures() {
    }

    static boolean in(Throwable failure) {
        Throwable cause = failure;
        for (int i = 0; cause != null && i < DEPTH; i++, cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof TransientDataAccessException || cause instanceof SQLTransientException) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause's class and message, for a log line: where the failure began, without the stack. */
    static String root(Throwable failure) {
        Throwable root = failure;
        for (int i = 0; root.getCause() != null && root.getCause() != root && i < DEPTH; i++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
