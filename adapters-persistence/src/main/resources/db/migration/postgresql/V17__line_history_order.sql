-- The line-item scans (value types, next best action, rules mining) read every line in customer and time order.
-- With its purchase's customer key, time and currency on each line they read one index in that order instead of
-- joining every purchase's lines. Written with the line, moved by a merge.
ALTER TABLE purchase_line ADD COLUMN customer_seq BIGINT, ADD COLUMN occurred_at_ms BIGINT,
    ADD COLUMN currency CHAR(3);
UPDATE purchase_line l SET customer_seq = p.customer_seq, occurred_at_ms = p.occurred_at_ms, currency = p.currency
    FROM purchase p WHERE p.id = l.purchase_id;
CREATE INDEX purchase_line_history ON purchase_line (customer_seq, occurred_at_ms, purchase_id, line_no)
    INCLUDE (currency, product_id, category, quantity, unit_price_minor, list_price_minor);
