-- The answers to API requests sent with an Idempotency-Key, so that a retry gets the first answer even after
-- the server restarted. One row per (owner = API key, key); kept a day, found by age when they are forgotten.
CREATE TABLE stored_response (
    owner           VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    fingerprint     VARCHAR(128) NOT NULL,
    status          INTEGER      NOT NULL,
    location        VARCHAR(2048),
    etag            VARCHAR(256),
    body            TEXT         NOT NULL,
    stored_at_ms    BIGINT       NOT NULL,
    PRIMARY KEY (owner, idempotency_key)
);
CREATE INDEX stored_response_age ON stored_response (stored_at_ms);
