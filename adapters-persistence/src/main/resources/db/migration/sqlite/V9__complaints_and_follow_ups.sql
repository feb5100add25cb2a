-- Complaint cases in their current state (status, resolution) and scheduled follow-ups, each idempotent by id
-- and read per customer through a (customer, time) index.
CREATE TABLE complaint (
    id             VARCHAR(128)  NOT NULL PRIMARY KEY,
    customer_seq   BIGINT        NOT NULL REFERENCES customer (seq),
    opened_at_ms   BIGINT        NOT NULL,
    category       VARCHAR(64)   NOT NULL,
    severity       VARCHAR(16)   NOT NULL,
    summary        TEXT          NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    updated_at_ms  BIGINT        NOT NULL,
    resolved_at_ms BIGINT,
    resolution     TEXT,
    reopened       INTEGER       NOT NULL
);
CREATE INDEX complaint_customer_time ON complaint (customer_seq, opened_at_ms);

CREATE TABLE follow_up (
    id            VARCHAR(160)  NOT NULL PRIMARY KEY,
    customer_seq  BIGINT        NOT NULL REFERENCES customer (seq),
    due_on        VARCHAR(10)   NOT NULL,
    owner         VARCHAR(512),
    reason        VARCHAR(1024) NOT NULL,
    created_at_ms BIGINT        NOT NULL,
    done_at_ms    BIGINT
);
CREATE INDEX follow_up_customer_due ON follow_up (customer_seq, due_on);
