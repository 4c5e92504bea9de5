-- One row per Idempotency-Key, scoped to caller + method + path (scope_hash = SHA-256 of the four).
-- RUNNING rows are claims of requests in flight; COMPLETED rows hold the first answer for replays.
CREATE TABLE idempotency_keys (
    scope_hash      VARCHAR(64)   PRIMARY KEY,
    caller          VARCHAR(255)  NOT NULL,
    http_method     VARCHAR(16)   NOT NULL,
    request_path    VARCHAR(2000) NOT NULL,
    idempotency_key VARCHAR(255)  NOT NULL,
    body_hash       VARCHAR(64)   NOT NULL,
    claim_token     VARCHAR(36)   NOT NULL,
    state           VARCHAR(16)   NOT NULL CHECK (state IN ('RUNNING', 'COMPLETED')),
    claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at    TIMESTAMP WITH TIME ZONE,
    response_status INTEGER,
    content_type    VARCHAR(255),
    location        VARCHAR(2000),
    response_body   BYTEA,
    CHECK (state = 'RUNNING' OR (completed_at IS NOT NULL AND response_status BETWEEN 200 AND 299))
);
CREATE INDEX idempotency_keys_claimed_at ON idempotency_keys (claimed_at);
