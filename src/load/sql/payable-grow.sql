-- :shop holds :n settled orders: one settlement entry each (Dr escrow, Cr the shop's payable)
INSERT INTO ledger_account VALUES ('PLATFORM_ESCROW', now()) ON CONFLICT DO NOTHING;
INSERT INTO ledger_account VALUES ('SELLER_PAYABLE:' || :'shop', now()) ON CONFLICT DO NOTHING;
WITH e AS (
  INSERT INTO ledger_entry (reference, kind, order_id, currency, debit_total, credit_total, posted_at)
  SELECT 'settle:' || :'shop' || ':' || g, 'SETTLEMENT', :'shop' || '-o' || g, 'CNY', 23530, 23530, now()
  FROM generate_series(1, :n) g RETURNING entry_id)
INSERT INTO ledger_line (entry_id, line_no, account, amount)
SELECT entry_id, 1, 'PLATFORM_ESCROW', 23530 FROM e
UNION ALL SELECT entry_id, 2, 'SELLER_PAYABLE:' || :'shop', -23530 FROM e;
INSERT INTO ledger_account_balance VALUES ('SELLER_PAYABLE:' || :'shop', 'CNY', -23530::bigint * :n);
