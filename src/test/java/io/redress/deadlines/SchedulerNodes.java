package io.redress.deadlines;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import io.redress.deadlines.internal.SchedulerPolling;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Extra db-scheduler instances in the test JVM on the application's database, polling as more instances
 * would (they share this JVM's application context); they record which of them completed each execution. They
 * claim due executions as the application does ({@link SchedulerPolling#AUTO}: lock-and-fetch on PostgreSQL) unless
 * told otherwise.
 */
public final class SchedulerNodes implements AutoCloseable {

    private final DataSource dataSource;
    private final Task<?> task;
    private final SchedulerPolling polling;
    private final List<Scheduler> started = new ArrayList<>();
    private final Map<String, String> nodeByExecution = new ConcurrentHashMap<>();
    private final Map<String, Integer> executions = new ConcurrentHashMap<>();

    public SchedulerNodes(DataSource dataSource, Task<?> task) {
        this(dataSource, task, SchedulerPolling.AUTO);
    }

    public SchedulerNodes(DataSource dataSource, Task<?> task, SchedulerPolling polling) {
        this.dataSource = dataSource;
        this.task = task;
        this.polling = polling;
    }

    /** Starts a node polling every 100 ms, with a short heartbeat so dead executions are noticed quickly. */
    public Scheduler start(String name) {
        Scheduler node = polling.applyTo(Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), task),
                        dataSource)
                .schedulerName(new SchedulerName.Fixed(name))
                .threads(4)
                .pollingInterval(Duration.ofMillis(100))
                .heartbeatInterval(Duration.ofMillis(500))
                .addSchedulerListener(new AbstractSchedulerListener() {
                    @Override
                    public void onExecutionComplete(ExecutionComplete complete) {
                        String instance = complete.getExecution().taskInstance.getId();
                        nodeByExecution.put(instance, name);
                        executions.merge(instance, 1, Integer::sum);
                    }
                })
                .build();
        node.start();
        started.add(node);
        return node;
    }

    /** How many times an execution (a deadline id) completed on any node. */
    public int executions(String instanceId) {
        return executions.getOrDefault(instanceId, 0);
    }

    /** The node that completed an execution, or null. */
    public String node(String instanceId) {
        return nodeByExecution.get(instanceId);
    }

    @Override
    public void close() {
        started.forEach(Scheduler::stop);
    }
}
