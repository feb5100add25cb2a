-- Saved segments (see sqlite/V11); names compare byte by byte (V6).
CREATE TABLE segment (
    name        VARCHAR(64)  COLLATE "C" NOT NULL,
    version     INTEGER      NOT NULL,
    expression  TEXT         NOT NULL,
    saved_at_ms BIGINT       NOT NULL,
    PRIMARY KEY (name, version)
);
