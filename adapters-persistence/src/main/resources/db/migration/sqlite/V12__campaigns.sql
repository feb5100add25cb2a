-- Campaigns (issue 19): the campaign, its member snapshot (written once at the start, never changed) and one
-- response per member. Money in minor units of the campaign's one currency.
CREATE TABLE campaign (
    id                       VARCHAR(64)   NOT NULL PRIMARY KEY,
    name                     VARCHAR(1024) NOT NULL,
    segment                  VARCHAR(64)   NOT NULL,
    segment_version          INTEGER       NOT NULL,
    channel                  VARCHAR(16)   NOT NULL,
    offer                    TEXT          NOT NULL,
    cost_per_contact_minor   BIGINT        NOT NULL,
    fixed_cost_minor         BIGINT        NOT NULL,
    currency                 CHAR(3)       NOT NULL,
    control_fraction         DOUBLE        NOT NULL,
    seed                     BIGINT        NOT NULL,
    started_on               VARCHAR(10)   NOT NULL,
    attribution_days         INTEGER       NOT NULL,
    excluded_without_consent BIGINT        NOT NULL,
    created_at_ms            BIGINT        NOT NULL
);

CREATE TABLE campaign_member (
    campaign_id VARCHAR(64) NOT NULL,
    customer_id VARCHAR(64) NOT NULL,
    grp         VARCHAR(8)  NOT NULL,
    PRIMARY KEY (campaign_id, customer_id)
);

CREATE TABLE campaign_response (
    campaign_id   VARCHAR(64) NOT NULL,
    customer_id   VARCHAR(64) NOT NULL,
    responded     BOOLEAN     NOT NULL,
    converted     BOOLEAN     NOT NULL,
    revenue_minor BIGINT      NOT NULL,
    at_ms         BIGINT      NOT NULL,
    PRIMARY KEY (campaign_id, customer_id)
);
