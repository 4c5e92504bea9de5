package io.redress.ledger.internal;

import io.redress.ledger.Account;
import io.redress.ledger.AccountBalance;
import io.redress.ledger.JournalEntry;
import io.redress.ledger.Ledger;
import io.redress.ledger.LedgerLine;
import io.redress.ledger.Postings;
import io.redress.ledger.RefundFunding;
import io.redress.ledger.internal.JournalRows.LedgerOrder;
import io.redress.orders.Order;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ledger on its tables; entries that depend on a balance lock the account they read. */
@Service
class LedgerJournal implements Ledger {

    private final JournalRows rows;
    private final Clock clock;

    LedgerJournal(JournalRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean post(JournalEntry entry) {
        return rows.insert(entry, now()).isPresent();
    }

    @Override
    @Transactional
    public boolean capture(Order order) {
        rows.rememberOrder(order.orderId(), order.buyerId(), order.shopId(), order.currency());
        return rows.insert(Postings.capture(order), now()).isPresent();
    }

    @Override
    @Transactional
    public boolean settle(String orderId) {
        LedgerOrder order = rows.lockOrder(orderId)
                .orElseThrow(() -> new IllegalArgumentException("the ledger has no capture of order " + orderId));
        if (order.settled()) {
            return false;
        }
        long held = rows.escrowHeld(orderId);
        if (held > 0) {
            rows.insert(Postings.settlement(orderId, order.shopId(), order.currency(), held), now());
        }
        rows.markSettled(orderId, now());
        return true;
    }

    @Override
    @Transactional
    public JournalEntry refund(String reference, RefundFunding funding) {
        Instant now = now();
        // The order lock orders this refund with the order's settlement, so it reads which side pays correctly.
        boolean settled = rows.lockOrder(funding.orderId()).map(LedgerOrder::settled).orElse(false);
        long available = 0;
        if (settled) {
            Account payable = Account.sellerPayable(funding.shopId());
            rows.lock(payable, now);
            available = -rows.balance(payable, funding.currency());
        }
        JournalEntry entry = Postings.refund(reference, funding, settled, available);
        rows.insert(entry, now);
        return entry;
    }

    @Override
    public List<AccountBalance> balances() {
        return rows.balances();
    }

    @Override
    public long balance(Account account, Currency currency) {
        return rows.balance(account, currency);
    }

    @Override
    public List<LedgerLine> lines(Account account) {
        return rows.lines(account);
    }

    @Override
    public List<String> unbalancedEntries() {
        return rows.unbalancedEntries();
    }

    private Instant now() {
        return clock.instant();
    }
}
