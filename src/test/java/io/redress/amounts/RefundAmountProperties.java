package io.redress.amounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.amounts.QuoteRequest.Units;
import io.redress.amounts.RefundQuote.LineAmount;
import io.redress.amounts.RefundQuote.PaymentAmount;
import io.redress.orders.Funder;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import io.redress.orders.Payment;
import io.redress.Draw;
import io.redress.Tries;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** What must hold for every order: never more than paid, parts that agree, everything back at the end. */
class RefundAmountProperties {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    /** A generated order, and how it is refunded: the seed of the partial requests, the reason, the rules. */
    record Refunding(Order order, long seed, RefundReason reason, ThresholdPolicy policy, boolean keepGifts) {
    }

    static Refunding refunding(Random random) {
        return new Refunding(GeneratedOrders.order(random), random.nextLong(), Draw.oneOf(random, RefundReason.class),
                Draw.oneOf(random, ThresholdPolicy.class), random.nextBoolean());
    }

    @Test
    void quoteNeverExceedsWhatIsLeftPerLineAndPerPayment() {
        Tries.forAll(2000, RefundAmountProperties::refunding, given -> refundPieceByPiece(given, (current, quote) -> {
            for (LineAmount line : quote.lines()) {
                OrderLine ordered = current.line(line.lineId()).orElseThrow();
                long left = ordered.paidAmount() - ordered.refunds().refundedAmount() - ordered.refunds().reservedAmount();
                assertThat(line.amount()).isBetween(0L, left);
            }
            for (int p = 0; p < quote.byPayment().size(); p++) {
                assertThat(quote.byPayment().get(p).amount()).isBetween(0L, current.payments().get(p).remaining());
            }
        }));
    }

    @Test
    void paymentsLinesAndFundersAllAddUpToTheRefund() {
        Tries.forAll(2000, RefundAmountProperties::refunding, given -> refundPieceByPiece(given, (current, quote) -> {
            long lines = quote.lines().stream().mapToLong(LineAmount::amount).sum() + quote.shipping().refunded();
            long payments = quote.byPayment().stream().mapToLong(PaymentAmount::amount).sum();
            assertThat(payments).isEqualTo(lines).isEqualTo(quote.maxRefundable());
            assertThat(quote.byFunder()).isEqualTo(ReferenceAmounts.byFunder(current, quote));
        }));
    }

    @Test
    void eachLinesStepsAddUpToItsAmount() {
        Tries.forAll(2000, RefundAmountProperties::refunding, given -> refundPieceByPiece(given, (current, quote) -> {
            for (LineAmount line : quote.lines()) {
                assertThat(line.steps().stream().mapToLong(Step::amount).sum()).as(line.lineId()).isEqualTo(line.amount());
            }
            assertThat(quote.shipping().steps().stream().mapToLong(Step::amount).sum()).isEqualTo(quote.shipping().refunded());
        }));
    }

    @Test
    void partialRefundsNeverExceedPaidAndRefundingEverythingReturnsExactlyWhatWasPaid() {
        Tries.forAll(2000, RefundAmountProperties::refunding, given -> {
            Order order = given.order();
            long[] total = {0};
            Order current = refundPieceByPiece(order, given.reason(), rules(given.policy()), false, given.seed(),
                    (before, quote) -> {
                        total[0] += quote.maxRefundable();
                        assertThat(total[0]).isLessThanOrEqualTo(order.totalPaid());
                    });
            long refunded = total[0];
            long linesPaid = order.lines().stream().mapToLong(OrderLine::paidAmount).sum();
            assertThat(refunded - (current.shippingRefunded() + current.shippingReserved())).isEqualTo(linesPaid);
            for (OrderLine line : current.lines()) {
                assertThat(line.refunds().refundedAmount() + line.refunds().reservedAmount()).isEqualTo(line.paidAmount());
            }
            if (given.reason().sellerAtFault() || order.lines().stream().noneMatch(OrderLine::shipped)) {
                assertThat(refunded).isEqualTo(order.totalPaid());
                for (Payment payment : current.payments()) {
                    assertThat(payment.remaining()).isZero();
                }
            }
        });
    }

    @Test
    void quotesAreDeterministic() {
        Tries.forAll(1000, RefundAmountProperties::refunding, given -> {
            QuoteRequest request = randomRequest(given.order(), given.reason(), true, new Random(given.seed()));

            RefundQuote first = RefundAmounts.quote(given.order(), request, AmountRules.DEFAULTS, NOW);
            RefundQuote second = RefundAmounts.quote(GeneratedOrders.copy(given.order()), request, AmountRules.DEFAULTS, NOW);

            assertThat(second).isEqualTo(first);
        });
    }

    @Test
    void withThresholdsIgnoredEachLineGivesExactlyItsPaidShare() {
        Tries.forAll(1000, RefundAmountProperties::refunding, given -> {
            Order order = given.order();
            QuoteRequest request = randomRequest(order, RefundReason.QUALITY, false, new Random(given.seed()));

            RefundQuote quote = RefundAmounts.quote(order, request, rules(ThresholdPolicy.IGNORE), NOW);

            for (LineAmount line : quote.lines()) {
                OrderLine ordered = order.line(line.lineId()).orElseThrow();
                assertThat(line.amount()).isEqualTo(ReferenceAmounts.unitsCarry(ordered.paidAmount(), ordered.quantity(),
                        0, line.quantity()));
            }
        });
    }

    static Order refundPieceByPiece(Refunding given, BiConsumer<Order, RefundQuote> check) {
        return refundPieceByPiece(given.order(), given.reason(), rules(given.policy()), given.keepGifts(), given.seed(), check);
    }

    /**
     * Quotes random partial refunds until every unit is taken, booking each as refunded or in flight;
     * {@code check} sees each quote with the order it was made from. Returns the fully refunded order.
     */
    static Order refundPieceByPiece(Order order, RefundReason reason, AmountRules rules, boolean keepGifts, long seed,
                                    BiConsumer<Order, RefundQuote> check) {
        Random random = new Random(seed);
        Order current = order;
        while (!everythingTaken(current)) {
            RefundQuote quote = RefundAmounts.quote(current, randomRequest(current, reason, keepGifts, random), rules, NOW);
            check.accept(current, quote);
            current = Refunds.book(current, quote, random.nextBoolean());
        }
        return current;
    }

    static boolean everythingTaken(Order order) {
        return order.lines().stream().allMatch(l -> l.gift()
                || l.refunds().refundedQuantity() + l.refunds().reservedQuantity() == l.quantity());
    }

    static AmountRules rules(ThresholdPolicy policy) {
        return new AmountRules(policy, Duration.ofHours(168), ZoneId.of("Asia/Shanghai"));
    }

    /** Some units of some lines not yet taken; with {@code keepGifts} the buyer may keep gifts of those lines. */
    static QuoteRequest randomRequest(Order order, RefundReason reason, boolean keepGifts, Random random) {
        List<Units> units = new ArrayList<>();
        List<Units> open = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            int left = line.quantity() - line.refunds().refundedQuantity() - line.refunds().reservedQuantity();
            if (!line.gift() && left > 0) {
                open.add(new Units(line.lineId(), left));
                if (random.nextInt(3) == 0) {
                    units.add(new Units(line.lineId(), 1 + random.nextInt(left)));
                }
            }
        }
        if (units.isEmpty()) {
            Units one = open.get(random.nextInt(open.size()));
            units.add(new Units(one.lineId(), 1 + random.nextInt(one.quantity())));
        }
        List<Units> gifts = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            boolean mainAsked = units.stream().anyMatch(u -> u.lineId().equals(line.giftFor()));
            if (keepGifts && line.gift() && mainAsked && random.nextBoolean()) {
                gifts.add(new Units(line.lineId(), 1 + random.nextInt(line.quantity())));
            }
        }
        RefundType type = reason == RefundReason.NOT_RECEIVED ? RefundType.REFUND_ONLY : RefundType.RETURN_AND_REFUND;
        return new QuoteRequest(type, reason, units, gifts);
    }
}
