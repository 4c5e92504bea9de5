-- Sign-in throttling, shared by every instance. One counter per client address ('client:<address>') and per
-- account ('account:<username>'): attempts in the window that started at window_started_at; an account's
-- next_attempt_at is when the next attempt from a client it does not know may be made.
CREATE TABLE identity_sign_in_throttle (
    throttle_key      VARCHAR(200) PRIMARY KEY,
    attempts          INTEGER      NOT NULL CHECK (attempts >= 0),
    window_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX identity_sign_in_throttle_window ON identity_sign_in_throttle (window_started_at);

-- Client addresses an account signed in from: guesses against the account from elsewhere do not slow them.
CREATE TABLE identity_known_client (
    username       VARCHAR(64) NOT NULL,
    client_address VARCHAR(64) NOT NULL,
    signed_in_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, client_address)
);
CREATE INDEX identity_known_client_signed_in_at ON identity_known_client (signed_in_at);
