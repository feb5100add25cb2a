-- The answers to API requests sent with an Idempotency-Key (see sqlite/V5); keys compare byte by byte (V6).
CREATE TABLE stored_response (
    owner           VARCHAR(64)  COLLATE "C" NOT NULL,
    idempotency_key VARCHAR(255) COLLATE "C" NOT NULL,
    fingerprint     VARCHAR(128) NOT NULL,
    status          INTEGER      NOT NULL,
    location        VARCHAR(2048),
    etag            VARCHAR(256),
    body            TEXT         NOT NULL,
    stored_at_ms    BIGINT       NOT NULL,
    PRIMARY KEY (owner, idempotency_key)
);
CREATE INDEX stored_response_age ON stored_response (stored_at_ms);
