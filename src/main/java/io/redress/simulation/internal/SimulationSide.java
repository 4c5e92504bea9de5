package io.redress.simulation.internal;

import io.redress.advance.Advance;
import io.redress.advance.Advances;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseDesk;
import io.redress.aftersale.CaseEvent;
import io.redress.aftersale.CaseIntake;
import io.redress.aftersale.CaseTransitioned;
import io.redress.aftersale.Cases;
import io.redress.credit.Party;
import io.redress.credit.Penalties;
import io.redress.credit.Penalty;
import io.redress.deadlines.DueTimes;
import io.redress.evidence.EvidenceStore;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.intervention.Interventions;
import io.redress.orders.internal.Fulfilment;
import io.redress.orders.internal.OrderIntake;
import io.redress.payments.PaymentGateway;
import io.redress.payments.RefundSenders;
import io.redress.postrefund.Receivables;
import io.redress.policy.Policies;
import io.redress.policy.PolicyRules;
import io.redress.policy.TimerId;
import io.redress.policy.TimerSetting;
import io.redress.shared.AfterCommit;
import io.redress.shared.ClockAdvanced;
import io.redress.simulation.SimulatedPolicy;
import io.redress.simulation.SimulationProgress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One side of a comparison: the whole application started in-process on an in-memory H2 database of its own, with
 * the simulated clock as its {@link java.time.Clock}, the scenario's PSP behind the gateway SPI, no web server, no demo
 * data, and listeners that Spring runs asynchronously run in the thread that committed, so that the run does not
 * depend on thread timing. The policy under test is published as the default profile's version in force, the plan is
 * played to the horizon, and every case's timeline is read back.
 */
final class SimulationSide {

    /** Cases changed by the engine since the market last looked, collected after each commit. */
    static final class Observer {
        private final ConcurrentLinkedQueue<String> changed = new ConcurrentLinkedQueue<>();
        private final AtomicLong transitions = new AtomicLong();

        @EventListener
        void on(CaseTransitioned transitioned) {
            AfterCommit.run(() -> {
                transitions.incrementAndGet();
                changed.add(transitioned.caseId());
            });
        }

        Set<String> drain() {
            Set<String> ids = new TreeSet<>();
            for (String id = changed.poll(); id != null; id = changed.poll()) {
                ids.add(id);
            }
            return ids;
        }
    }

    /** What a side produced: every case's history, the engine's refusals, and how much was played. */
    record Played(List<CaseHistory> histories, Map<String, Integer> refusals, List<PlannedOrder> refusedApplications,
            int orders, long actions, long transitions, long pspCalls, Instant end, Map<String, Instant> firstPenalty,
            long ranByScheduler, long reconciliationBreaks) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SimulationSide.class);
    private static final Object STARTING = new Object();
    /**
     * What is still at work, in one statement: a leg unsent or sent without an answer recorded, a completed refund
     * whose case is not marked refunded yet, a listener Spring Modulith runs after commit (expiries, payouts, postings).
     */
    private static final String BUSY = "SELECT (SELECT COUNT(*) FROM refund_attempt WHERE status = 'REQUESTED'"
            + " OR (status = 'UNKNOWN' AND last_error IS NULL AND parked = FALSE))"
            + " + (SELECT COUNT(*) FROM after_sale_case c WHERE c.status = 'REFUNDING'"
            + " AND EXISTS (SELECT 1 FROM refund_attempt a WHERE a.refund_ref = c.case_id)"
            + " AND NOT EXISTS (SELECT 1 FROM refund_attempt a WHERE a.refund_ref = c.case_id AND a.status <> 'SUCCEEDED'))"
            + " + (SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND (status IS NULL"
            + " OR status IN ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')))";
    private static final Duration QUIET_PATIENCE = Duration.ofSeconds(60);
    /** db-scheduler's name of the deadlines module's one-time task, whose executions leave the table when they fire. */
    private static final String CASE_DEADLINE_TASK = "case-deadline";

    private SimulationSide() {
    }

    /** Plays {@code plan} under {@code rules} in a new {@code application}; {@code keepLogging} keeps the application's own logging configuration. */
    static Played play(Class<?> application, Plan plan, PolicyRules rules, String side, SimulationProgress progress,
            boolean keepLogging) {
        ZoneId zone = rules.zone();
        Instant start = plan.scenario().start().toInstant();
        SimulationClock clock = new SimulationClock(start, zone);
        SimulatedPsp psp = new SimulatedPsp(plan.scenario().psp(), plan.scenario().seed(), clock);
        Observer observer = new Observer();
        RunThreadExecutor senders = new RunThreadExecutor();
        SpringApplication app = new SpringApplication(application);
        if (keepLogging) {
            app.setListeners(app.getListeners().stream()
                    .filter(l -> !(l instanceof LoggingApplicationListener)).toList());
        }
        app.addInitializers(context -> {
            GenericApplicationContext generic = (GenericApplicationContext) context;
            generic.registerBean("taskExecutor", TaskExecutor.class, SyncTaskExecutor::new);
            generic.registerBean("simulationObserver", Observer.class, () -> observer);
            generic.registerBean(RefundSenders.BEAN, Executor.class, () -> senders);
            generic.registerBean("simulationBeans", BeanDefinitionRegistryPostProcessor.class, () -> new Replacements(clock, psp));
            generic.registerBean("simulationPausedScheduler", BeanPostProcessor.class, PausedScheduler::new);
        });
        try (ConfigurableApplicationContext context = start(app, side)) {
            return run(context, plan, rules, side, clock, new Quiet(context.getBean(JdbcClient.class), psp, observer, senders),
                    observer, psp, progress);
        }
    }

    /**
     * Starts a side's application, one at a time: the sides of a comparison are played at once, but starting an
     * application sets up process-wide things (the logging system) that two starts must not do together.
     */
    private static ConfigurableApplicationContext start(SpringApplication app, String side) {
        synchronized (STARTING) {
            return app.run(arguments(side));
        }
    }

    private static Played run(ConfigurableApplicationContext context, Plan plan, PolicyRules rules, String side,
            SimulationClock clock, Quiet quiet, Observer observer, SimulatedPsp psp, SimulationProgress progress) {
        if (!context.getBean(Scheduler.class).getSchedulerState().isPaused()) {
            throw new IllegalStateException("the engine's scheduler must be paused before a run");
        }
        Policies policies = context.getBean(Policies.class);
        policies.publish(policies.defaultProfile(), new SimulatedPolicy(side, rules).asChange(), "simulation");
        Cases cases = context.getBean(Cases.class);
        Market market = new Market(plan, context.getBean(OrderIntake.class), context.getBean(Fulfilment.class),
                context.getBean(CaseIntake.class), context.getBean(CaseDesk.class), cases,
                context.getBean(Interventions.class), context.getBean(EvidenceStore.class), context.getBean(Advances.class),
                context.getBean(Receivables.class), rules.zone());
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        market.schedule();
        Instant start = clock.instant();
        Instant end = plan.scenario().start().toInstant().plus(Duration.ofDays(plan.scenario().horizonDays()));
        long steps = 0;
        while (true) {
            Instant engine = engineNext(jdbc);
            Instant next = nextStep(market.next(), engine, clock.instant());
            if (next == null || next.isAfter(end)) {
                break;
            }
            advance(context, clock, jdbc, quiet, next, engine);
            market.runDue(next);
            quiet.await();
            market.changed(observer.drain(), next);
            if (++steps % 200 == 0) {
                progress.at(side, fraction(start, end, next), market.actions() + observer.transitions.get());
            }
        }
        advance(context, clock, jdbc, quiet, end, engineNext(jdbc));
        quiet.await();
        market.changed(observer.drain(), end);
        progress.at(side, 1.0, market.actions() + observer.transitions.get());
        List<CaseHistory> histories = histories(context, plan, market, rules, end);
        return new Played(histories, market.refusals(), market.refusedApplications(), plan.orders().size(), market.actions(),
                observer.transitions.get(), psp.calls(), end, firstPenalties(context, histories), ranByScheduler(jdbc),
                reconciliationBreaks(jdbc));
    }

    private static void advance(ConfigurableApplicationContext context, SimulationClock clock, JdbcClient jdbc,
            Quiet quiet, Instant to, Instant engineDue) {
        Instant from = clock.moveTo(to);
        if (engineDue == null || engineDue.isAfter(to)) {
            return;
        }
        fireDue(context, jdbc, to);
        quiet.await();
        Instant due = engineNext(jdbc);
        if (due != null && !due.isAfter(to)) {
            context.publishEvent(new ClockAdvanced(from, to));
            quiet.await();
        }
    }

    /**
     * Runs every execution due by {@code now} in this thread, earliest first, through the task db-scheduler would run:
     * a deadline (the deadlines module's one-time task) is taken off the scheduler's table first, a recurring job (the
     * daily audit digest and ledger reconciliation, the refund reconciliation, the payout redelivery) is run and then
     * moved to the time its own completion handler (or failure handler, when it failed) gives. What a poll of the
     * scheduler would do, without waiting for one, and in the run's order: the scheduler itself is paused for the
     * whole run, so none of its threads picks an execution while the run has moved on.
     */
    private static void fireDue(ConfigurableApplicationContext context, JdbcClient jdbc, Instant now) {
        Map<String, Task<?>> tasks = new java.util.HashMap<>();
        for (Task<?> task : context.getBeansOfType(Task.class).values()) {
            tasks.put(task.getName(), task);
        }
        java.time.OffsetDateTime at = now.atOffset(java.time.ZoneOffset.UTC);
        while (true) {
            // executions due at the same time fire in the plan's order of their cases' orders: a deadline's instance
            // and a case's id are random, and firing in their order would let them decide which of two cases goes first
            List<Map<String, Object>> due = jdbc.sql("SELECT t.task_name, t.task_instance FROM scheduled_tasks t"
                            + " LEFT JOIN case_deadline d ON d.deadline_id = t.task_instance"
                            + " LEFT JOIN after_sale_case c ON c.case_id = d.case_id"
                            + " WHERE t.picked = FALSE AND t.execution_time <= ?"
                            + " ORDER BY t.execution_time, t.task_name, c.order_id, t.task_instance FETCH FIRST 100 ROWS ONLY")
                    .params(at).query().listOfRows();
            if (due.isEmpty()) {
                return;
            }
            for (Map<String, Object> row : due) {
                String name = (String) row.get("task_name");
                String instance = (String) row.get("task_instance");
                Task<?> task = tasks.get(name);
                if (task == null) {
                    throw new IllegalStateException("no task " + name + " for a due execution");
                }
                if (task instanceof RecurringTask) {
                    Instant next = runRecurring(task, instance, now);
                    jdbc.sql("UPDATE scheduled_tasks SET execution_time = ?, last_success = ?, consecutive_failures = 0"
                                    + " WHERE task_name = ? AND task_instance = ? AND picked = FALSE")
                            .params(next.atOffset(java.time.ZoneOffset.UTC), at, name, instance).update();
                } else if (jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = ? AND task_instance = ? AND picked = FALSE")
                        .params(name, instance).update() == 1) {
                    run(task, instance);
                }
            }
        }
    }

    private static <T> void run(Task<T> task, String instance) {
        task.execute(task.instance(instance), null);
    }

    /**
     * Runs a recurring execution and returns when it is due next, as the task itself answers: its completion handler
     * (or, when it failed, its failure handler) reschedules it by its own schedule, here into a record of the time
     * instead of the scheduler's table.
     */
    private static <T> Instant runRecurring(Task<T> task, String instance, Instant now) {
        TaskInstance<T> taskInstance = task.instance(instance);
        Execution execution = new Execution(now, taskInstance);
        NextTime<T> next = new NextTime<>(execution);
        try {
            task.execute(taskInstance, null).complete(ExecutionComplete.success(execution, now, now), next);
        } catch (RuntimeException failed) {
            LOG.warn("{} failed at {}: {}", task.getName(), now, failed.toString());
            task.getFailureHandler().onFailure(ExecutionComplete.failure(execution, now, now, failed), next);
        }
        if (next.at == null) {
            throw new IllegalStateException(task.getName() + " did not say when it runs next");
        }
        return next.at;
    }

    /** The operations db-scheduler gives a handler, keeping only the time it reschedules the execution to. */
    private static final class NextTime<T> extends ExecutionOperations<T> {
        private Instant at;

        NextTime(Execution execution) {
            super(null, null, execution);
        }

        @Override
        public void reschedule(ExecutionComplete completed, Instant next) {
            at = next;
        }

        @Override
        public void reschedule(ExecutionComplete completed, Instant next, T data) {
            at = next;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * How many recurring executions db-scheduler's own threads ran: each it picks and completes counts its row's version
     * up, which the run's own firing leaves alone. Zero when nothing ran behind the run's back.
     */
    private static long ranByScheduler(JdbcClient jdbc) {
        return jdbc.sql("SELECT COALESCE(SUM(version - 1), 0) FROM scheduled_tasks WHERE task_name <> ?")
                .param(CASE_DEADLINE_TASK).query(Long.class).single();
    }

    /** The breaks the engine's daily ledger reconciliations found during the run, all runs together. */
    private static long reconciliationBreaks(JdbcClient jdbc) {
        return jdbc.sql("SELECT COALESCE(SUM(breaks), 0) FROM reconciliation_run").query(Long.class).single();
    }

    /** The earliest deadline, scheduled task or refund check the engine has waiting. */
    private static Instant engineNext(JdbcClient jdbc) {
        Instant task = jdbc.sql("SELECT MIN(execution_time) FROM scheduled_tasks WHERE picked = FALSE")
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant).orElse(null);
        Instant check = jdbc.sql("SELECT MIN(next_check_at) FROM refund_attempt WHERE parked = FALSE"
                        + " AND status IN ('REQUESTED', 'PENDING', 'UNKNOWN')")
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant).orElse(null);
        return earliest(task, check);
    }

    /**
     * Brings the engine to rest before the market looks: the refund sends handed to the run are done in the run's
     * thread, then one statement asks whether anything is still at work (a leg unsent or sent without an answer
     * recorded, a completed refund whose case is not marked refunded yet, an after-commit listener of Spring Modulith),
     * and the transitions counted must stay the same across one more look. With the sends done here and the listeners
     * run in the committing thread, the first look normally finds nothing at work; the waiting is a safeguard.
     */
    static final class Quiet {
        private final JdbcClient jdbc;
        private final SimulatedPsp psp;
        private final Observer observer;
        private final RunThreadExecutor senders;

        Quiet(JdbcClient jdbc, SimulatedPsp psp, Observer observer, RunThreadExecutor senders) {
            this.jdbc = jdbc;
            this.psp = psp;
            this.observer = observer;
            this.senders = senders;
        }

        void await() {
            long seen = -1;
            long giveUp = System.nanoTime() + QUIET_PATIENCE.toNanos();
            while (true) {
                if (senders.runAll() > 0) {
                    continue;
                }
                boolean idle = psp.idle() && jdbc.sql(BUSY).query(Long.class).single() == 0 && senders.idle();
                if (idle) {
                    long transitions = observer.transitions.get();
                    if (transitions == seen) {
                        return;
                    }
                    seen = transitions;
                    continue;
                }
                if (System.nanoTime() > giveUp) {
                    throw new IllegalStateException("refund execution did not settle within " + QUIET_PATIENCE);
                }
                pause();
            }
        }
    }

    private static List<CaseHistory> histories(ConfigurableApplicationContext context, Plan plan, Market market,
            PolicyRules rules, Instant end) {
        Cases cases = context.getBean(Cases.class);
        CaseDesk desk = context.getBean(CaseDesk.class);
        DueTimes due = context.getBean(DueTimes.class);
        Advances advances = context.getBean(Advances.class);
        Caller staff = new Caller("simulation", Set.of(Role.AGENT), null, null);
        List<CaseHistory> histories = new ArrayList<>();
        for (Market.Tracked t : market.opened().values()) {
            Case c = cases.find(t.caseId).orElseThrow();
            List<CaseHistory.Step> steps = desk.timeline(staff, t.caseId).stream()
                    .filter(e -> e.to() != null || e.intervention() != null)
                    .map(SimulationSide::step).toList();
            CaseHistory h = new CaseHistory(t.order.orderId(), t.order.buyerId(), plan.buyerOf(t.order).kind(), plan.sellerOf(t.order).kind(),
                    c.type(), t.order.intent().stage(), t.order.intent().founded(), c.status(), c.closeReason(),
                    c.requestedAmount(), c.refundedAmount(), c.createdAt(), steps, null, null,
                    advances.of(t.caseId).orElse(null));
            histories.add(withSla(h, rules, due, end));
        }
        return histories;
    }

    /**
     * When each buyer who applied was first penalised by the credit ladder (any penalty its points earned, issued by
     * the engine from the inputs the run produced), by buyer id.
     */
    private static Map<String, Instant> firstPenalties(ConfigurableApplicationContext context, List<CaseHistory> histories) {
        Penalties penalties = context.getBean(Penalties.class);
        Map<String, Instant> first = new java.util.TreeMap<>();
        for (String buyerId : new TreeSet<>(histories.stream().map(CaseHistory::buyerId).toList())) {
            penalties.of(Party.buyer(buyerId)).stream().filter(p -> Penalty.SYSTEM.equals(p.issuedBy()))
                    .map(Penalty::issuedAt).min(Instant::compareTo).ifPresent(at -> first.put(buyerId, at));
        }
        return first;
    }

    private static CaseHistory withSla(CaseHistory h, PolicyRules rules, DueTimes due, Instant end) {
        Boolean acceptBreached = breached(h.first("ESCALATE"), h.dispute("ACCEPTED"), rules.timer(TimerId.T_ACCEPT, null), due, end);
        Boolean rulingBreached = breached(h.dispute("FIRST_REVIEW"), h.dispute("RULED"), rules.timer(TimerId.T_RULING, null), due, end);
        return new CaseHistory(h.orderId(), h.buyerId(), h.buyerKind(), h.sellerKind(), h.type(), h.stage(), h.founded(), h.status(),
                h.closeReason(), h.requested(), h.refunded(), h.openedAt(), h.steps(), acceptBreached, rulingBreached, h.advance());
    }

    /** Whether work started at {@code from} was done later than the timer allows (or not done and overdue at the end). */
    private static Boolean breached(Instant from, Instant done, TimerSetting timer, DueTimes due, Instant end) {
        if (from == null) {
            return null;
        }
        Instant dueAt = due.dueAt(from, timer.duration(), timer.clock());
        return done == null ? dueAt.isBefore(end) : done.isAfter(dueAt);
    }

    private static CaseHistory.Step step(CaseEvent e) {
        return new CaseHistory.Step(e.at(), e.action().toUpperCase(Locale.ROOT).replace('-', '_'), e.actor().name(),
                e.to(), e.intervention() == null ? null : e.intervention().name());
    }

    private static String[] arguments(String side) {
        String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
        String db = "sim-" + side + "-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
        return new String[] {
            "--spring.datasource.url=jdbc:h2:mem:" + db
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000",
            "--server.port=-1",
            "--spring.main.banner-mode=off",
            "--spring.main.log-startup-info=false",
            "--spring.jmx.enabled=false",
            "--spring.profiles.active=",
            "--spring.modulith.events.republish-outstanding-events-on-restart=false",
            // a completed publication is of no use to a run, and kept it would make every look at the outbox slower
            "--spring.modulith.events.completion-mode=delete",
            "--springdoc.api-docs.enabled=false",
            "--springdoc.swagger-ui.enabled=false",
            "--management.metrics.use-global-registry=false",
            "--redress.demo=false",
            "--redress.auth.signing-secret=" + secret,
            "--redress.refund-audit.signing-key=" + secret,
            "--redress.psp.callback-secret=" + secret,
            "--redress.psp.sandbox.enabled=false",
            "--redress.psp.reconcile-every=P1D",
            "--redress.cases.payout-redelivery=P1D",
            "--redress.deadlines.polling-interval=PT1H",
            "--redress.deadlines.threads=2",
            "--logging.level.root=WARN",
            "--logging.level.io.redress=WARN",
            "--logging.level.org.flywaydb=ERROR",
        };
    }

    /**
     * When the run moves next: the earliest of the market's next step and the engine's next execution, or now when that
     * lies behind the clock (an execution the engine scheduled in the past is due at once, as db-scheduler runs it);
     * null when nothing is left.
     */
    static Instant nextStep(Instant market, Instant engine, Instant now) {
        Instant next = earliest(market, engine);
        return next == null || !next.isBefore(now) ? next : now;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static double fraction(Instant start, Instant end, Instant now) {
        double total = Duration.between(start, end).toSeconds();
        return total <= 0 ? 1 : Math.min(1, Duration.between(start, now).toSeconds() / total);
    }

    /**
     * Pauses the engine's scheduler as soon as it is built, before the application starts it: started unpaused, its first
     * poll would at once pick the recurring executions due at the start (the refund reconciliation, the payout
     * redelivery) and run them in its own threads, rescheduling them at whatever the simulated clock says by the time
     * they finish, which on a busy machine can be behind where the run has moved the clock meanwhile.
     */
    private static final class PausedScheduler implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof Scheduler scheduler) {
                scheduler.pause();
            }
            return bean;
        }
    }

    /** Puts the simulated clock and the scenario's PSP in place of the application's clock and gateway. */
    private static final class Replacements implements BeanDefinitionRegistryPostProcessor {
        private final SimulationClock clock;
        private final SimulatedPsp psp;

        Replacements(SimulationClock clock, SimulatedPsp psp) {
            this.clock = clock;
            this.psp = psp;
        }

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            replace(registry, "clock", java.time.Clock.class, clock);
            replace(registry, "paymentGateway", PaymentGateway.class, psp);
        }

        private static <T> void replace(BeanDefinitionRegistry registry, String name, Class<T> type, T instance) {
            if (registry.containsBeanDefinition(name)) {
                registry.removeBeanDefinition(name);
            }
            BeanDefinition definition = BeanDefinitionBuilder.genericBeanDefinition(type, () -> instance).getBeanDefinition();
            definition.setPrimary(true);
            registry.registerBeanDefinition(name, definition);
        }
    }
}
