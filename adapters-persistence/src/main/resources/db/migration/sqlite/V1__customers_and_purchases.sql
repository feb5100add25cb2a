-- Customers, their external ids and attributes, and purchases with optional line items.
-- Money is stored as integer minor units plus an ISO currency: exact, and summable in SQL.
-- Instants are epoch milliseconds (UTC); days are derived in the application's time zone.
-- Customers have a compact surrogate key (seq) next to their public id: the purchase table and its history
-- index, by far the largest structures, refer to customers by seq, which keeps index entries small and
-- bulk imports fast. The public id never leaves the customer table's unique index.

CREATE TABLE customer (
    seq                       INTEGER       NOT NULL PRIMARY KEY,
    id                        VARCHAR(64)   NOT NULL UNIQUE,
    name                      VARCHAR(1024) NOT NULL,
    email                     VARCHAR(320),
    phone                     VARCHAR(64),
    address                   VARCHAR(1024),
    consent_email             BOOLEAN       NOT NULL,
    consent_phone             BOOLEAN       NOT NULL,
    acquisition_source        VARCHAR(128)  NOT NULL,
    acquisition_cost_minor    BIGINT,
    acquisition_cost_currency CHAR(3),
    created_at_ms             BIGINT        NOT NULL
);
CREATE INDEX customer_email ON customer (email);

CREATE TABLE customer_external_id (
    source      VARCHAR(64)  NOT NULL,
    external_id VARCHAR(128) NOT NULL,
    customer_id VARCHAR(64)  NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    PRIMARY KEY (source, external_id)
);
CREATE INDEX customer_external_id_customer ON customer_external_id (customer_id);

CREATE TABLE customer_attribute (
    customer_id VARCHAR(64) NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    name        VARCHAR(64) NOT NULL,
    value       TEXT        NOT NULL,
    PRIMARY KEY (customer_id, name)
);

CREATE TABLE purchase (
    id             VARCHAR(128) NOT NULL PRIMARY KEY,
    customer_seq   BIGINT       NOT NULL REFERENCES customer (seq),
    occurred_at_ms BIGINT       NOT NULL,
    amount_minor   BIGINT       NOT NULL,
    currency       CHAR(3)      NOT NULL,
    channel        VARCHAR(64)  NOT NULL,
    -- Distinct categories of the line items, tab-separated: lets history reads skip the line table.
    categories     VARCHAR(4000)
);
-- Covers the per-customer history scan of the lifecycle report (no table lookups).
CREATE INDEX purchase_customer_history ON purchase (customer_seq, occurred_at_ms, amount_minor, currency, categories);

CREATE TABLE purchase_line (
    purchase_id      VARCHAR(128) NOT NULL REFERENCES purchase (id) ON DELETE CASCADE,
    line_no          INTEGER      NOT NULL,
    product_id       VARCHAR(128) NOT NULL,
    category         VARCHAR(128),
    quantity         INTEGER      NOT NULL,
    unit_price_minor BIGINT       NOT NULL,
    list_price_minor BIGINT,
    PRIMARY KEY (purchase_id, line_no)
);
