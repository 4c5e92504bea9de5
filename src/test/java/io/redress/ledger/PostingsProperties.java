package io.redress.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.Draw;
import io.redress.Tries;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class PostingsProperties {

    static final Currency CNY = Currency.getInstance("CNY");

    record Refund(long cash, long platform, long points, boolean settled, long sellerAvailable) {
    }

    @Test
    void everyRefundEntryBalancesAndTheSellerGivesBackExactlyItsShare() {
        Tries.forAll(1000, random -> new Refund(Draw.between(random, 0L, 10_000_000L), Draw.between(random, 0L, 1_000_000L),
                Draw.between(random, 0L, 1_000_000L), random.nextBoolean(), Draw.between(random, -1_000_000L, 20_000_000L)),
                this::balancesAndTheSellerGivesBackItsShare);
    }

    private void balancesAndTheSellerGivesBackItsShare(Refund refund) {
        long cash = refund.cash();
        long platform = refund.platform();
        long points = refund.points();
        long sellerAvailable = refund.sellerAvailable();
        if (cash + platform + points == 0) {
            return;
        }
        RefundFunding funding = new RefundFunding("o", "b", "s", CNY, cash, platform, points);
        JournalEntry entry = Postings.refund("r", funding, refund.settled(), sellerAvailable);

        assertThat(entry.postings().stream().mapToLong(Posting::amount).sum()).isZero();
        long fromSeller = entry.amountFor(Account.PLATFORM_ESCROW) + entry.amountFor(Account.sellerPayable("s"))
                + entry.amountFor(Account.sellerReceivable("s"));
        assertThat(fromSeller).isEqualTo(cash + platform + points);
        assertThat(entry.amountFor(Account.sellerPayable("s"))).isBetween(0L, Math.max(0, sellerAvailable));
        assertThat(entry.amountFor(Account.buyerFunds("b"))).isEqualTo(-cash);
    }
}
