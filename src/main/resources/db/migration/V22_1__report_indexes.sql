-- What the reports (io.redress.reports) read by time: case transitions by when they happened, orders by when they
-- were paid, refund legs by status and when they last changed. Read-only use; the owning modules write these tables.
CREATE INDEX after_sale_case_event_happened ON after_sale_case_event (happened_at);
CREATE INDEX orders_paid_at ON orders (paid_at);
CREATE INDEX refund_attempt_status_updated ON refund_attempt (status, updated_at);
