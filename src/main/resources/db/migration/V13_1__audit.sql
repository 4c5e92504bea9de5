-- The audit trail: one hash-chained log of business facts. Each row keeps the record exactly as exported (one
-- canonical JSON line, its hash included); seq, recorded_at, fact, subject and hash repeat parts of it for queries.
-- Appends are serialised on the one-row head, locked FOR UPDATE just before each writing transaction commits.
CREATE TABLE audit_record (
    seq          BIGINT       PRIMARY KEY CHECK (seq > 0),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    fact         VARCHAR(64)  NOT NULL,
    subject      VARCHAR(200),
    hash         CHAR(64)     NOT NULL UNIQUE,
    line         TEXT         NOT NULL
);

CREATE INDEX audit_record_recorded_at ON audit_record (recorded_at);
CREATE INDEX audit_record_subject ON audit_record (subject);

CREATE TABLE audit_chain_head (
    id           SMALLINT     PRIMARY KEY CHECK (id = 1),
    seq          BIGINT       NOT NULL,
    hash         CHAR(64)     NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE
);

INSERT INTO audit_chain_head (id, seq, hash, recorded_at)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', NULL);

-- The chain head at the end of each day in the marketplace's zone.
CREATE TABLE audit_digest (
    digest_day   DATE         PRIMARY KEY,
    seq          BIGINT       NOT NULL,
    hash         CHAR(64)     NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
