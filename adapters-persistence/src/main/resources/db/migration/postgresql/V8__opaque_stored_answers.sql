-- An idempotent request's answer is one opaque text the driving adapter writes (see sqlite/V6).
ALTER TABLE stored_response ADD COLUMN answer TEXT;
UPDATE stored_response
SET answer = json_build_object('status', status, 'location', location, 'etag', etag, 'body', body)::text;
ALTER TABLE stored_response ALTER COLUMN answer SET NOT NULL;
ALTER TABLE stored_response DROP COLUMN status, DROP COLUMN location, DROP COLUMN etag, DROP COLUMN body;
