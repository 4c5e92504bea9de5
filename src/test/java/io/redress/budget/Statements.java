package io.redress.budget;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * What tests record of the statements {@link StatementCounting} sees: a recording takes the statements and
 * transactions of the threads it accepts (the calling thread, or all but the background pollers) until stopped.
 */
public final class Statements {

    private static final List<Recording> ACTIVE = new CopyOnWriteArrayList<>();

    private Statements() {
    }

    /** Records what the calling thread runs (a MockMvc request runs on it, filters and all). */
    public static Recording onThisThread() {
        Thread me = Thread.currentThread();
        return start(thread -> thread == me);
    }

    /** Records what all threads accepted by {@code threads} run (e.g. a payout's asynchronous listeners). */
    public static Recording onThreads(Predicate<Thread> threads) {
        return start(threads);
    }

    private static Recording start(Predicate<Thread> threads) {
        Recording recording = new Recording(threads);
        ACTIVE.add(recording);
        return recording;
    }

    static void executed(String sql, boolean autoCommit) {
        for (Recording r : ACTIVE) {
            r.executed(sql, autoCommit);
        }
    }

    static void transactionEnded() {
        for (Recording r : ACTIVE) {
            r.transactionEnded();
        }
    }

    /** The calling thread took a connection while it held another; recorded with where in Redress it did. */
    static void secondConnectionTaken() {
        if (ACTIVE.isEmpty()) {
            return;
        }
        String where = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("io.redress.") && !f.getClassName().startsWith("io.redress.budget."))
                .limit(3).map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .toList()).toString();
        for (Recording r : ACTIVE) {
            r.secondConnectionTaken(where);
        }
    }

    /** Statements and transactions counted so far; {@link #stop()} ends the recording. */
    public static final class Recording {

        private final Predicate<Thread> threads;
        private final List<String> sql = Collections.synchronizedList(new ArrayList<>());
        private final List<String> secondConnections = new ArrayList<>();
        private int transactions;

        private Recording(Predicate<Thread> threads) {
            this.threads = threads;
        }

        private synchronized void executed(String statement, boolean autoCommit) {
            if (threads.test(Thread.currentThread())) {
                sql.add(statement.replaceAll("\\s+", " ").trim());
                if (autoCommit) {
                    transactions++;
                }
            }
        }

        private synchronized void transactionEnded() {
            if (threads.test(Thread.currentThread())) {
                transactions++;
            }
        }

        private synchronized void secondConnectionTaken(String where) {
            if (threads.test(Thread.currentThread())) {
                secondConnections.add(Thread.currentThread().getName() + " in " + where);
            }
        }

        public Tally stop() {
            ACTIVE.remove(this);
            synchronized (this) {
                return new Tally(List.copyOf(sql), transactions, List.copyOf(secondConnections));
            }
        }
    }

    /**
     * The statements run (in order), the transactions they ran in, and each time a thread took a second connection
     * while it held one (its name and the Redress frames it did so in).
     */
    public record Tally(List<String> sql, int transactions, List<String> secondConnections) {

        public int statements() {
            return sql.size();
        }

        @Override
        public String toString() {
            return statements() + " statements in " + transactions + " transactions"
                    + (secondConnections.isEmpty() ? "" : ", a second connection taken " + secondConnections)
                    + ":\n  " + String.join("\n  ", sql);
        }
    }
}
