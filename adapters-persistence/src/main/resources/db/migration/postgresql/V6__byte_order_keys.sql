-- Keys compare byte by byte ("C" collation), as on SQLite: the database's default collation (a locale) costs a
-- library call per comparison, which made a bulk COPY's primary-key inserts about an eighth slower, and gave
-- paging by id an order that differed between the two stores. Every column that holds the same key changes
-- together, so that joins, foreign keys and merges of key-ordered streams see one order.
ALTER TABLE purchase_line DROP CONSTRAINT purchase_line_purchase_id_fkey;
ALTER TABLE purchase ALTER COLUMN id TYPE VARCHAR(128) COLLATE "C";
ALTER TABLE purchase_line ALTER COLUMN purchase_id TYPE VARCHAR(128) COLLATE "C";
ALTER TABLE purchase_line ADD CONSTRAINT purchase_line_purchase_id_fkey
    FOREIGN KEY (purchase_id) REFERENCES purchase (id) ON DELETE CASCADE;
ALTER TABLE customer ALTER COLUMN id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE customer_external_id ALTER COLUMN customer_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE customer_external_id ALTER COLUMN source TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE customer_external_id ALTER COLUMN external_id TYPE VARCHAR(128) COLLATE "C";
ALTER TABLE customer_attribute ALTER COLUMN customer_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE product ALTER COLUMN id TYPE VARCHAR(128) COLLATE "C";
