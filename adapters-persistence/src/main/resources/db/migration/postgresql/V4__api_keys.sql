-- API keys (see sqlite/V4).
CREATE TABLE api_key (
    id            VARCHAR(32)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    scopes        VARCHAR(32)  NOT NULL,
    secret_hash   CHAR(64)     NOT NULL,
    created_at_ms BIGINT       NOT NULL,
    revoked_at_ms BIGINT
);
