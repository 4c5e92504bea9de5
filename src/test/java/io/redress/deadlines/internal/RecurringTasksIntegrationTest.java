package io.redress.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import io.redress.RedressIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@RedressIntegrationTest
class RecurringTasksIntegrationTest {

    @Autowired
    Scheduler scheduler;

    @Test
    void everyRecurringTaskOfTheContextIsScheduledWhenTheSchedulerStarts() {
        assertThat(scheduler.getScheduledExecutions(ScheduledExecutionsFilter.all()))
                .extracting(execution -> execution.getTaskInstance().getTaskName())
                .contains("refund-reconciliation", "ledger-reconciliation");
    }
}
