-- A buyer's refunds and a party's orders count in its standing (the refund rate, the dispute rate) from their own
-- rows over the credit window, read by time: when a case became REFUNDED, when an order was placed.
ALTER TABLE after_sale_case ADD COLUMN refunded_at TIMESTAMP WITH TIME ZONE;
UPDATE after_sale_case SET refunded_at = COALESCE(
        (SELECT MIN(e.happened_at) FROM after_sale_case_event e
          WHERE e.case_id = after_sale_case.case_id AND e.to_status = 'REFUNDED'),
        updated_at)
 WHERE status = 'REFUNDED';
CREATE INDEX after_sale_case_buyer_refunded ON after_sale_case (buyer_id, refunded_at);

-- Each replaces the index on its leading column (the newest orders of a buyer or a shop read it too).
CREATE INDEX orders_buyer_placed ON orders (buyer_id, placed_at);
CREATE INDEX orders_shop_placed ON orders (shop_id, placed_at);
DROP INDEX orders_buyer;
DROP INDEX orders_shop;
