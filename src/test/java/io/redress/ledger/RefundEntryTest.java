package io.redress.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;

/** A refund's funding and the journal entry it becomes. */
class RefundEntryTest {

    static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void anyPartAloneOrPartsThatCancelInSomeOtherSumMakeARefund() {
        assertThat(new RefundFunding("o", "b", "s", CNY, 100, 100, 0).sellerAmount()).isEqualTo(200);
        assertThat(new RefundFunding("o", "b", "s", CNY, 0, 100, 100).sellerAmount()).isEqualTo(200);
        assertThat(new RefundFunding("o", "b", "s", CNY, 100, 0, 100).sellerAmount()).isEqualTo(200);
        assertThatThrownBy(() -> new RefundFunding("o", "b", "s", CNY, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMemoSaysWhetherTheSellerPaysFromEscrowOrAfterSettlement() {
        RefundFunding funding = new RefundFunding("o-1", "b", "s", CNY, 100, 0, 0);

        assertThat(Postings.refund("r", funding, false, 0).memo()).isEqualTo("refund from escrow for order o-1");
        assertThat(Postings.refund("r", funding, true, 0).memo()).isEqualTo("refund after settlement for order o-1");
    }

    @Test
    void aPartThePlatformBearsIsDebitedToItAndTheSellerGivesBackOnlyTheRest() {
        // a released threshold charge of a platform coupon: the platform bears 100 of a 500 refund
        RefundFunding funding = new RefundFunding("o-1", "b", "s", CNY, 500, -100, 0);

        JournalEntry entry = Postings.refund("r", funding, false, 0);

        assertThat(entry.amountFor(Account.PLATFORM_SUBSIDY)).isEqualTo(100);
        assertThat(entry.amountFor(Account.PLATFORM_ESCROW)).isEqualTo(400);
        assertThat(entry.amountFor(Account.buyerFunds("b"))).isEqualTo(-500);
        assertThatThrownBy(() -> new RefundFunding("o-1", "b", "s", CNY, -1, 100, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
