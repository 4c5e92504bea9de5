-- db-scheduler's table (com.github.kagkarlsson:db-scheduler 16.x), in types H2 and PostgreSQL share.
CREATE TABLE scheduled_tasks (
    task_name             VARCHAR(100)             NOT NULL,
    task_instance         VARCHAR(200)             NOT NULL,
    task_data             BYTEA,
    execution_time        TIMESTAMP WITH TIME ZONE NOT NULL,
    picked                BOOLEAN                  NOT NULL,
    picked_by             VARCHAR(200),
    last_success          TIMESTAMP WITH TIME ZONE,
    last_failure          TIMESTAMP WITH TIME ZONE,
    consecutive_failures  INTEGER,
    last_heartbeat        TIMESTAMP WITH TIME ZONE,
    version               BIGINT                   NOT NULL,
    priority              SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON scheduled_tasks (priority DESC, execution_time ASC);

-- The one active deadline of each case. A replaced deadline gets a new deadline_id, which names its
-- db-scheduler execution; fired_at is set exactly once, by the execution of the deadline still in place.
CREATE TABLE case_deadline (
    case_id      VARCHAR(64)              PRIMARY KEY,
    deadline_id  VARCHAR(36)              NOT NULL UNIQUE,
    timer_id     VARCHAR(40)              NOT NULL,
    party        VARCHAR(20)              NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    on_expiry    VARCHAR(40)              NOT NULL,
    set_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    fired_at     TIMESTAMP WITH TIME ZONE
);
