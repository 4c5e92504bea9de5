-- The platform's side of a dispute. The sub-state itself lives on the case (after_sale_case.intervention);
-- status here is a copy kept in the same transaction for the agents' queue.
CREATE TABLE intervention (
    case_id            VARCHAR(64)              PRIMARY KEY,
    order_id           VARCHAR(64)              NOT NULL,
    status             VARCHAR(24)              NOT NULL,
    requested_by       VARCHAR(16)              NOT NULL,
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    agent              VARCHAR(100),
    claimed_at         TIMESTAMP WITH TIME ZONE,
    sla_started_at     TIMESTAMP WITH TIME ZONE,
    sla_due_at         TIMESTAMP WITH TIME ZONE,
    decline_reason     VARCHAR(40),
    suspended_from     VARCHAR(24),
    suspension_ground  VARCHAR(32),
    suspended_at       TIMESTAMP WITH TIME ZONE,
    settlement_amount  BIGINT,
    settlement_terms   VARCHAR(2000),
    settlement_by      VARCHAR(100),
    buyer_accepted_at  TIMESTAMP WITH TIME ZONE,
    seller_accepted_at TIMESTAMP WITH TIME ZONE,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT intervention_requester CHECK (requested_by IN ('BUYER', 'SELLER', 'SYSTEM')),
    CONSTRAINT intervention_settlement_positive CHECK (settlement_amount IS NULL OR settlement_amount > 0)
);
CREATE INDEX intervention_queue ON intervention (sla_due_at);
CREATE INDEX intervention_agent ON intervention (agent);

-- Each party's evidence period: when it ends, its one extension, its draft and its submission (write-once).
CREATE TABLE intervention_party (
    case_id          VARCHAR(64)              NOT NULL REFERENCES intervention (case_id),
    party            VARCHAR(16)              NOT NULL,
    due_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    extended         BOOLEAN                  NOT NULL DEFAULT FALSE,
    draft_statement  VARCHAR(4000),
    draft_evidence   VARCHAR(2000),
    submitted_at     TIMESTAMP WITH TIME ZONE,
    statement        VARCHAR(4000),
    evidence_ids     VARCHAR(2000),
    PRIMARY KEY (case_id, party),
    CONSTRAINT intervention_party_kind CHECK (party IN ('BUYER', 'SELLER'))
);

-- An agent's request to one party for specific evidence, with its own deadline.
CREATE TABLE intervention_request (
    request_id    VARCHAR(64)              PRIMARY KEY,
    case_id       VARCHAR(64)              NOT NULL REFERENCES intervention (case_id),
    party         VARCHAR(16)              NOT NULL,
    what          VARCHAR(2000)            NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by  VARCHAR(100)             NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX intervention_request_case ON intervention_request (case_id);

-- The first review's ruling: outcome, amount, who is at fault, the written reasons, the evidence they cite and
-- the policy version it applied.
CREATE TABLE intervention_ruling (
    case_id         VARCHAR(64)              PRIMARY KEY REFERENCES intervention (case_id),
    outcome         VARCHAR(24)              NOT NULL,
    amount          BIGINT,
    fault_party     VARCHAR(16)              NOT NULL,
    reasons         VARCHAR(4000)            NOT NULL,
    evidence_ids    VARCHAR(2000)            NOT NULL,
    policy_profile  VARCHAR(40)              NOT NULL,
    policy_version  INTEGER                  NOT NULL,
    settled         BOOLEAN                  NOT NULL,
    ruled_by        VARCHAR(100)             NOT NULL,
    ruled_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The one appeal and its supervisor review. The reviewer is never the one who ruled (also checked in code).
CREATE TABLE intervention_appeal (
    case_id               VARCHAR(64)              PRIMARY KEY REFERENCES intervention (case_id),
    party                 VARCHAR(16)              NOT NULL,
    message               VARCHAR(4000)            NOT NULL,
    evidence_ids          VARCHAR(2000)            NOT NULL,
    appealed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    ruled_by              VARCHAR(100)             NOT NULL,
    decision              VARCHAR(16),
    reasons               VARCHAR(4000),
    reviewed_by           VARCHAR(100),
    reviewed_at           TIMESTAMP WITH TIME ZONE,
    correction_direction  VARCHAR(24),
    correction_amount     BIGINT,
    CONSTRAINT intervention_appeal_four_eyes CHECK (reviewed_by IS NULL OR reviewed_by <> ruled_by)
);

-- Notes of the platform's staff on a case; the parties never see them.
CREATE TABLE intervention_note (
    note_id     VARCHAR(64)              PRIMARY KEY,
    case_id     VARCHAR(64)              NOT NULL,
    author      VARCHAR(100)             NOT NULL,
    text        VARCHAR(4000)            NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX intervention_note_case ON intervention_note (case_id, created_at);
