-- Survey responses: one row a response, idempotent by id; each answer may be missing (NULL). Read per customer
-- in time order (reports take each customer's latest) through the (customer, time) index.
CREATE TABLE survey_response (
    id                   VARCHAR(128) NOT NULL PRIMARY KEY,
    customer_seq         BIGINT       NOT NULL REFERENCES customer (seq),
    answered_at_ms       BIGINT       NOT NULL,
    satisfaction         SMALLINT,
    recommend            SMALLINT,
    repurchase_intention SMALLINT,
    trust                SMALLINT,
    commitment           SMALLINT,
    involvement          SMALLINT,
    other_providers      INTEGER
);
CREATE INDEX survey_response_customer_time ON survey_response (customer_seq, answered_at_ms);
