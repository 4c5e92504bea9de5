-- Negotiation on the record: what the parties (and agents, once the platform is involved) wrote on a case.
-- Messages are written once: the application has no update or delete path, and V6_71 adds triggers that refuse
-- either in the database. case_version and case_status are the case as it stood when the message was written,
-- which places the message on the timeline.
CREATE TABLE after_sale_case_message (
    message_id    VARCHAR(64)              PRIMARY KEY,
    case_id       VARCHAR(64)              NOT NULL REFERENCES after_sale_case (case_id),
    author        VARCHAR(128)             NOT NULL,
    author_role   VARCHAR(16)              NOT NULL,
    text          VARCHAR(2000)            NOT NULL,
    evidence_ids  VARCHAR(2000),
    visibility    VARCHAR(16)              NOT NULL,
    case_version  BIGINT                   NOT NULL,
    case_status   VARCHAR(24)              NOT NULL,
    written_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT after_sale_case_message_text CHECK (CHAR_LENGTH(text) BETWEEN 1 AND 2000),
    CONSTRAINT after_sale_case_message_role CHECK (author_role IN ('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT')),
    CONSTRAINT after_sale_case_message_visibility CHECK (visibility IN ('BOTH', 'PLATFORM'))
);
CREATE INDEX after_sale_case_message_case ON after_sale_case_message (case_id, written_at);

-- The seller's counter-proposals (amount and/or return address) and the buyer's answer. At most one is PENDING
-- per case; accepting or rejecting it, or a change of the case that makes it moot, ends it.
CREATE TABLE after_sale_case_proposal (
    case_id         VARCHAR(64)              NOT NULL REFERENCES after_sale_case (case_id),
    proposed_at_version BIGINT               NOT NULL,
    amount          BIGINT,
    return_address  VARCHAR(500),
    proposed_by     VARCHAR(128)             NOT NULL,
    proposed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    state           VARCHAR(16)              NOT NULL,
    answered_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (case_id, proposed_at_version),
    CONSTRAINT after_sale_case_proposal_terms CHECK (amount IS NOT NULL OR return_address IS NOT NULL),
    CONSTRAINT after_sale_case_proposal_amount CHECK (amount IS NULL OR amount >= 1),
    CONSTRAINT after_sale_case_proposal_state CHECK (state IN ('PENDING', 'ACCEPTED', 'REJECTED', 'LAPSED')),
    CONSTRAINT after_sale_case_proposal_answered CHECK ((state = 'PENDING') = (answered_at IS NULL))
);
