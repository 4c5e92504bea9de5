package io.redress.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class PostingsProperties {

    static final Currency CNY = Currency.getInstance("CNY");

    @Property
    void everyRefundEntryBalancesAndTheSellerGivesBackExactlyItsShare(
            @ForAll @LongRange(min = 0, max = 10_000_000) long cash,
            @ForAll @LongRange(min = 0, max = 1_000_000) long platform,
            @ForAll @LongRange(min = 0, max = 1_000_000) long points,
            @ForAll boolean settled,
            @ForAll @LongRange(min = -1_000_000, max = 20_000_000) long sellerAvailable) {
        if (cash + platform + points == 0) {
            return;
        }
        RefundFunding funding = new RefundFunding("o", "b", "s", CNY, cash, platform, points);
        JournalEntry entry = Postings.refund("r", funding, settled, sellerAvailable);

        assertThat(entry.postings().stream().mapToLong(Posting::amount).sum()).isZero();
        long fromSeller = entry.amountFor(Account.PLATFORM_ESCROW) + entry.amountFor(Account.sellerPayable("s"))
                + entry.amountFor(Account.sellerReceivable("s"));
        assertThat(fromSeller).isEqualTo(cash + platform + points);
        assertThat(entry.amountFor(Account.sellerPayable("s"))).isBetween(0L, Math.max(0, sellerAvailable));
        assertThat(entry.amountFor(Account.buyerFunds("b"))).isEqualTo(-cash);
    }
}
