-- Policy what-if simulations (io.redress.simulation): the request, its state and, once played, the report as JSON.
CREATE TABLE simulation_run (
    run_id          VARCHAR(40)   PRIMARY KEY,
    status          VARCHAR(16)   NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    scenario        TEXT          NOT NULL,
    baseline        VARCHAR(200)  NOT NULL,
    candidate       VARCHAR(200)  NOT NULL,
    candidate_rules TEXT          NOT NULL,
    legal_breaches  INTEGER,
    report          TEXT,
    error           VARCHAR(1000),
    requested_by    VARCHAR(100)  NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT simulation_run_done CHECK (status <> 'DONE' OR (report IS NOT NULL AND legal_breaches IS NOT NULL))
);

CREATE INDEX simulation_run_requested ON simulation_run (requested_at);
