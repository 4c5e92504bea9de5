-- Complaints about a seller's after-sales service or the platform's handling of a case, with their SLA.
CREATE TABLE complaint (
    complaint_id     VARCHAR(64)  PRIMARY KEY,
    case_id          VARCHAR(100) NOT NULL,
    shop_id          VARCHAR(100) NOT NULL,
    complainant      VARCHAR(100) NOT NULL,
    complainant_role VARCHAR(16)  NOT NULL,
    against          VARCHAR(16)  NOT NULL,
    category         VARCHAR(32)  NOT NULL,
    message          VARCHAR(2000) NOT NULL,
    evidence_ids     VARCHAR(2000) NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    escalated        BOOLEAN      NOT NULL,
    breaches         VARCHAR(64)  NOT NULL,
    acknowledge_due  TIMESTAMP WITH TIME ZONE NOT NULL,
    resolve_due      TIMESTAMP WITH TIME ZONE NOT NULL,
    finding          VARCHAR(16),
    resolution       VARCHAR(2000),
    resolved_by      VARCHAR(100),
    version          BIGINT       NOT NULL,
    filed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX complaint_case ON complaint (case_id);
CREATE INDEX complaint_complainant ON complaint (complainant);

-- Complaints found malicious, recorded against the one who filed them.
CREATE TABLE complaint_strike (
    complaint_id  VARCHAR(64)  PRIMARY KEY REFERENCES complaint (complaint_id),
    complainant   VARCHAR(100) NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
