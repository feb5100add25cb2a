-- Association rules mined from the baskets (crm rules mine), one set per as-of date. Each rule keeps its four
-- basket counts, so support, confidence and lift read back exactly; each product its basket count, category
-- and mean unit price (the up-sell price ladder).
CREATE TABLE rule_set (
    as_of          VARCHAR(10) NOT NULL PRIMARY KEY,
    min_support    DOUBLE      NOT NULL,
    min_confidence DOUBLE      NOT NULL,
    min_lift       DOUBLE      NOT NULL,
    baskets        BIGINT      NOT NULL,
    lines          BIGINT      NOT NULL,
    mined_at_ms    BIGINT      NOT NULL
);
CREATE TABLE rule_product (
    as_of            VARCHAR(10)  NOT NULL,
    product_id       VARCHAR(128) NOT NULL,
    category         VARCHAR(128),
    baskets          BIGINT       NOT NULL,
    mean_price_minor BIGINT       NOT NULL,
    currency         CHAR(3)      NOT NULL,
    PRIMARY KEY (as_of, product_id)
);
CREATE TABLE association_rule (
    as_of              VARCHAR(10)  NOT NULL,
    antecedent         VARCHAR(128) NOT NULL,
    consequent         VARCHAR(128) NOT NULL,
    antecedent_baskets BIGINT       NOT NULL,
    consequent_baskets BIGINT       NOT NULL,
    both_baskets       BIGINT       NOT NULL,
    PRIMARY KEY (as_of, antecedent, consequent)
);
