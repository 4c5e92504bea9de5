-- Service quality of the after-sales team, kept from the dispute and complaint events.

-- Each platform dispute: when it was opened, and its first claim (first response) by an agent.
CREATE TABLE qa_dispute (
    case_id                 VARCHAR(64)              PRIMARY KEY,
    requested_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    first_agent             VARCHAR(100),
    first_claimed_at        TIMESTAMP WITH TIME ZONE,
    first_response_seconds  BIGINT
);
CREATE INDEX qa_dispute_first_agent ON qa_dispute (first_agent);

-- Every agent who held a dispute, and when they last took it.
CREATE TABLE qa_handling (
    case_id     VARCHAR(64)              NOT NULL,
    agent       VARCHAR(100)             NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, agent)
);
CREATE INDEX qa_handling_agent ON qa_handling (agent);

-- Every first-review ruling, how long it took from the ruling agent's claim, and, when it fell into the sample,
-- the senior agent's re-review. The reviewer is never the agent who ruled (also checked in code).
CREATE TABLE qa_ruling (
    case_id          VARCHAR(64)              PRIMARY KEY,
    agent            VARCHAR(100)             NOT NULL,
    outcome          VARCHAR(24)              NOT NULL,
    fault_party      VARCHAR(16)              NOT NULL,
    amount           BIGINT,
    policy_profile   VARCHAR(40)              NOT NULL,
    policy_version   INTEGER                  NOT NULL,
    ruled_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    ruling_seconds   BIGINT,
    sample_id        VARCHAR(80)              UNIQUE,
    verdict          VARCHAR(16),
    reasons          VARCHAR(2000),
    reviewed_by      VARCHAR(100),
    reviewed_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT qa_ruling_four_eyes CHECK (reviewed_by IS NULL OR reviewed_by <> agent),
    CONSTRAINT qa_ruling_review_of_sample CHECK (reviewed_by IS NULL OR sample_id IS NOT NULL)
);
CREATE INDEX qa_ruling_agent ON qa_ruling (agent);

-- Complaints about the platform's handling of a case.
CREATE TABLE qa_complaint (
    complaint_id  VARCHAR(64)              PRIMARY KEY,
    case_id       VARCHAR(100)             NOT NULL,
    filed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX qa_complaint_case ON qa_complaint (case_id);
