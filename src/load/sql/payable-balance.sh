#!/bin/bash
# Times the two ways of reading a shop's payable balance as the shop's settled orders grow (docs/performance.md,
# "A shop's payable in one row"): the sum of its ledger lines, and its row in ledger_account_balance.
# Makes a scratch database (payable_scale) with the ledger tables of the migrations, fills three shops with 1,000,
# 100,000 and 1,000,000 settlement entries, and prints the median of 7 EXPLAIN ANALYZE execution times per read.
# Run from the repository's root; PGHOST/PGPORT/PGUSER as for psql (default 127.0.0.1, postgres).
set -euo pipefail
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
db=payable_scale
here=$(dirname "$0")
migrations=src/main/resources/db/migration
psql -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
{ sed -n '/CREATE TABLE ledger_account/,/CREATE INDEX ledger_entry_order/p' $migrations/V9_1__ledger.sql
  sed -n '/CREATE TABLE/,/);/p' $migrations/V27_1__ledger_running_balance.sql; } | psql -q -d $db
sizes="1000 100000 1000000"
for n in $sizes; do
  psql -q -d $db -v shop=shop-$n -v n=$n -f "$here/payable-grow.sql"
done
psql -q -d $db -c "ANALYZE"
for n in $sizes; do
  for read in sum row; do
    if [ $read = sum ]; then
      sql="SELECT COALESCE(SUM(l.amount), 0) FROM ledger_line l JOIN ledger_entry e ON e.entry_id = l.entry_id
           WHERE l.account = 'SELLER_PAYABLE:shop-$n' AND e.currency = 'CNY'"
    else
      sql="SELECT balance FROM ledger_account_balance WHERE account = 'SELLER_PAYABLE:shop-$n' AND currency = 'CNY'"
    fi
    median=$(for i in 1 2 3 4 5 6 7; do
      psql -At -d $db -c "EXPLAIN (ANALYZE, FORMAT JSON) $sql" \
        | python3 -c "import json, sys; print(json.load(sys.stdin)[0]['Execution Time'])"
    done | sort -n | sed -n 4p)
    echo "$n settled orders, $read: $median ms"
  done
done
