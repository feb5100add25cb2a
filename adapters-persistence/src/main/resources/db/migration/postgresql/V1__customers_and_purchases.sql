-- The PostgreSQL twin of sqlite/V1: same tables, columns and indexes, so the jOOQ code paths are the same.
-- Money is integer minor units plus an ISO currency; instants are epoch milliseconds (UTC).
-- customer.seq is assigned by the application (max + 1 under the store's write lock), as on SQLite.

CREATE TABLE customer (
    seq                       BIGINT        NOT NULL PRIMARY KEY,
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

-- No foreign key from purchase to customer here, unlike SQLite: PostgreSQL checks one with a row lock on the
-- customer for every purchase written, which doubles the cost of a bulk COPY. The application resolves every
-- purchase's customer key before writing it, under the store's write lock, and customers are never deleted.
CREATE TABLE purchase (
    id             VARCHAR(128) NOT NULL PRIMARY KEY,
    customer_seq   BIGINT       NOT NULL,
    occurred_at_ms BIGINT       NOT NULL,
    amount_minor   BIGINT       NOT NULL,
    currency       CHAR(3)      NOT NULL,
    channel        VARCHAR(64)  NOT NULL,
    categories     VARCHAR(4000)
);
-- Covers the per-customer history scan (an index-only scan once the table is vacuumed).
CREATE INDEX purchase_customer_history ON purchase (customer_seq, occurred_at_ms)
    INCLUDE (amount_minor, currency, categories);

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
