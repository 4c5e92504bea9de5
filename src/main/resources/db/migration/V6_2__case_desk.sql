-- What the Cases API keeps besides the case itself.

-- The due time of the case's running deadline, copied here so that a seller's queue sorts in one query.
ALTER TABLE after_sale_case ADD COLUMN deadline_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX after_sale_case_shop_deadline ON after_sale_case (shop_id, deadline_at);

-- Every transition of a case, written in the transaction that made it; version is the case's version after it.
CREATE TABLE after_sale_case_event (
    case_id       VARCHAR(64)              NOT NULL REFERENCES after_sale_case (case_id),
    version       BIGINT                   NOT NULL,
    happened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(16)              NOT NULL,
    username      VARCHAR(128),
    action        VARCHAR(32)              NOT NULL,
    from_status   VARCHAR(24),
    to_status     VARCHAR(24)              NOT NULL,
    intervention  VARCHAR(24)              NOT NULL,
    message       VARCHAR(2000),
    details       VARCHAR(4000),
    PRIMARY KEY (case_id, version)
);

-- The refund a case holds in flight on its order (OrderRefunds.reserve), part by part, so that closing the case
-- or agreeing to less releases exactly what it holds. part is LINE, PAYMENT or SHIPPING.
CREATE TABLE after_sale_case_reservation (
    case_id   VARCHAR(64) NOT NULL REFERENCES after_sale_case (case_id),
    part      VARCHAR(8)  NOT NULL,
    part_id   VARCHAR(64) NOT NULL,
    quantity  INTEGER     NOT NULL,
    amount    BIGINT      NOT NULL,
    PRIMARY KEY (case_id, part, part_id),
    CONSTRAINT after_sale_case_reservation_part CHECK (part IN ('LINE', 'PAYMENT', 'SHIPPING')),
    CONSTRAINT after_sale_case_reservation_amounts CHECK (quantity >= 0 AND amount >= 0)
);
