-- Lists read one index range per page, in the list's own order (keyset pagination: the page after the last row
-- given), so a page costs the same at a hundred cases and at ten million.
-- "My cases" (a buyer's, newest first) and every case for staff (newest first): scanned backwards.
CREATE INDEX after_sale_case_buyer_recent ON after_sale_case (buyer_id, created_at, case_id);
CREATE INDEX after_sale_case_recent ON after_sale_case (created_at, case_id);
-- A shop's queue: the most urgent deadline first, cases without one last (two ranges of the same index).
CREATE INDEX after_sale_case_shop_queue ON after_sale_case (shop_id, deadline_at, created_at, case_id);
-- The agents' queue: the SLA that breaches first, disputes without one last.
CREATE INDEX intervention_queue_order ON intervention (sla_due_at, requested_at, case_id);

-- Each of these is the leading part of one above.
DROP INDEX after_sale_case_buyer;
DROP INDEX after_sale_case_shop;
DROP INDEX after_sale_case_shop_deadline;
DROP INDEX intervention_queue;
