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
import io.redress.orders.Orders;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The ledger on its tables; entries that depend on a balance lock the account they read. */
@Service
class LedgerJournal implements Ledger {

    private final JournalRows rows;
    private final Clock clock;
    private final Orders orders;

    LedgerJournal(JournalRows rows, Clock clock, Orders orders) {
        this.rows = rows;
        this.clock = clock;
        this.orders = orders;
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
        return postCapture(order);
    }

    /**
     * The capture of an order its intake has just stored, in the intake's transaction: as {@link #capture}, with the
     * order's ledger row inserted without looking for one (nothing could have remembered an order that did not exist).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean captureReceived(Order order) {
        rows.rememberNewOrder(order.orderId(), order.buyerId(), order.shopId(), order.currency());
        return postCapture(order);
    }

    private boolean postCapture(Order order) {
        return !Postings.capturesNothing(order) && rows.insert(Postings.capture(order), now()).isPresent();
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
        return sellerSide(funding, (settled, available) -> Postings.refund(reference, funding, settled, available));
    }

    @Override
    @Transactional
    public JournalEntry settleAdvance(String reference, RefundFunding funding) {
        return sellerSide(funding, (settled, available) -> Postings.advanceSettled(reference, funding, settled, available));
    }

    /** Posts an entry that takes the seller's share from escrow, or after settlement from its payable as far as it goes. */
    private JournalEntry sellerSide(RefundFunding funding, SellerEntry entry) {
        Instant now = now();
        // The order lock orders this refund with the order's settlement, so it reads which side pays correctly.
        boolean settled = captured(funding.orderId()).settled();
        long available = 0;
        if (settled) {
            Account payable = Account.sellerPayable(funding.shopId());
            rows.lock(payable, now);
            available = -rows.balance(payable, funding.currency());
        }
        JournalEntry posted = entry.of(settled, available);
        rows.insert(posted, now);
        return posted;
    }

    private interface SellerEntry {
        JournalEntry of(boolean settled, long sellerAvailable);
    }

    /**
     * The order's ledger record, locked; an order whose capture has not been posted yet (its OrderReceived
     * listener is still to run) is captured from the orders module first, so money never leaves escrow it never entered.
     */
    @Transactional
    LedgerOrder captured(String orderId) {
        return rows.lockOrder(orderId).orElseGet(() -> {
            Order order = orders.find(orderId).orElseThrow(() -> new IllegalStateException("order " + orderId + " is unknown to the ledger and to orders"));
            capture(order);
            return rows.lockOrder(orderId).orElseThrow();
        });
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
    public List<LedgerLine> entriesOfOrder(String orderId) {
        return rows.entriesOfOrder(orderId);
    }

    @Override
    public List<String> driftedBalances() {
        return rows.driftedBalances();
    }

    @Override
    public List<String> unbalancedEntries() {
        return rows.unbalancedEntries();
    }

    private Instant now() {
        return clock.instant();
    }
}
