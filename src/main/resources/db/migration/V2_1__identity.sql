-- Built-in users, the shops seller staff work for, and the service keys of marketplace backends.
CREATE TABLE identity_shop (
    shop_id     VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL
);

CREATE TABLE identity_user (
    username      VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    buyer_id      VARCHAR(64),
    shop_id       VARCHAR(64)  REFERENCES identity_shop (shop_id),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE identity_user_role (
    username   VARCHAR(64) NOT NULL REFERENCES identity_user (username) ON DELETE CASCADE,
    role_name  VARCHAR(32) NOT NULL
        CHECK (role_name IN ('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT', 'AUDITOR', 'ADMIN', 'MARKETPLACE')),
    PRIMARY KEY (username, role_name)
);

-- Only the SHA-256 of a key is kept; the key itself is shown once, when it is created.
CREATE TABLE identity_service_key (
    key_id      VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    key_hash    VARCHAR(64)  NOT NULL UNIQUE,
    role_name   VARCHAR(32)  NOT NULL CHECK (role_name = 'MARKETPLACE'),
    last_four   VARCHAR(4)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CHECK (revoked_at IS NULL OR revoked_at >= created_at)
);
