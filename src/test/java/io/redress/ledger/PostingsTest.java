package io.redress.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.orders.Order;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingsTest {

    static final Currency CNY = Currency.getInstance("CNY");
    final Order order = SampleOrders.domainExample("o-1", "buyer-1", "shop-1");

    @Test
    void lineCSplitsIntoBuyerCashPlatformSubsidyAndPoints() {
        RefundFunding funding = LineFundings.ofLines(order, List.of("C"));

        assertThat(funding.cashAmount()).isEqualTo(3922);
        assertThat(funding.platformAmount()).isEqualTo(273);
        assertThat(funding.pointsAmount()).isEqualTo(91);
        assertThat(funding.sellerAmount()).isEqualTo(4650 - 364).isEqualTo(4286);
    }

    @Test
    void captureOwesTheSellerItsReceivableInEscrow() {
        JournalEntry capture = Postings.capture(order);

        assertThat(Postings.capturesNothing(order)).isFalse();

        assertThat(capture.amountFor(Account.PSP_CLEARING)).isEqualTo(21530);
        assertThat(capture.amountFor(Account.PLATFORM_SUBSIDY)).isEqualTo(1500);
        assertThat(capture.amountFor(Account.POINTS_LIABILITY)).isEqualTo(500);
        // subtotal 25530 less the seller-funded shop coupon 2000
        assertThat(capture.amountFor(Account.PLATFORM_ESCROW)).isEqualTo(-23530);
    }

    @Test
    void fullRefundOfLineCAfterSettlementDebitsTheSeller4286AndReturnsTheSubsidy() {
        JournalEntry refund = Postings.refund("case-1", LineFundings.ofLines(order, List.of("C")), true, 100_000);

        assertThat(refund.amountFor(Account.sellerPayable("shop-1"))).isEqualTo(4286);
        assertThat(refund.amountFor(Account.PLATFORM_SUBSIDY) + refund.amountFor(Account.POINTS_LIABILITY)).isEqualTo(-364);
        assertThat(refund.amountFor(Account.POINTS_LIABILITY)).isEqualTo(-91);
        assertThat(refund.amountFor(Account.buyerFunds("buyer-1"))).isEqualTo(-3922);
        assertThat(refund.amountFor(Account.PLATFORM_ESCROW)).isZero();
    }

    @Test
    void refundBeforeSettlementComesOutOfEscrow() {
        JournalEntry refund = Postings.refund("case-1", LineFundings.ofLines(order, List.of("C")), false, 0);

        assertThat(refund.amountFor(Account.PLATFORM_ESCROW)).isEqualTo(4286);
        assertThat(refund.amountFor(Account.sellerPayable("shop-1"))).isZero();
        assertThat(refund.amountFor(Account.sellerReceivable("shop-1"))).isZero();
    }

    @Test
    void whatTheSellersBalanceCannotCoverBecomesAReceivable() {
        JournalEntry refund = Postings.refund("case-1", LineFundings.ofLines(order, List.of("C")), true, 1000);

        assertThat(refund.amountFor(Account.sellerPayable("shop-1"))).isEqualTo(1000);
        assertThat(refund.amountFor(Account.sellerReceivable("shop-1"))).isEqualTo(3286);
    }

    @Test
    void payoutMovesTheBuyersFundsOutOfPspClearing() {
        JournalEntry paid = Postings.refundPaid("case-1-1", "o-1", "buyer-1", CNY, 3922);

        assertThat(paid.amountFor(Account.buyerFunds("buyer-1"))).isEqualTo(3922);
        assertThat(paid.amountFor(Account.PSP_CLEARING)).isEqualTo(-3922);
    }

    @Test
    void advanceIsRecoveredFromTheBuyerAsAReceivableWhenTheBuyerWasAtFault() {
        JournalEntry advance = Postings.advance("case-9", "o-1", "buyer-1", CNY, 500);
        JournalEntry recovered = Postings.advanceRecovered("case-9", "o-1", CNY, Account.buyerReceivable("buyer-1"), 500);

        assertThat(advance.amountFor(Account.PLATFORM_ADVANCE) + recovered.amountFor(Account.PLATFORM_ADVANCE)).isZero();
        assertThat(recovered.amountFor(Account.buyerReceivable("buyer-1"))).isEqualTo(500);
    }

    @Test
    void unbalancedEntryIsRefused() {
        assertThatThrownBy(() -> new JournalEntry("x", EntryKind.REFUND, "o-1", CNY,
                List.of(Posting.debit(Account.PSP_CLEARING, 100), Posting.credit(Account.PLATFORM_ESCROW, 99)), null))
                .isInstanceOf(UnbalancedEntry.class).hasMessageContaining("differ by 1");
    }

    @Test
    void accountNamesAreKindAndOptionalOwner() {
        assertThat(Account.isValid("SELLER_PAYABLE:shop-1")).isTrue();
        assertThat(Account.isValid("seller_payable")).isFalse();
        assertThat(Account.isValid("PSP_CLEARING:a b")).isFalse();
    }

    @Test
    void anOverturnedRulingIsPutRightWithoutReversingTheRefund() {
        java.util.Currency cny = java.util.Currency.getInstance("CNY");
        RulingCorrection seller = new RulingCorrection("C-1:review", "C-1", "O-1", "b-1", "s-1", cny, 3000,
                RulingCorrection.Direction.COMPENSATE_SELLER);
        JournalEntry compensation = Postings.rulingCorrection(seller);
        assertThat(compensation.reference()).isEqualTo("ruling-correction:C-1:review");
        assertThat(compensation.kind()).isEqualTo(EntryKind.RULING_COMPENSATION);
        assertThat(compensation.amountFor(Account.PLATFORM_COMPENSATION)).isEqualTo(3000);
        assertThat(compensation.amountFor(Account.sellerPayable("s-1"))).isEqualTo(-3000);
        assertThat(compensation.amountFor(Account.buyerFunds("b-1"))).isZero();

        JournalEntry recovery = Postings.rulingCorrection(new RulingCorrection("C-1:review", "C-1", "O-1", "b-1", "s-1",
                cny, 3000, RulingCorrection.Direction.RECOVER_FROM_BUYER));
        assertThat(recovery.kind()).isEqualTo(EntryKind.RULING_RECOVERY);
        assertThat(recovery.amountFor(Account.buyerReceivable("b-1"))).isEqualTo(3000);
        assertThat(recovery.amountFor(Account.sellerPayable("s-1"))).isEqualTo(-3000);

        JournalEntry buyer = Postings.rulingCorrection(new RulingCorrection("C-2:review", "C-2", "O-2", "b-1", "s-1",
                cny, 8900, RulingCorrection.Direction.COMPENSATE_BUYER));
        assertThat(buyer.amountFor(Account.PLATFORM_COMPENSATION)).isEqualTo(8900);
        assertThat(buyer.amountFor(Account.buyerCompensation("b-1"))).isEqualTo(-8900);
        assertThat(buyer.debitTotal()).isEqualTo(8900);
    }
}
