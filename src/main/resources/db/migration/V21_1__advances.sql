-- The platform's instant refunds and advances (docs/instant-refund.md): one per case, and each buyer's quota in use.
CREATE TABLE platform_advance (
    case_id      VARCHAR(100) PRIMARY KEY,
    order_id     VARCHAR(100) NOT NULL,
    buyer_id     VARCHAR(100) NOT NULL,
    shop_id      VARCHAR(100) NOT NULL,
    kind         VARCHAR(32)  NOT NULL CHECK (kind IN ('UNSHIPPED_INSTANT_REFUND', 'RETURN_ADVANCE')),
    status       VARCHAR(16)  NOT NULL CHECK (status IN ('ADVANCED', 'DISPUTED', 'SETTLED', 'RECOVERING', 'RECOVERED', 'WRITTEN_OFF')),
    amount       BIGINT       NOT NULL CHECK (amount > 0),
    currency     CHAR(3)      NOT NULL,
    quota_held   BIGINT       NOT NULL CHECK (quota_held >= 0 AND quota_held <= amount),
    outcome_by   VARCHAR(16),
    outcome      VARCHAR(500),
    advanced_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at    TIMESTAMP WITH TIME ZONE,
    -- an advance holds all of its amount of the buyer's quota until it is settled or recovered, then none
    CONSTRAINT platform_advance_quota CHECK ((status IN ('ADVANCED', 'DISPUTED', 'RECOVERING') AND quota_held = amount)
        OR (status IN ('SETTLED', 'RECOVERED', 'WRITTEN_OFF') AND quota_held = 0 AND closed_at IS NOT NULL))
);

CREATE INDEX platform_advance_buyer ON platform_advance (buyer_id, advanced_at);

-- What each buyer has advanced and not yet settled: the row every quota change locks first.
CREATE TABLE instant_refund_quota (
    buyer_id    VARCHAR(100) PRIMARY KEY,
    used        BIGINT       NOT NULL CHECK (used >= 0),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
