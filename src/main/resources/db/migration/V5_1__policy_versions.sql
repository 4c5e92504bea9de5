-- One row per published policy version; the rules are a JSON document (io.redress.policy.PolicyRules).
-- A version that replaces another must be published at least 7 days ahead unless urgent (E-Commerce Law Art. 34).
CREATE TABLE policy_version (
    profile         VARCHAR(32)              NOT NULL,
    version         INTEGER                  NOT NULL,
    effective_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    urgent          BOOLEAN                  NOT NULL,
    published_by    VARCHAR(100)             NOT NULL,
    rules           TEXT                     NOT NULL,
    PRIMARY KEY (profile, version),
    CONSTRAINT policy_version_positive CHECK (version >= 1),
    CONSTRAINT policy_version_notice CHECK (version = 1 OR urgent OR effective_from >= published_at + INTERVAL '7' DAY)
);
