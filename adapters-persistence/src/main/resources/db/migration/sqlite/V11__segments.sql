-- Saved segments: every version of each kept (a campaign names the version it was drawn from); the condition
-- is stored as written and parsed again when read.
CREATE TABLE segment (
    name        VARCHAR(64)  NOT NULL,
    version     INTEGER      NOT NULL,
    expression  TEXT         NOT NULL,
    saved_at_ms BIGINT       NOT NULL,
    PRIMARY KEY (name, version)
);
