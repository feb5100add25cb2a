-- The merge log counts campaign memberships moved too (campaigns came after merges: V12).
ALTER TABLE customer_merge ADD COLUMN campaign_memberships BIGINT NOT NULL DEFAULT 0;
