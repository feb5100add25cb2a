-- API keys for the REST API: the public id, what the key may do, and a SHA-256 of its secret (never the secret).
CREATE TABLE api_key (
    id            VARCHAR(32)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    scopes        VARCHAR(32)  NOT NULL,
    secret_hash   CHAR(64)     NOT NULL,
    created_at_ms BIGINT       NOT NULL,
    revoked_at_ms BIGINT
);
