package io.redress.ledger.internal;

import io.redress.ledger.Account;
import io.redress.ledger.AccountBalance;
import io.redress.ledger.EntryKind;
import io.redress.ledger.EntryPosted;
import io.redress.ledger.JournalEntry;
import io.redress.ledger.LedgerLine;
import io.redress.ledger.Posting;
import io.redress.ledger.Postings;
import io.redress.shared.Databases;
import io.redress.shared.DeferredInserts;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of the ledger tables. */
@Repository
class JournalRows {

    /** How many account ids {@link #known} holds before it starts over. */
    static final int KNOWN_ACCOUNTS = 100_000;

    /** The accounts that keep a running balance: {@link #keepsRunningBalance}. */
    private static final String RUNNING_BALANCE_KIND = "SELLER_PAYABLE:";

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;
    private final ApplicationEventPublisher events;
    /**
     * Accounts seen stored by a committed transaction: an insert that found the row there already. Accounts are never
     * deleted, so such an account needs no insert again; one this transaction inserted itself is not remembered, for
     * the transaction may still roll back.
     */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /** PostgreSQL: an entry and its lines go in one statement ({@link #insertWithLines}). */
    private final boolean oneStatement;

    JournalRows(JdbcClient jdbc, DeferredInserts inserts, ApplicationEventPublisher events, DataSource dataSource) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.events = events;
        this.oneStatement = Databases.isPostgreSql(dataSource);
    }

    /** Inserts the entry and its lines; empty when an entry with the same reference exists. */
    Optional<Long> insert(JournalEntry entry, Instant now) {
        for (Posting posting : entry.postings()) {
            ensureAccount(posting.account(), now);
        }
        Optional<Long> inserted = oneStatement && !entry.postings().isEmpty() ? insertWithLines(entry, now)
                : insertThenLines(entry, now);
        if (inserted.isEmpty()) {
            return inserted;
        }
        long entryId = inserted.get();
        Map<String, Long> running = new TreeMap<>(); // sorted: two entries move the same rows in the same order
        for (Posting posting : entry.postings()) {
            if (keepsRunningBalance(posting.account())) {
                running.merge(posting.account().id(), posting.amount(), Long::sum);
            }
        }
        running.forEach((account, amount) -> move(account, entry.currency(), amount));
        events.publishEvent(EntryPosted.of(entryId, entry, now));
        return inserted;
    }

    /** The entry, then its lines (held: they go, in one statement, with the transaction's next one). */
    private Optional<Long> insertThenLines(JournalEntry entry, Instant now) {
        var key = new GeneratedKeyHolder();
        int rows = jdbc.sql("""
                INSERT INTO ledger_entry (reference, kind, order_id, currency, debit_total, credit_total, memo, posted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(entryParams(entry, now))
                .update(key, "entry_id");
        if (rows == 0) {
            return Optional.empty();
        }
        long entryId = key.getKey().longValue();
        List<Object[]> lines = new ArrayList<>(entry.postings().size());
        for (Posting posting : entry.postings()) {
            lines.add(new Object[] {entryId, lines.size() + 1, posting.account().id(), posting.amount()});
        }
        inserts.insertRows("INSERT INTO ledger_line (entry_id, line_no, account, amount) VALUES (?, ?, ?, ?)", lines);
        return Optional.of(entryId);
    }

    /**
     * The entry and its lines in one statement (a data-modifying {@code WITH}): no line is inserted when the entry's
     * reference was posted before, since the entry's insert then returns no id to join them to.
     */
    private Optional<Long> insertWithLines(JournalEntry entry, Instant now) {
        StringBuilder sql = new StringBuilder("""
                WITH entry AS (INSERT INTO ledger_entry (reference, kind, order_id, currency, debit_total, credit_total,
                    memo, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING entry_id)
                INSERT INTO ledger_line (entry_id, line_no, account, amount)
                SELECT entry.entry_id, line.line_no, line.account, line.amount FROM entry, (VALUES """);
        List<Object> params = new ArrayList<>(List.of(entryParams(entry, now)));
        int lineNo = 0;
        for (Posting posting : entry.postings()) {
            sql.append(lineNo == 0 ? "" : ", ").append("(CAST(? AS INTEGER), CAST(? AS VARCHAR), CAST(? AS BIGINT))");
            params.add(++lineNo);
            params.add(posting.account().id());
            params.add(posting.amount());
        }
        sql.append(") AS line (line_no, account, amount) RETURNING entry_id");
        return jdbc.sql(sql.toString()).params(params).query(Long.class).list().stream().findFirst();
    }

    private static Object[] entryParams(JournalEntry entry, Instant now) {
        return new Object[] {entry.reference(), entry.kind().name(), entry.orderId(), entry.currency().getCurrencyCode(),
                entry.debitTotal(), -entry.postings().stream().mapToLong(Posting::amount).filter(a -> a < 0).sum(),
                entry.memo(), at(now)};
    }

    void ensureAccount(Account account, Instant now) {
        if (known.contains(account.id())) {
            return;
        }
        int inserted = jdbc.sql("INSERT INTO ledger_account (account, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(account.id(), at(now)).update();
        if (inserted == 0) {
            if (known.size() >= KNOWN_ACCOUNTS) {
                known.clear();
            }
            known.add(account.id());
        }
    }

    /** Serialises postings that depend on this account's balance. */
    void lock(Account account, Instant now) {
        ensureAccount(account, now);
        jdbc.sql("SELECT account FROM ledger_account WHERE account = ? FOR UPDATE").param(account.id()).query(String.class).single();
    }

    /**
     * Whether the account keeps its balance on a row of its own ({@code ledger_account_balance}), moved by every
     * entry that posts to it in the entry's transaction: a seller's payable, which a refund after settlement reads
     * under the account's lock to decide what the seller still covers. Its lines grow with every settled order of the
     * shop, so summing them would make each such refund, and everything queued behind its lock, slower as the shop
     * grows. Every other account is summed from its lines when asked (reports); the platform's own accounts, which
     * nearly every entry touches, would make a running row the one row every posting waits for.
     */
    private static boolean keepsRunningBalance(Account account) {
        return account.id().startsWith(RUNNING_BALANCE_KIND);
    }

    private void move(String account, Currency currency, long amount) {
        String update = "UPDATE ledger_account_balance SET balance = balance + ? WHERE account = ? AND currency = ?";
        if (jdbc.sql(update).params(amount, account, currency.getCurrencyCode()).update() == 1) {
            return;
        }
        int inserted = jdbc.sql("""
                INSERT INTO ledger_account_balance (account, currency, balance) VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(account, currency.getCurrencyCode(), amount).update();
        if (inserted == 0) {
            // another transaction inserted the row first (the insert waited for it to commit): move it
            jdbc.sql(update).params(amount, account, currency.getCurrencyCode()).update();
        }
    }

    long balance(Account account, Currency currency) {
        if (keepsRunningBalance(account)) {
            return jdbc.sql("SELECT balance FROM ledger_account_balance WHERE account = ? AND currency = ?")
                    .params(account.id(), currency.getCurrencyCode()).query(Long.class).optional().orElse(0L);
        }
        return jdbc.sql("""
                SELECT COALESCE(SUM(l.amount), 0) FROM ledger_line l JOIN ledger_entry e ON e.entry_id = l.entry_id
                WHERE l.account = ? AND e.currency = ?""")
                .params(account.id(), currency.getCurrencyCode()).query(Long.class).single();
    }

    /** What escrow still holds for one order (credits minus debits of PLATFORM_ESCROW in its entries). */
    long escrowHeld(String orderId) {
        return -jdbc.sql("""
                SELECT COALESCE(SUM(l.amount), 0) FROM ledger_line l JOIN ledger_entry e ON e.entry_id = l.entry_id
                WHERE e.order_id = ? AND l.account = ?""")
                .params(orderId, Account.PLATFORM_ESCROW.id()).query(Long.class).single();
    }

    List<AccountBalance> balances() {
        return jdbc.sql("""
                SELECT l.account, e.currency,
                       SUM(CASE WHEN l.amount > 0 THEN l.amount ELSE 0 END) AS debits,
                       SUM(CASE WHEN l.amount < 0 THEN -l.amount ELSE 0 END) AS credits,
                       COUNT(*) AS postings
                FROM ledger_line l JOIN ledger_entry e ON e.entry_id = l.entry_id
                GROUP BY l.account, e.currency ORDER BY l.account, e.currency""")
                .query((rs, n) -> new AccountBalance(rs.getString("account"), Currency.getInstance(rs.getString("currency")),
                        rs.getLong("debits"), rs.getLong("credits"), rs.getLong("debits") - rs.getLong("credits"),
                        rs.getLong("postings")))
                .list();
    }

    List<LedgerLine> lines(Account account) {
        return jdbc.sql("""
                SELECT e.entry_id, e.reference, e.kind, e.order_id, e.posted_at, e.currency, l.amount, e.memo
                FROM ledger_line l JOIN ledger_entry e ON e.entry_id = l.entry_id
                WHERE l.account = ? ORDER BY e.entry_id DESC, l.line_no""")
                .param(account.id())
                .query((rs, n) -> new LedgerLine(rs.getLong("entry_id"), rs.getString("reference"),
                        EntryKind.valueOf(rs.getString("kind")), rs.getString("order_id"),
                        rs.getObject("posted_at", OffsetDateTime.class).toInstant(),
                        Currency.getInstance(rs.getString("currency")), rs.getLong("amount"), rs.getString("memo")))
                .list();
    }

    List<LedgerLine> entriesOfOrder(String orderId) {
        return jdbc.sql("""
                SELECT entry_id, reference, kind, order_id, posted_at, currency, debit_total, memo
                FROM ledger_entry WHERE order_id = ? ORDER BY entry_id""")
                .param(orderId)
                .query((rs, n) -> new LedgerLine(rs.getLong("entry_id"), rs.getString("reference"),
                        EntryKind.valueOf(rs.getString("kind")), rs.getString("order_id"),
                        rs.getObject("posted_at", OffsetDateTime.class).toInstant(),
                        Currency.getInstance(rs.getString("currency")), rs.getLong("debit_total"), rs.getString("memo")))
                .list();
    }

    /**
     * The running balances ({@link #keepsRunningBalance}) that differ from the sum of their account's lines, as
     * {@code account currency: row R, lines L}, a payable with lines and no row included; empty in a sound ledger. One
     * statement, so that it reads one snapshot while entries are posted.
     */
    List<String> driftedBalances() {
        String sums = "(SELECT l.account, e.currency, SUM(l.amount) AS total FROM ledger_line l"
                + " JOIN ledger_entry e ON e.entry_id = l.entry_id WHERE l.account LIKE '" + RUNNING_BALANCE_KIND + "%'"
                + " GROUP BY l.account, e.currency) s";
        return jdbc.sql("SELECT b.account, b.currency, b.balance, COALESCE(s.total, 0) AS total"
                + " FROM ledger_account_balance b LEFT JOIN " + sums
                + " ON s.account = b.account AND s.currency = b.currency WHERE COALESCE(s.total, 0) <> b.balance"
                + " UNION ALL SELECT s.account, s.currency, NULL, s.total FROM " + sums
                + " LEFT JOIN ledger_account_balance b ON b.account = s.account AND b.currency = s.currency"
                + " WHERE b.account IS NULL AND s.total <> 0 ORDER BY 1, 2")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + ": row "
                        + (rs.getObject(3) == null ? "missing" : rs.getLong(3)) + ", lines " + rs.getLong(4))
                .list();
    }

    List<String> unbalancedEntries() {
        return jdbc.sql("""
                SELECT e.reference FROM ledger_entry e LEFT JOIN ledger_line l ON l.entry_id = e.entry_id
                GROUP BY e.entry_id, e.reference, e.debit_total
                HAVING COALESCE(SUM(l.amount), 0) <> 0
                    OR COALESCE(SUM(CASE WHEN l.amount > 0 THEN l.amount ELSE 0 END), 0) <> e.debit_total
                ORDER BY e.reference""")
                .query(String.class).list();
    }

    /** Refund payouts posted, by the PSP external key of the leg. */
    Map<String, Long> payouts() {
        Map<String, Long> payouts = new HashMap<>();
        jdbc.sql("SELECT reference, debit_total FROM ledger_entry WHERE kind = 'REFUND_PAYOUT'")
                .query(rs -> {
                    payouts.put(rs.getString("reference").substring(Postings.REFUND_PAID.length()), rs.getLong("debit_total"));
                });
        return payouts;
    }

    void rememberOrder(String orderId, String buyerId, String shopId, Currency currency) {
        jdbc.sql("INSERT INTO ledger_order (order_id, buyer_id, shop_id, currency) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(orderId, buyerId, shopId, currency.getCurrencyCode()).update();
    }

    /**
     * Remembers an order stored in this transaction: nothing remembered it before, so the row is inserted without
     * asking (on PostgreSQL with the transaction's next statement); a row there after all fails the transaction.
     */
    void rememberNewOrder(String orderId, String buyerId, String shopId, Currency currency) {
        inserts.insert("INSERT INTO ledger_order (order_id, buyer_id, shop_id, currency) VALUES (?, ?, ?, ?)",
                orderId, buyerId, shopId, currency.getCurrencyCode());
    }

    /** The order's buyer, shop and settlement, locked for the rest of the transaction. */
    Optional<LedgerOrder> lockOrder(String orderId) {
        return jdbc.sql("SELECT order_id, buyer_id, shop_id, currency, settled_at FROM ledger_order WHERE order_id = ? FOR UPDATE")
                .param(orderId)
                .query((rs, n) -> new LedgerOrder(rs.getString("order_id"), rs.getString("buyer_id"), rs.getString("shop_id"),
                        Currency.getInstance(rs.getString("currency")), rs.getObject("settled_at", OffsetDateTime.class) != null))
                .optional();
    }

    void markSettled(String orderId, Instant now) {
        jdbc.sql("UPDATE ledger_order SET settled_at = ? WHERE order_id = ?").params(at(now), orderId).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    record LedgerOrder(String orderId, String buyerId, String shopId, Currency currency, boolean settled) {
    }
}
