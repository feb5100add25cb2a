-- Merges: the log of records absorbed into survivors (one row per absorbed record: it is absorbed once, then gone)
-- and the aliases that keep an absorbed id resolving, flattened on every merge so that one lookup finds the
-- customer an id stands for now. Filled fields are newline-separated names ("phone", "attributes.city").
CREATE TABLE customer_merge (
    absorbed_id      VARCHAR(64)   NOT NULL PRIMARY KEY,
    survivor_id      VARCHAR(64)   NOT NULL,
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
    alias_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    customer_id VARCHAR(64) NOT NULL
);
CREATE INDEX customer_alias_customer ON customer_alias (customer_id);
