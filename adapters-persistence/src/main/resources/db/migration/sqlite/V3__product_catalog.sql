-- The product catalog: launch date, list price and premium flag feed the value-orientation signals.
-- Purchase lines refer to products by id without a foreign key: purchases may arrive before their catalog.
CREATE TABLE product (
    id                  VARCHAR(128) NOT NULL PRIMARY KEY,
    category            VARCHAR(128) NOT NULL,
    launch_date         VARCHAR(10),
    list_price_minor    BIGINT,
    list_price_currency CHAR(3),
    premium             BOOLEAN      NOT NULL
);
