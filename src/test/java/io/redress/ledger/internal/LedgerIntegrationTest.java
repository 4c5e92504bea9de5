package io.redress.ledger.internal;

import io.redress.ledger.LineFundings;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.ledger.Account;
import io.redress.ledger.Ledger;
import io.redress.ledger.Postings;
import io.redress.ledger.RefundFunding;
import io.redress.ledger.SampleOrders;
import io.redress.orders.Order;
import io.redress.payments.RefundLegSucceeded;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@RedressIntegrationTest
class LedgerIntegrationTest {

    static final Currency CNY = Currency.getInstance("CNY");

    @Autowired Ledger ledger;
    @Autowired LedgerListeners listeners;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void captureIsPostedOnceHoweverOftenItIsReported() {
        Order order = SampleOrders.domainExample("o-" + UUID.randomUUID(), "buyer-1", "shop-" + UUID.randomUUID());

        assertThat(ledger.capture(order)).isTrue();
        assertThat(ledger.capture(order)).isFalse();
        assertThat(ledger.lines(Account.PLATFORM_ESCROW)).filteredOn(line -> line.orderId().equals(order.orderId()))
                .singleElement().satisfies(line -> assertThat(line.amount()).isEqualTo(-23530));
    }

    @Test
    void refundAfterSettlementDebitsTheSellerAndShortfallBecomesAReceivable() {
        String shop = "shop-" + UUID.randomUUID();
        String buyer = "buyer-" + UUID.randomUUID();
        Order small = SampleOrders.domainExample("o-" + UUID.randomUUID(), buyer, shop);
        ledger.capture(small);
        ledger.settle(small.orderId());
        assertThat(ledger.balance(Account.sellerPayable(shop), CNY)).isEqualTo(-23530);

        ledger.refund("case-" + UUID.randomUUID(), LineFundings.ofLines(small, List.of("A", "B", "C")));
        ledger.refund("case-" + UUID.randomUUID(), LineFundings.ofLines(small, List.of("C")));

        assertThat(ledger.balance(Account.sellerPayable(shop), CNY)).isZero();
        assertThat(ledger.balance(Account.sellerReceivable(shop), CNY)).isEqualTo(4286);
        assertThat(ledger.balance(Account.buyerFunds(buyer), CNY)).isEqualTo(-(21530 + 3922));
        assertThat(ledger.unbalancedEntries()).isEmpty();
    }

    @Test
    void aShopsPayableKeepsItsBalanceInOneRowThatEveryEntryMovesAndThatEqualsItsLines() {
        String shop = "shop-" + UUID.randomUUID();
        Account payable = Account.sellerPayable(shop);
        Order first = SampleOrders.domainExample("o-" + UUID.randomUUID(), "buyer-1", shop);
        Order second = SampleOrders.domainExample("o-" + UUID.randomUUID(), "buyer-1", shop);
        ledger.capture(first);
        ledger.capture(second);
        ledger.settle(first.orderId());
        assertThat(runningRow(payable)).containsExactly(-23530L);
        ledger.settle(second.orderId());
        ledger.refund("case-" + UUID.randomUUID(), LineFundings.ofLines(first, List.of("C")));

        assertThat(runningRow(payable)).containsExactly(-(2 * 23530L - 4286));
        assertThat(ledger.balance(payable, CNY)).isEqualTo(-(2 * 23530L - 4286));
        // accounts other than payables keep no row: the platform's escrow would be the row every posting waits for
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_account_balance WHERE account NOT LIKE 'SELLER_PAYABLE:%'")
                .query(Long.class).single()).isZero();
        assertThat(RunningBalances.differences(jdbc)).isEmpty();
    }

    private List<Long> runningRow(Account account) {
        return jdbc.sql("SELECT balance FROM ledger_account_balance WHERE account = ? AND currency = 'CNY'")
                .param(account.id()).query(Long.class).list();
    }

    @Test
    void refundBeforeSettlementLeavesTheSellerUntouchedAndSettlementReleasesOnlyTheRest() {
        String shop = "shop-" + UUID.randomUUID();
        Order order = SampleOrders.domainExample("o-" + UUID.randomUUID(), "buyer-1", shop);
        ledger.capture(order);

        ledger.refund("case-" + UUID.randomUUID(), LineFundings.ofLines(order, List.of("C")));
        assertThat(ledger.balance(Account.sellerPayable(shop), CNY)).isZero();

        assertThat(ledger.settle(order.orderId())).isTrue();
        assertThat(ledger.settle(order.orderId())).isFalse();
        assertThat(ledger.balance(Account.sellerPayable(shop), CNY)).isEqualTo(-(23530 - 4286));
    }

    @Test
    void paidRefundLegClearsWhatTheBuyerWasOwedOnce() {
        String buyer = "buyer-" + UUID.randomUUID();
        Order order = SampleOrders.domainExample("o-" + UUID.randomUUID(), buyer, "shop-1");
        ledger.capture(order);
        ledger.refund("case-x", LineFundings.ofLines(order, List.of("C")));
        RefundLegSucceeded paid = new RefundLegSucceeded("case-x", order.orderId(), "case-x-" + order.orderId(), "p", CNY, 3922);

        listeners.post(paid);
        listeners.post(paid);

        Waiting.until(() -> ledger.balance(Account.buyerFunds(buyer), CNY), balance -> balance == 0);
        assertThat(ledger.lines(Account.buyerFunds(buyer))).hasSize(2);
    }

    @Test
    void entriesPostedTwiceUnderOneReferenceCountOnce() {
        String buyer = "buyer-" + UUID.randomUUID();
        var advance = Postings.advance("case-" + buyer, "o-1", buyer, CNY, 700);

        assertThat(ledger.post(advance)).isTrue();
        assertThat(ledger.post(advance)).isFalse();
        assertThat(ledger.balance(Account.buyerFunds(buyer), CNY)).isEqualTo(-700);
    }
}
