-- Interactions: contacts with a customer by channel and direction, idempotent by id, threaded by the earlier
-- interaction they continue. Read per customer in time order, through the (customer, time) index.
CREATE TABLE interaction (
    id             VARCHAR(128)  NOT NULL PRIMARY KEY,
    customer_seq   BIGINT        NOT NULL REFERENCES customer (seq),
    channel        VARCHAR(16)   NOT NULL,
    direction      VARCHAR(16)   NOT NULL,
    type           VARCHAR(64)   NOT NULL,
    summary        TEXT          NOT NULL,
    outcome        VARCHAR(1024),
    occurred_at_ms BIGINT        NOT NULL,
    owner          VARCHAR(512),
    continues_id   VARCHAR(128)
);
CREATE INDEX interaction_customer_time ON interaction (customer_seq, occurred_at_ms);
