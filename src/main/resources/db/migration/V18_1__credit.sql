-- Credit inputs: one fact about a buyer's or a shop's conduct, from its source; recorded once per source, kind and party.
CREATE TABLE credit_input (
    input_id      VARCHAR(64)  PRIMARY KEY,
    source_type   VARCHAR(32)  NOT NULL,
    source_ref    VARCHAR(200) NOT NULL,
    case_id       VARCHAR(100),
    rule_version  VARCHAR(100),
    kind          VARCHAR(32)  NOT NULL,
    party_type    VARCHAR(8)   NOT NULL,
    party_id      VARCHAR(100) NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    note          VARCHAR(500),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    voided_at     TIMESTAMP WITH TIME ZONE,
    void_reason   VARCHAR(500),
    CONSTRAINT credit_input_once UNIQUE (source_type, source_ref, kind, party_type, party_id)
);

CREATE INDEX credit_input_party ON credit_input (party_type, party_id, occurred_at);
CREATE INDEX credit_input_source ON credit_input (source_type, source_ref);

-- Penalties, never deleted; the ladder's are issued once per crossing (trigger_input).
CREATE TABLE penalty (
    penalty_id    VARCHAR(64)  PRIMARY KEY,
    party_type    VARCHAR(8)   NOT NULL,
    party_id      VARCHAR(100) NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    privilege     VARCHAR(32),
    fine_amount   BIGINT,
    step          INT,
    reason_code   VARCHAR(64)  NOT NULL,
    reasons       VARCHAR(4000) NOT NULL,
    evidence_ids  VARCHAR(2000) NOT NULL,
    case_ids      VARCHAR(2000) NOT NULL,
    rule_version  VARCHAR(100) NOT NULL,
    issued_by     VARCHAR(100) NOT NULL,
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    trigger_input VARCHAR(64),
    CONSTRAINT penalty_once_per_crossing UNIQUE (trigger_input, step, kind)
);

CREATE INDEX penalty_party ON penalty (party_type, party_id, issued_at);

-- The subject's appeal of a penalty and its review by a senior agent.
CREATE TABLE penalty_appeal (
    penalty_id    VARCHAR(64)  PRIMARY KEY REFERENCES penalty (penalty_id),
    appellant     VARCHAR(100) NOT NULL,
    message       VARCHAR(2000) NOT NULL,
    evidence_ids  VARCHAR(2000) NOT NULL,
    appealed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    decision      VARCHAR(16),
    reasons       VARCHAR(2000),
    reviewed_by   VARCHAR(100),
    reviewed_at   TIMESTAMP WITH TIME ZONE
);

-- What ended a penalty before it expired: an agent's revocation or an overturning review.
CREATE TABLE penalty_revocation (
    penalty_id    VARCHAR(64)  PRIMARY KEY REFERENCES penalty (penalty_id),
    revoked_by    VARCHAR(100) NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    via           VARCHAR(16)  NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The last standing told to the marketplace, to publish standing.changed only on a change.
CREATE TABLE credit_standing (
    party_type    VARCHAR(8)   NOT NULL,
    party_id      VARCHAR(100) NOT NULL,
    standing      VARCHAR(16)  NOT NULL,
    points        INT          NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (party_type, party_id)
);
