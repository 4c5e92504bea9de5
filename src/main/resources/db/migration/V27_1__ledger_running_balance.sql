-- A seller's payable keeps its balance on a row of its own, moved in the transaction of every entry that posts to
-- it: a refund after settlement reads it under the account's lock, in one row, however many orders the shop settled.
-- Signed minor units, debits minus credits, as the lines; one row per account and currency.
CREATE TABLE ledger_account_balance (
    account   VARCHAR(150) NOT NULL REFERENCES ledger_account (account),
    currency  VARCHAR(3)   NOT NULL,
    balance   BIGINT       NOT NULL,
    PRIMARY KEY (account, currency)
);

-- The payables posted to before this table existed.
INSERT INTO ledger_account_balance (account, currency, balance)
SELECT l.account, e.currency, SUM(l.amount) AS balance
FROM ledger_line l JOIN ledger_entry e ON e.entry_id = l.entry_id
WHERE l.account LIKE 'SELLER_PAYABLE:%'
GROUP BY l.account, e.currency;
