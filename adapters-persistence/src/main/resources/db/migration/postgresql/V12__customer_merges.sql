-- Merges and aliases (see sqlite/V10); ids compare byte by byte (V6).
CREATE TABLE customer_merge (
    absorbed_id      VARCHAR(64)   COLLATE "C" NOT NULL PRIMARY KEY,
    survivor_id      VARCHAR(64)   COLLATE "C" NOT NULL,
    absorbed_name    VARCHAR(1024) NOT NULL,
    merged_at_ms     BIGINT        NOT NULL,
    purchases        BIGINT        NOT NULL,
    interactions     BIGINT        NOT NULL,
    complaints       BIGINT        NOT NULL,
    follow_ups       BIGINT        NOT NULL,
    survey_responses BIGINT        NOT NULL,
    external_ids     BIGINT        NOT NULL,
    filled_fields    TEXT          NOT NULL
);
CREATE INDEX customer_merge_survivor ON customer_merge (survivor_id);

CREATE TABLE customer_alias (
    alias_id    VARCHAR(64) COLLATE "C" NOT NULL PRIMARY KEY,
    customer_id VARCHAR(64) COLLATE "C" NOT NULL
);
CREATE INDEX customer_alias_customer ON customer_alias (customer_id);
