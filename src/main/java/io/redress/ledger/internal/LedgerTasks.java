package io.redress.ledger.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ledger's durable recurring task: reconciliation at 02:00 in the marketplace's zone, after the PSP's day closed. */
@Configuration(proxyBeanMethods = false)
class LedgerTasks {

    @Bean
    RecurringTask<Void> dailyReconciliationTask(LedgerReconciliation reconciliation, @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        return Tasks.recurring("ledger-reconciliation", Schedules.daily(zone, LocalTime.of(2, 0)))
                .execute((instance, context) -> reconciliation.recordRun());
    }
}
