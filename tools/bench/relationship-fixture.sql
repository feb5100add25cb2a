-- Complaints and follow-ups for the relationship benchmarks, added straight to a SQLite store that holds the
-- generated customers (crm has no bulk complaint import): 50,000 cases over 2023-2024, about 70% resolved
-- within 1..200 hours, and 50,000 follow-ups, half done. Deterministic: driven by the row number, not random().
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000),
     c(cnt) AS (SELECT max(seq) FROM customer)
INSERT INTO complaint (id, customer_seq, opened_at_ms, category, severity, summary, status, updated_at_ms,
                       resolved_at_ms, resolution, reopened)
SELECT 'k' || i, 1 + (i * 7919) % cnt, 1672531200000 + (i * 1234567) % 63072000000,
       CASE i % 4 WHEN 0 THEN 'delivery' WHEN 1 THEN 'billing' WHEN 2 THEN 'quality' ELSE 'service' END,
       CASE i % 4 WHEN 0 THEN 'low' WHEN 1 THEN 'medium' WHEN 2 THEN 'high' ELSE 'critical' END,
       'complaint ' || i,
       CASE WHEN i % 10 < 7 THEN 'resolved' ELSE 'open' END,
       1672531200000 + (i * 1234567) % 63072000000 + 3600000 * (1 + i % 200),
       CASE WHEN i % 10 < 7 THEN 1672531200000 + (i * 1234567) % 63072000000 + 3600000 * (1 + i % 200) END,
       CASE WHEN i % 10 < 7 THEN 'fixed' END, 0
FROM n, c;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000),
     c(cnt) AS (SELECT max(seq) FROM customer)
INSERT INTO follow_up (id, customer_seq, due_on, owner, reason, created_at_ms, done_at_ms)
SELECT 'f' || i, 1 + (i * 104729) % cnt, date('2023-01-01', '+' || ((i * 37) % 730) || ' days'), 'desk-' || (i % 20),
       'call back', 1672531200000, CASE WHEN i % 2 = 0 THEN 1672531200000 + (i * 37 % 730) * 86400000 END
FROM n, c;
