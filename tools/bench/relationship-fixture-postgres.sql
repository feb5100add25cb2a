-- The complaints and follow-ups of relationship-fixture.sql, for a PostgreSQL store: the same rows.
INSERT INTO complaint (id, customer_seq, opened_at_ms, category, severity, summary, status, updated_at_ms,
                       resolved_at_ms, resolution, reopened)
SELECT 'k' || i, 1 + (i::bigint * 7919) % cnt, 1672531200000 + (i::bigint * 1234567) % 63072000000,
       CASE i % 4 WHEN 0 THEN 'delivery' WHEN 1 THEN 'billing' WHEN 2 THEN 'quality' ELSE 'service' END,
       CASE i % 4 WHEN 0 THEN 'low' WHEN 1 THEN 'medium' WHEN 2 THEN 'high' ELSE 'critical' END,
       'complaint ' || i,
       CASE WHEN i % 10 < 7 THEN 'resolved' ELSE 'open' END,
       1672531200000 + (i::bigint * 1234567) % 63072000000 + 3600000 * (1 + i % 200),
       CASE WHEN i % 10 < 7 THEN 1672531200000 + (i::bigint * 1234567) % 63072000000 + 3600000 * (1 + i % 200) END,
       CASE WHEN i % 10 < 7 THEN 'fixed' END, 0
FROM generate_series(1, 50000) AS i, (SELECT max(seq) AS cnt FROM customer) AS c;
INSERT INTO follow_up (id, customer_seq, due_on, owner, reason, created_at_ms, done_at_ms)
SELECT 'f' || i, 1 + (i::bigint * 104729) % cnt, to_char(date '2023-01-01' + (i * 37) % 730, 'YYYY-MM-DD'),
       'desk-' || (i % 20), 'call back', 1672531200000,
       CASE WHEN i % 2 = 0 THEN 1672531200000 + ((i * 37) % 730)::bigint * 86400000 END
FROM generate_series(1, 50000) AS i, (SELECT max(seq) AS cnt FROM customer) AS c;
ANALYZE;
