-- Association rules (see sqlite/V14); ids compare byte by byte (V6).
CREATE TABLE rule_set (
    as_of          VARCHAR(10)      NOT NULL PRIMARY KEY,
    min_support    DOUBLE PRECISION NOT NULL,
    min_confidence DOUBLE PRECISION NOT NULL,
    min_lift       DOUBLE PRECISION NOT NULL,
    baskets        BIGINT           NOT NULL,
    lines          BIGINT           NOT NULL,
    mined_at_ms    BIGINT           NOT NULL
);
CREATE TABLE rule_product (
    as_of            VARCHAR(10)  NOT NULL,
    product_id       VARCHAR(128) COLLATE "C" NOT NULL,
    category         VARCHAR(128),
    baskets          BIGINT       NOT NULL,
    mean_price_minor BIGINT       NOT NULL,
    currency         CHAR(3)      NOT NULL,
    PRIMARY KEY (as_of, product_id)
);
CREATE TABLE association_rule (
    as_of              VARCHAR(10)  NOT NULL,
    antecedent         VARCHAR(128) COLLATE "C" NOT NULL,
    consequent         VARCHAR(128) COLLATE "C" NOT NULL,
    antecedent_baskets BIGINT       NOT NULL,
    consequent_baskets BIGINT       NOT NULL,
    both_baskets       BIGINT       NOT NULL,
    PRIMARY KEY (as_of, antecedent, consequent)
);
