package io.redress.deadlines.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.redress.deadlines.BusinessHours;
import io.redress.deadlines.DueTimes;
import io.redress.deadlines.HolidayCalendar;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler as an ordinary bean: every {@link Task} bean of the context is registered, so other modules can
 * contribute tasks. It polls through a transaction-aware data source, so work scheduled inside a business
 * transaction commits or rolls back with it, and it asks the application clock what time it is, so the
 * development clock moves deadlines too. On PostgreSQL it claims due executions with lock-and-fetch
 * ({@link SchedulerPolling}). It starts once the application is ready (Flyway has created its table).
 * Recurring tasks are start tasks: db-scheduler runs a recurring task only once its first execution is stored.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
class SchedulerConfiguration {

    static final String CASE_DEADLINE = "case-deadline";

    @Bean
    OneTimeTask<Void> caseDeadlineTask(DeadlineFiring firing) {
        return Tasks.oneTime(CASE_DEADLINE).execute((instance, context) -> firing.fire(instance.getId()));
    }

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> tasks, Clock clock,
            DeadlineProperties properties) {
        // db-scheduler knows start tasks as well: listing a recurring task among both would register it twice.
        List<Task<?>> onDemand = tasks.orderedStream().filter(task -> !(task instanceof RecurringTask)).toList();
        List<RecurringTask<?>> recurring = tasks.orderedStream().filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(RecurringTask.class::cast).toList();
        return properties.polling().applyTo(Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), onDemand)
                        .startTasks(recurring), dataSource)
                .clock(clock::instant)
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(properties.heartbeatInterval())
                .threads(properties.threads())
                .build();
    }

    @Bean
    DueTimes dueTimes(@Value("${redress.zone:Asia/Shanghai}") ZoneId zone, DeadlineProperties properties) {
        return new DueTimes(zone, new BusinessHours(properties.opens(), properties.closes()),
                new HolidayCalendar(properties.holidays(), properties.makeUpWorkdays()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(Scheduler.class).start();
    }
}
