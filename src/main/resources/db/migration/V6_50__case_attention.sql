-- Why a case waiting for its payout needs an operator (a refund leg parked or refused by the PSP), one row per
-- leg and occasion; resolved_at is set when the refund completes after all.
CREATE TABLE after_sale_case_attention (
    case_id       VARCHAR(64)              NOT NULL REFERENCES after_sale_case (case_id),
    external_key  VARCHAR(128)             NOT NULL,
    case_version  BIGINT                   NOT NULL,
    reason        VARCHAR(2000)            NOT NULL,
    raised_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (case_id, external_key, raised_at)
);
