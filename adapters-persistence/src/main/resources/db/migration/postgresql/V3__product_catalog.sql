-- The product catalog (see sqlite/V3).
CREATE TABLE product (
    id                  VARCHAR(128) NOT NULL PRIMARY KEY,
    category            VARCHAR(128) NOT NULL,
    launch_date         VARCHAR(10),
    list_price_minor    BIGINT,
    list_price_currency CHAR(3),
    premium             BOOLEAN      NOT NULL
);
