-- Third-party refund audit (io.redress.audit.refunds): each run with what was asked, the chain head it is tied to
-- and its signed report; each difference found as one row. Written once per run, never updated.
CREATE TABLE refund_audit_run (
    run_id             VARCHAR(64)  PRIMARY KEY,
    requested_by       VARCHAR(100) NOT NULL,
    from_day           DATE         NOT NULL,
    to_day             DATE         NOT NULL,
    shops              VARCHAR(2000),
    sample             INTEGER,
    seed               BIGINT       NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    decisions_checked  INTEGER      NOT NULL,
    findings_count     INTEGER      NOT NULL,
    chain_seq          BIGINT       NOT NULL,
    chain_hash         CHAR(64)     NOT NULL,
    report             TEXT         NOT NULL
);
CREATE INDEX refund_audit_run_started ON refund_audit_run (started_at);

CREATE TABLE refund_audit_finding (
    run_id       VARCHAR(64)  NOT NULL REFERENCES refund_audit_run (run_id),
    finding_no   INTEGER      NOT NULL,
    refund_ref   VARCHAR(100) NOT NULL,
    case_id      VARCHAR(64)  NOT NULL,
    shop_id      VARCHAR(64)  NOT NULL,
    part         VARCHAR(200) NOT NULL,
    expected     VARCHAR(500) NOT NULL,
    found        VARCHAR(500) NOT NULL,
    explanation  TEXT         NOT NULL,
    PRIMARY KEY (run_id, finding_no)
);

-- An auditor limited to shops and a range of days (an external firm); no row: the whole marketplace.
CREATE TABLE auditor_scope (
    username    VARCHAR(100) PRIMARY KEY,
    shops       VARCHAR(2000),
    from_day    DATE,
    to_day      DATE,
    set_by      VARCHAR(100) NOT NULL,
    set_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
