-- Evidence files are written once and never updated; they are kept for at least three years.
CREATE TABLE evidence (
    evidence_id   VARCHAR(64)  PRIMARY KEY,
    case_id       VARCHAR(64)  NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    note          VARCHAR(2000),
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL CHECK (size_bytes >= 0),
    sha256        VARCHAR(64)  NOT NULL,
    uploader      VARCHAR(100) NOT NULL,
    uploader_role VARCHAR(32)  NOT NULL,
    visibility    VARCHAR(16)  NOT NULL CHECK (visibility IN ('BOTH', 'PLATFORM')),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    content       BYTEA        NOT NULL
);
CREATE INDEX evidence_case ON evidence (case_id);
