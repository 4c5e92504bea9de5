-- The policy version in force when a complaint was filed, whose service levels set its SLA (null: filed before
-- the SLA was part of the policies, under the same 24 h / 7 working days).
ALTER TABLE complaint ADD COLUMN policy_profile VARCHAR(40);
ALTER TABLE complaint ADD COLUMN policy_version INTEGER;
