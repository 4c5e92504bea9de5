package io.redress.deadlines;

import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the DeadlineExpired events whose transaction committed, per case, in a test context. A plain listener
 * with its own after-commit hook: it must not take part in the event publication registry of the shared context.
 */
public final class ExpiredDeadlines implements ApplicationListener<PayloadApplicationEvent<DeadlineExpired>> {

    private static final Map<ApplicationContext, ExpiredDeadlines> BY_CONTEXT = new WeakHashMap<>();

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    private ExpiredDeadlines() {
    }

    /** The recorder of this context, registered the first time it is asked for. */
    public static synchronized ExpiredDeadlines of(ApplicationContext context) {
        return BY_CONTEXT.computeIfAbsent(context, c -> {
            ExpiredDeadlines recorder = new ExpiredDeadlines();
            ((ConfigurableApplicationContext) c).addApplicationListener(recorder);
            return recorder;
        });
    }

    @Override
    public void onApplicationEvent(PayloadApplicationEvent<DeadlineExpired> event) {
        String caseId = event.getPayload().caseId();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            increment(caseId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                increment(caseId);
            }
        });
    }

    private void increment(String caseId) {
        counts.computeIfAbsent(caseId, id -> new AtomicInteger()).incrementAndGet();
    }

    /** How many times the deadline of this case expired. */
    public int count(String caseId) {
        AtomicInteger count = counts.get(caseId);
        return count == null ? 0 : count.get();
    }

    /** How many of these cases have expired at least once. */
    public long expired(Set<String> caseIds) {
        return caseIds.stream().filter(id -> count(id) > 0).count();
    }

    /** Waits up to {@code millis} for every one of these cases to expire; true when they did. */
    public boolean await(Set<String> caseIds, long millis) throws InterruptedException {
        long giveUp = System.currentTimeMillis() + millis;
        while (expired(caseIds) < caseIds.size()) {
            if (System.currentTimeMillis() > giveUp) {
                return false;
            }
            Thread.sleep(25);
        }
        return true;
    }
}
