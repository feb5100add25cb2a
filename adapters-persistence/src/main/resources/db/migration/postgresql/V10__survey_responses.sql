-- Survey responses (see sqlite/V8); ids compare byte by byte (V6); no foreign key to customers (V5).
CREATE TABLE survey_response (
    id                   VARCHAR(128) COLLATE "C" NOT NULL PRIMARY KEY,
    customer_seq         BIGINT       NOT NULL,
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
