package io.redress.decisions;

import io.redress.orders.Order;
import io.redress.orders.Payment;
import io.redress.orders.RefundSplit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * One refund as decided, never changed afterwards: {@code amount} = Σ lines + shipping = Σ instruments = Σ funders.
 * Each instrument names the PSP reference of the payment it returns to; each line what the platform bears of it
 * (signed: negative when the platform takes its subsidy or points back); {@code quote} is the JSON of the quote the
 * amounts came from; {@code actor} and {@code action} say who decided, {@code reason} why.
 */
public record RefundDecision(String decisionId, String refundRef, String caseId, String orderId, String buyerId,
        String shopId, Currency currency, long amount, List<Line> lines, long shippingAmount,
        List<Instrument> instruments, Funders funders, String policyProfile, Integer policyVersion, String quote,
        String actor, String action, String reason, Instant decidedAt) {

    public RefundDecision {
        lines = List.copyOf(lines);
        instruments = List.copyOf(instruments);
        long parts = shippingAmount;
        long subsidy = 0;
        long points = 0;
        for (Line line : lines) {
            parts = Math.addExact(parts, line.amount());
            subsidy = Math.addExact(subsidy, line.platformSubsidy());
            points = Math.addExact(points, line.platformPoints());
        }
        long paid = instruments.stream().mapToLong(Instrument::amount).reduce(0, Math::addExact);
        if (amount < 0 || shippingAmount < 0 || parts != amount || paid != amount || funders.total() != amount) {
            throw new IllegalArgumentException("decision " + refundRef + " of " + amount + " does not add up: lines and"
                    + " shipping " + parts + ", instruments " + paid + ", funders " + funders.total());
        }
        if (funders.platformSubsidy() != subsidy || funders.platformPoints() != points) {
            throw new IllegalArgumentException("decision " + refundRef + ": funders differ from its lines' funders");
        }
    }

    /**
     * The decision {@code request} asks for, as {@code decisionId} at {@code decidedAt}: the split frozen as it is,
     * each instrument with its payment's PSP reference; fails when an instrument would take back more than its payment
     * can still return (what it paid less what was refunded; the case's own reservation counts as its).
     */
    public static RefundDecision of(Decide request, String decisionId, Instant decidedAt) {
        Order order = request.order();
        RefundSplit split = request.split();
        List<Line> lines = new ArrayList<>(split.lines().size());
        long seller = split.shippingAmount();
        long subsidy = 0;
        long points = 0;
        for (RefundSplit.Line line : split.lines()) {
            lines.add(new Line(line.lineId(), line.quantity(), line.amount(), line.platformSubsidy(),
                    line.platformPoints()));
            seller += line.seller();
            subsidy += line.platformSubsidy();
            points += line.platformPoints();
        }
        List<Instrument> instruments = new ArrayList<>(split.payments().size());
        for (RefundSplit.Payment part : split.payments()) {
            Payment payment = order.payments().stream().filter(p -> p.paymentId().equals(part.paymentId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("order " + order.orderId() + " has no payment "
                            + part.paymentId()));
            if (part.amount() > payment.amount() - payment.refundedAmount()) {
                throw new IllegalArgumentException("payment " + part.paymentId() + " cannot take back " + part.amount());
            }
            instruments.add(new Instrument(part.paymentId(), payment.pspReference(), part.amount()));
        }
        return new RefundDecision(decisionId, request.refundRef(), request.caseId(), order.orderId(), order.buyerId(),
                order.shopId(), order.currency(), split.total(), lines, split.shippingAmount(), instruments,
                new Funders(seller, subsidy, points), request.policyProfile(), request.policyVersion(),
                request.quote(), request.actor(), request.action(), request.reason(), decidedAt);
    }

    /** The instruments that return money (payments sends one leg for each). */
    public List<Instrument> paying() {
        return instruments.stream().filter(i -> i.amount() > 0).toList();
    }

    /** Units and money of one line, and what the platform bears of it; the seller bears the rest. */
    public record Line(String lineId, int quantity, long amount, long platformSubsidy, long platformPoints) {

        public long seller() {
            return amount - platformSubsidy - platformPoints;
        }
    }

    /** The part of the refund that goes back to one payment instrument, identified at the PSP by pspReference. */
    public record Instrument(String paymentId, String pspReference, long amount) {
    }

    /**
     * Who bears the refund: the seller, and the platform through its subsidies and through the points it funded;
     * the platform's parts are negative when it takes them back (then the seller gives back more than the cash).
     */
    public record Funders(long seller, long platformSubsidy, long platformPoints) {

        public long total() {
            return Math.addExact(Math.addExact(seller, platformSubsidy), platformPoints);
        }
    }
}
