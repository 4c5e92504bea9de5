-- One immutable refund decision per refund reference: written once in the transaction that decided it and never
-- updated. The totals are columns; the parts per line, instrument and funder and the quote are JSON documents
-- (io.redress.decisions.RefundDecision).
CREATE TABLE refund_decision (
    decision_id     VARCHAR(64)  PRIMARY KEY,
    refund_ref      VARCHAR(100) NOT NULL UNIQUE,
    case_id         VARCHAR(64)  NOT NULL,
    order_id        VARCHAR(64)  NOT NULL,
    buyer_id        VARCHAR(64)  NOT NULL,
    shop_id         VARCHAR(64)  NOT NULL,
    currency        CHAR(3)      NOT NULL,
    amount          BIGINT       NOT NULL CHECK (amount >= 0),
    policy_profile  VARCHAR(64),
    policy_version  INTEGER,
    actor           VARCHAR(32)  NOT NULL,
    action          VARCHAR(64)  NOT NULL,
    reason          VARCHAR(2000),
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    parts           TEXT         NOT NULL,
    quote           TEXT
);
CREATE INDEX refund_decision_case ON refund_decision (case_id);
CREATE INDEX refund_decision_order ON refund_decision (order_id);
