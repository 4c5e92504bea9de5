-- Refund execution: a request per refund reference and one attempt per payment-instrument leg.
-- An attempt row is committed before its PSP call; external_key is the idempotency key the PSP keeps.
CREATE TABLE refund_request (
    refund_ref    VARCHAR(100) PRIMARY KEY,
    order_id      VARCHAR(100) NOT NULL,
    currency      VARCHAR(3)   NOT NULL,
    total_amount  BIGINT       NOT NULL CHECK (total_amount > 0),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE
);

CREATE TABLE refund_attempt (
    external_key  VARCHAR(120) PRIMARY KEY,
    refund_ref    VARCHAR(100) NOT NULL REFERENCES refund_request (refund_ref),
    leg_no        INTEGER      NOT NULL CHECK (leg_no > 0),
    order_id      VARCHAR(100) NOT NULL,
    payment_id    VARCHAR(100) NOT NULL,
    psp_reference VARCHAR(200) NOT NULL,
    amount        BIGINT       NOT NULL CHECK (amount > 0),
    currency      VARCHAR(3)   NOT NULL,
    status        VARCHAR(16)  NOT NULL CHECK (status IN ('REQUESTED', 'PENDING', 'UNKNOWN', 'SUCCEEDED', 'FAILED')),
    attempts      INTEGER      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    checks        INTEGER      NOT NULL DEFAULT 0 CHECK (checks >= 0),
    psp_refund_id VARCHAR(200),
    last_error    VARCHAR(500),
    parked        BOOLEAN      NOT NULL DEFAULT FALSE,
    park_reason   VARCHAR(500),
    next_check_at TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT refund_attempt_leg UNIQUE (refund_ref, leg_no),
    CONSTRAINT refund_attempt_parked_reason CHECK (parked = FALSE OR park_reason IS NOT NULL)
);

CREATE INDEX refund_attempt_due ON refund_attempt (next_check_at);
CREATE INDEX refund_attempt_order ON refund_attempt (order_id);
