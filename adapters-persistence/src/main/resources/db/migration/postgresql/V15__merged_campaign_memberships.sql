-- The merge log counts campaign memberships moved too (see sqlite/V13).
ALTER TABLE customer_merge ADD COLUMN campaign_memberships BIGINT NOT NULL DEFAULT 0;
