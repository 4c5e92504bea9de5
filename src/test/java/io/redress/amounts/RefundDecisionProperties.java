package io.redress.amounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.Draw;
import io.redress.Tries;
import io.redress.decisions.Decide;
import io.redress.decisions.RefundDecision;
import io.redress.ledger.Account;
import io.redress.ledger.JournalEntry;
import io.redress.ledger.Posting;
import io.redress.ledger.Postings;
import io.redress.ledger.RefundFunding;
import io.redress.orders.Funder;
import io.redress.orders.Order;
import io.redress.orders.RefundSplit;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every refund decision holds, over generated orders and their histories of partial refunds, each decided at
 * the quote's amount or at a lower agreed amount: its parts add up, no instrument takes back more than it still
 * can, its funders are the quote's, and the ledger posts exactly its funders.
 */
class RefundDecisionProperties {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    @Test
    void linesInstrumentsAndFundersAddUpToTheDecidedAmountAndNoInstrumentTakesBackMoreThanItCan() {
        Tries.forAll(2000, RefundAmountProperties::refunding, given -> decideEachPiece(given, (current, quote, decision) -> {
            long lines = decision.lines().stream().mapToLong(RefundDecision.Line::amount).sum() + decision.shippingAmount();
            long instruments = decision.instruments().stream().mapToLong(RefundDecision.Instrument::amount).sum();
            assertThat(lines).isEqualTo(instruments).isEqualTo(decision.funders().total()).isEqualTo(decision.amount());
            for (RefundDecision.Instrument instrument : decision.instruments()) {
                var payment = current.payments().stream().filter(p -> p.paymentId().equals(instrument.paymentId()))
                        .findFirst().orElseThrow();
                assertThat(instrument.amount()).isBetween(0L, payment.remaining());
                assertThat(instrument.pspReference()).isEqualTo(payment.pspReference());
            }
            for (RefundDecision.Line line : decision.lines()) {
                RefundQuote.LineAmount quoted = quote.lines().stream().filter(l -> l.lineId().equals(line.lineId()))
                        .findFirst().orElseThrow();
                assertThat(line.amount()).isBetween(0L, quoted.amount());
                assertThat(Math.abs(line.platformSubsidy())).isLessThanOrEqualTo(Math.abs(quoted.platformSubsidy()));
                assertThat(Math.abs(line.platformPoints())).isLessThanOrEqualTo(Math.abs(quoted.platformPoints()));
            }
            if (decision.amount() == quote.maxRefundable()) {
                assertThat(decision.funders().seller()).isEqualTo(quote.byFunder().get(Funder.SELLER));
                assertThat(decision.funders().platformSubsidy() + decision.funders().platformPoints())
                        .isEqualTo(quote.byFunder().get(Funder.PLATFORM));
            }
        }));
    }

    @Test
    void theLedgerPostsExactlyTheDecisionsFunders() {
        Tries.forAll(2000, RefundAmountProperties::refunding, given -> {
            Random books = new Random(given.seed() ^ 0x5eed);
            decideEachPiece(given, (current, quote, decision) -> {
                RefundDecision.Funders funders = decision.funders();
                if (funders.seller() == 0 && funders.platformSubsidy() == 0 && funders.platformPoints() == 0
                        && decision.amount() == 0) {
                    return;
                }
                JournalEntry entry = Postings.refund(decision.refundRef(), RefundFunding.of(decision),
                        books.nextBoolean(), Draw.between(books, -1_000_000L, 20_000_000L));

                assertThat(entry.postings().stream().mapToLong(Posting::amount).sum()).isZero();
                assertThat(entry.amountFor(Account.PLATFORM_SUBSIDY)).isEqualTo(funders.platformSubsidy());
                assertThat(entry.amountFor(Account.POINTS_LIABILITY)).isEqualTo(funders.platformPoints());
                assertThat(entry.amountFor(Account.PLATFORM_ESCROW) + entry.amountFor(Account.sellerPayable(current.shopId()))
                        + entry.amountFor(Account.sellerReceivable(current.shopId()))).isEqualTo(funders.seller());
                assertThat(entry.amountFor(Account.buyerFunds(current.buyerId()))).isEqualTo(-decision.amount());
            });
        });
    }

    interface DecisionCheck {
        void check(Order current, RefundQuote quote, RefundDecision decision);
    }

    /**
     * Refunds the generated order piece by piece; each piece is decided from the quote's split at the quoted amount
     * or, one time in two, at a lower agreed amount, as a case reserves and then decides it.
     */
    private static void decideEachPiece(RefundAmountProperties.Refunding given, DecisionCheck check) {
        Random agreed = new Random(given.seed() * 31 + 7);
        RefundAmountProperties.refundPieceByPiece(given, (current, quote) -> {
            long amount = agreed.nextBoolean() ? quote.maxRefundable() : Draw.between(agreed, 0L, quote.maxRefundable());
            RefundSplit reserved = quote.split(quote.maxRefundable());
            RefundSplit kept = reserved.scaledTo(amount);
            Order reservedOrder = Refunds.book(current, quote, true);
            RefundDecision decision = RefundDecision.of(new Decide("C-1", "C-1", reservedOrder, kept, "taobao", 1,
                    null, "SELLER", "AGREE", null), "RD-1", NOW);
            assertThat(quote.split(amount)).isEqualTo(kept);
            check.check(current, quote, decision);
        });
    }
}
