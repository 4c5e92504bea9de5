-- Requests made after a refund (DOMAIN §8): a buyer's reinstatement, a seller's appeal; each with its own state.
CREATE TABLE post_refund_request (
    request_id      VARCHAR(64)   PRIMARY KEY,
    case_id         VARCHAR(100)  NOT NULL,
    order_id        VARCHAR(100)  NOT NULL,
    buyer_id        VARCHAR(100)  NOT NULL,
    shop_id         VARCHAR(100)  NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    grounds         VARCHAR(32),
    message         VARCHAR(2000) NOT NULL,
    evidence_ids    VARCHAR(2000) NOT NULL,
    refund_source   VARCHAR(32)   NOT NULL,
    refunded_amount BIGINT        NOT NULL CHECK (refunded_amount >= 0),
    currency        VARCHAR(3)    NOT NULL,
    address_ref     VARCHAR(200),
    requested_by    VARCHAR(100)  NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    overdue         BOOLEAN       NOT NULL,
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMP WITH TIME ZONE,
    reasons         VARCHAR(2000),
    reason_code     VARCHAR(32),
    outcome         VARCHAR(32),
    outcome_amount  BIGINT CHECK (outcome_amount IS NULL OR outcome_amount > 0),
    bad_faith       BOOLEAN       NOT NULL,
    finding         VARCHAR(2000),
    receivable_id   VARCHAR(64),
    case_version    BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX post_refund_request_case ON post_refund_request (case_id);
CREATE INDEX post_refund_request_status ON post_refund_request (status);

-- Each step of a request, for the case's timeline (write-once by use).
CREATE TABLE post_refund_step (
    request_id   VARCHAR(64)   NOT NULL REFERENCES post_refund_request (request_id),
    step_no      INT           NOT NULL,
    case_id      VARCHAR(100)  NOT NULL,
    case_version BIGINT        NOT NULL,
    actor        VARCHAR(16)   NOT NULL,
    username     VARCHAR(100),
    action       VARCHAR(64)   NOT NULL,
    message      VARCHAR(2000),
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (request_id, step_no)
);

CREATE INDEX post_refund_step_case ON post_refund_step (case_id);

-- What a buyer owes after an upheld seller appeal; never more than opened, never negative.
CREATE TABLE buyer_receivable (
    receivable_id     VARCHAR(64)  PRIMARY KEY,
    request_id        VARCHAR(64)  NOT NULL UNIQUE REFERENCES post_refund_request (request_id),
    case_id           VARCHAR(100) NOT NULL,
    order_id          VARCHAR(100) NOT NULL,
    buyer_id          VARCHAR(100) NOT NULL,
    shop_id           VARCHAR(100) NOT NULL,
    currency          VARCHAR(3)   NOT NULL,
    amount            BIGINT       NOT NULL CHECK (amount > 0),
    paid              BIGINT       NOT NULL CHECK (paid >= 0),
    offset_amount     BIGINT       NOT NULL CHECK (offset_amount >= 0),
    written_off       BIGINT       NOT NULL CHECK (written_off >= 0),
    status            VARCHAR(16)  NOT NULL,
    offset_consent_at TIMESTAMP WITH TIME ZONE,
    write_off_reason  VARCHAR(2000),
    written_off_by    VARCHAR(100),
    version           BIGINT       NOT NULL,
    opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT buyer_receivable_adds_up CHECK (paid + offset_amount + written_off <= amount)
);

CREATE INDEX buyer_receivable_buyer ON buyer_receivable (buyer_id);
CREATE INDEX buyer_receivable_shop ON buyer_receivable (shop_id);

-- Payments against a receivable: by the buyer through the PSP, or recorded by an agent.
CREATE TABLE buyer_receivable_payment (
    receivable_id VARCHAR(64)  NOT NULL REFERENCES buyer_receivable (receivable_id),
    payment_no    INT          NOT NULL,
    amount        BIGINT       NOT NULL CHECK (amount > 0),
    payment_ref   VARCHAR(200) NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    paid_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (receivable_id, payment_no),
    UNIQUE (receivable_id, payment_ref)
);

-- Bad-faith findings on buyers from upheld seller appeals (DOMAIN §10 due process: reasons, evidence, case).
CREATE TABLE buyer_fault_finding (
    request_id   VARCHAR(64)   PRIMARY KEY REFERENCES post_refund_request (request_id),
    case_id      VARCHAR(100)  NOT NULL,
    buyer_id     VARCHAR(100)  NOT NULL,
    grounds      VARCHAR(32)   NOT NULL,
    finding      VARCHAR(2000) NOT NULL,
    evidence_ids VARCHAR(2000) NOT NULL,
    found_by     VARCHAR(100)  NOT NULL,
    found_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
