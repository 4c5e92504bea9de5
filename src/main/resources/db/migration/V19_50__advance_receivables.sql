-- A buyer receivable may come from a platform advance the buyer must repay (docs/after-refund.md): it has no
-- post-refund request, and there is at most one per advanced case.
ALTER TABLE buyer_receivable ALTER COLUMN request_id DROP NOT NULL;
ALTER TABLE buyer_receivable ADD COLUMN IF NOT EXISTS advance_case_id VARCHAR(100);
CREATE UNIQUE INDEX IF NOT EXISTS buyer_receivable_advance ON buyer_receivable (advance_case_id);
