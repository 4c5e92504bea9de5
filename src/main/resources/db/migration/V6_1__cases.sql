-- After-sale cases. version implements optimistic concurrency: every write is
-- UPDATE ... WHERE case_id = ? AND version = <the version the change was based on>.
CREATE TABLE after_sale_case (
    case_id           VARCHAR(64)              PRIMARY KEY,
    order_id          VARCHAR(64)              NOT NULL,
    buyer_id          VARCHAR(64)              NOT NULL,
    shop_id           VARCHAR(64)              NOT NULL,
    case_type         VARCHAR(24)              NOT NULL,
    reason            VARCHAR(24)              NOT NULL,
    status            VARCHAR(24)              NOT NULL,
    intervention      VARCHAR(24)              NOT NULL,
    close_reason      VARCHAR(32),
    goods_stage       VARCHAR(16)              NOT NULL,
    timer_category    VARCHAR(64),
    currency          VARCHAR(3)               NOT NULL,
    requested_amount  BIGINT                   NOT NULL,
    agreed_amount     BIGINT,
    refunded_amount   BIGINT                   NOT NULL,
    policy_profile    VARCHAR(32)              NOT NULL,
    policy_version    INTEGER                  NOT NULL,
    version           BIGINT                   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT after_sale_case_amounts CHECK (requested_amount >= 0 AND refunded_amount >= 0
        AND (agreed_amount IS NULL OR agreed_amount >= 0)),
    CONSTRAINT after_sale_case_closed CHECK ((status = 'CLOSED') = (close_reason IS NOT NULL)),
    CONSTRAINT after_sale_case_version CHECK (version >= 1)
);
CREATE INDEX after_sale_case_order ON after_sale_case (order_id);
CREATE INDEX after_sale_case_buyer ON after_sale_case (buyer_id);
CREATE INDEX after_sale_case_shop ON after_sale_case (shop_id);

CREATE TABLE after_sale_case_line (
    case_id   VARCHAR(64) NOT NULL REFERENCES after_sale_case (case_id),
    line_id   VARCHAR(64) NOT NULL,
    quantity  INTEGER     NOT NULL,
    PRIMARY KEY (case_id, line_id),
    CONSTRAINT after_sale_case_line_quantity CHECK (quantity >= 1)
);
