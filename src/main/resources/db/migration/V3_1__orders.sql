-- Order snapshots as the marketplace reported them, discount shares frozen at intake, and the refund
-- totals after-sale cases take from them. The CHECKs make the database itself refuse to refund or
-- reserve more than was paid, whatever the application does.
CREATE TABLE orders (
    order_id           VARCHAR(64)              PRIMARY KEY,
    buyer_id           VARCHAR(64)              NOT NULL,
    shop_id            VARCHAR(64)              NOT NULL,
    currency           VARCHAR(3)               NOT NULL,
    placed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    shipping_fee       BIGINT                   NOT NULL,
    free_shipping      BOOLEAN                  NOT NULL,
    shipping_refunded  BIGINT                   NOT NULL DEFAULT 0,
    shipping_reserved  BIGINT                   NOT NULL DEFAULT 0,
    submission_sha256  VARCHAR(64)              NOT NULL,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT orders_paid_after_placed CHECK (paid_at >= placed_at),
    CONSTRAINT orders_shipping_fee CHECK (shipping_fee >= 0),
    CONSTRAINT orders_shipping_refunds CHECK (shipping_refunded >= 0 AND shipping_reserved >= 0
        AND shipping_refunded + shipping_reserved <= shipping_fee)
);
CREATE INDEX orders_buyer ON orders (buyer_id);
CREATE INDEX orders_shop ON orders (shop_id);

CREATE TABLE order_lines (
    order_id                      VARCHAR(64)              NOT NULL REFERENCES orders (order_id),
    line_id                       VARCHAR(64)              NOT NULL,
    line_no                       INTEGER                  NOT NULL,
    sku                           VARCHAR(128)             NOT NULL,
    title                         VARCHAR(500)             NOT NULL,
    category                      VARCHAR(64),
    quantity                      INTEGER                  NOT NULL,
    unit_price                    BIGINT                   NOT NULL,
    virtual_good                  BOOLEAN                  NOT NULL,
    no_reason_return              VARCHAR(40)              NOT NULL,
    no_reason_return_confirmed_at TIMESTAMP WITH TIME ZONE,
    gift                          BOOLEAN                  NOT NULL,
    gift_value                    BIGINT                   NOT NULL,
    gift_for                      VARCHAR(64),
    paid_amount                   BIGINT                   NOT NULL,
    refunded_quantity             INTEGER                  NOT NULL DEFAULT 0,
    refunded_amount               BIGINT                   NOT NULL DEFAULT 0,
    reserved_quantity             INTEGER                  NOT NULL DEFAULT 0,
    reserved_amount               BIGINT                   NOT NULL DEFAULT 0,
    PRIMARY KEY (order_id, line_id),
    CONSTRAINT order_lines_line_no UNIQUE (order_id, line_no),
    CONSTRAINT order_lines_amounts CHECK (quantity >= 1 AND unit_price >= 0 AND gift_value >= 0
        AND paid_amount >= 0 AND paid_amount <= unit_price * quantity),
    CONSTRAINT order_lines_refunded_quantity CHECK (refunded_quantity >= 0 AND reserved_quantity >= 0
        AND refunded_quantity + reserved_quantity <= quantity),
    CONSTRAINT order_lines_refunded_amount CHECK (refunded_amount >= 0 AND reserved_amount >= 0
        AND refunded_amount + reserved_amount <= paid_amount)
);

CREATE TABLE order_discounts (
    order_id     VARCHAR(64) NOT NULL REFERENCES orders (order_id),
    discount_id  VARCHAR(64) NOT NULL,
    discount_no  INTEGER     NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    amount       BIGINT      NOT NULL,
    funded_by    VARCHAR(20) NOT NULL,
    threshold    BIGINT,
    PRIMARY KEY (order_id, discount_id),
    CONSTRAINT order_discounts_amounts CHECK (amount >= 0 AND (threshold IS NULL OR threshold >= 0))
);

-- One row per line a discount applies to, with that line's frozen share (possibly 0).
CREATE TABLE order_discount_shares (
    order_id     VARCHAR(64) NOT NULL,
    discount_id  VARCHAR(64) NOT NULL,
    line_id      VARCHAR(64) NOT NULL,
    amount       BIGINT      NOT NULL,
    PRIMARY KEY (order_id, discount_id, line_id),
    FOREIGN KEY (order_id, discount_id) REFERENCES order_discounts (order_id, discount_id),
    FOREIGN KEY (order_id, line_id) REFERENCES order_lines (order_id, line_id),
    CONSTRAINT order_discount_shares_amount CHECK (amount >= 0)
);

CREATE TABLE order_payments (
    order_id         VARCHAR(64)  NOT NULL REFERENCES orders (order_id),
    payment_id       VARCHAR(64)  NOT NULL,
    payment_no       INTEGER      NOT NULL,
    method           VARCHAR(20)  NOT NULL,
    amount           BIGINT       NOT NULL,
    psp_reference    VARCHAR(128),
    refunded_amount  BIGINT       NOT NULL DEFAULT 0,
    reserved_amount  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (order_id, payment_id),
    CONSTRAINT order_payments_refunds CHECK (amount >= 0 AND refunded_amount >= 0 AND reserved_amount >= 0
        AND refunded_amount + reserved_amount <= amount)
);

-- The primary key makes a repeated event for a line impossible, even from two nodes at once.
CREATE TABLE order_fulfilment (
    order_id     VARCHAR(64)              NOT NULL,
    line_id      VARCHAR(64)              NOT NULL,
    event        VARCHAR(16)              NOT NULL,
    happened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    carrier      VARCHAR(64),
    tracking_no  VARCHAR(64),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (order_id, line_id, event),
    FOREIGN KEY (order_id, line_id) REFERENCES order_lines (order_id, line_id)
);
