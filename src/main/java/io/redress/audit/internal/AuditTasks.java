package io.redress.audit.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail's durable recurring task: the digests of finished days, at 00:05 in the marketplace's zone. */
@Configuration(proxyBeanMethods = false)
class AuditTasks {

    @Bean
    RecurringTask<Void> dailyAuditDigestTask(DailyDigests digests, @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        return Tasks.recurring("audit-digest", Schedules.daily(zone, LocalTime.of(0, 5)))
                .execute((instance, context) -> digests.recordFinishedDays());
    }
}
