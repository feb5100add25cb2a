-- Interactions (see sqlite/V7); ids compare byte by byte (V6); no foreign key to customers (V5).
CREATE TABLE interaction (
    id             VARCHAR(128)  COLLATE "C" NOT NULL PRIMARY KEY,
    customer_seq   BIGINT        NOT NULL,
    channel        VARCHAR(16)   NOT NULL,
    direction      VARCHAR(16)   NOT NULL,
    type           VARCHAR(64)   NOT NULL,
    summary        TEXT          NOT NULL,
    outcome        VARCHAR(1024),
    occurred_at_ms BIGINT        NOT NULL,
    owner          VARCHAR(512),
    continues_id   VARCHAR(128)  COLLATE "C"
);
CREATE INDEX interaction_customer_time ON interaction (customer_seq, occurred_at_ms);
