-- A refund's attempts and decisions are read by their refund reference, case, due time and status, never by order:
-- no query has refund_attempt.order_id or refund_decision.order_id in its WHERE, and no foreign key points there.
-- Their order indexes were written by every refund (one entry per leg, one per decision) for no reader. An order's
-- refunds are reached through its cases (after_sale_case_order) and its ledger entries (ledger_entry_order).
DROP INDEX refund_attempt_order;
DROP INDEX refund_decision_order;
