-- An idempotent request's answer is one opaque text the driving adapter writes (over HTTP: status, Location,
-- ETag and body as JSON); the store no longer knows HTTP's parts. Answers kept are carried over in that form.
CREATE TABLE stored_answer (
    owner           VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    fingerprint     VARCHAR(128) NOT NULL,
    answer          TEXT         NOT NULL,
    stored_at_ms    BIGINT       NOT NULL,
    PRIMARY KEY (owner, idempotency_key)
);
INSERT INTO stored_answer (owner, idempotency_key, fingerprint, answer, stored_at_ms)
SELECT owner, idempotency_key, fingerprint,
       json_object('status', status, 'location', location, 'etag', etag, 'body', body), stored_at_ms
FROM stored_response;
DROP TABLE stored_response;
ALTER TABLE stored_answer RENAME TO stored_response;
CREATE INDEX stored_response_age ON stored_response (stored_at_ms);
