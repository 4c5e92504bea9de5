package io.redress.audit.refunds;

import io.redress.amounts.RefundQuote;
import io.redress.decisions.RefundDecision;
import io.redress.orders.Funder;
import io.redress.orders.RefundSplit;
import java.util.Map;

/**
 * The decision against its quote: the quote adds up, covers the units the case asked for, and the split of the
 * decided amount by the one splitting rule equals the decision line by line, for shipping, per instrument and per
 * funder.
 */
final class QuoteCheck {

    private final RefundRecomputation r;
    private final RefundQuote quote;
    private final RefundDecision d;

    QuoteCheck(RefundRecomputation r) {
        this.r = r;
        this.quote = r.frozen().quote();
        this.d = r.decision();
    }

    void run() {
        addsUp();
        units();
        r.same("amount", r.expectedAmount(quote), d.amount(), "the agreed amount, else the requested amount up to"
                + " the quote's maxRefundable " + quote.maxRefundable());
        RefundSplit split = r.expectedSplit(quote);
        if (split == null) {
            r.differ("amount", "at most " + quote.maxRefundable(), d.amount(), "more than the frozen quote can refund");
        } else if (!r.matches(split)) {
            parts(split);
        }
    }

    private void addsUp() {
        long lines = quote.shipping().refunded();
        long platform = 0;
        for (RefundQuote.LineAmount line : quote.lines()) {
            lines += line.amount();
            platform += line.platformSubsidy() + line.platformPoints();
        }
        String why = "a quote's maxRefundable = Σ lines + shipping = Σ byPayment = Σ byFunder";
        r.same("quote.lines", quote.maxRefundable(), lines, why);
        if (!quote.byPayment().isEmpty()) {
            r.same("quote.byPayment", quote.maxRefundable(),
                    quote.byPayment().stream().mapToLong(RefundQuote.PaymentAmount::amount).sum(), why);
        }
        if (!quote.byFunder().isEmpty()) {
            r.same("quote.byFunder", quote.maxRefundable(),
                    quote.byFunder().values().stream().mapToLong(Long::longValue).sum(), why);
            r.same("quote.byFunder.PLATFORM", platform, quote.byFunder().getOrDefault(Funder.PLATFORM, 0L),
                    "the platform's parts of the quote's lines");
        }
    }

    private void units() {
        RefundEvidence.CaseRequest request = r.evidence().request();
        if (request == null) {
            return;
        }
        for (RefundQuote.LineAmount line : quote.lines()) {
            if (line.quantity() > 0) {
                Integer asked = request.lines().get(line.lineId());
                if (asked == null || asked != line.quantity()) {
                    r.differ("line:" + line.lineId() + ".quantity", asked, line.quantity(),
                            "the units the case recorded for the line");
                }
            }
        }
    }

    private void parts(RefundSplit split) {
        String how = "quote.split(requested).scaledTo(" + d.amount() + ") of the frozen quote";
        Map<String, RefundDecision.Line> decided = new java.util.HashMap<>();
        d.lines().forEach(l -> decided.put(l.lineId(), l));
        long seller = split.shippingAmount();
        long subsidy = 0;
        long points = 0;
        for (RefundSplit.Line e : split.lines()) {
            seller += e.seller();
            subsidy += e.platformSubsidy();
            points += e.platformPoints();
            RefundDecision.Line f = decided.remove(e.lineId());
            String steps = how + "; the line's steps: " + r.frozen().stepsOf(e.lineId());
            if (f == null) {
                r.differ("line:" + e.lineId(), e.amount(), "missing", steps);
                continue;
            }
            r.same("line:" + e.lineId() + ".quantity", e.quantity(), f.quantity(), steps);
            r.same("line:" + e.lineId() + ".amount", e.amount(), f.amount(), steps);
            r.same("line:" + e.lineId() + ".platformSubsidy", e.platformSubsidy(), f.platformSubsidy(), steps);
            r.same("line:" + e.lineId() + ".platformPoints", e.platformPoints(), f.platformPoints(), steps);
        }
        decided.keySet().forEach(id -> r.differ("line:" + id, "none", decided.get(id).amount(), how));
        r.same("shipping", split.shippingAmount(), d.shippingAmount(), how + "; shipping steps: "
                + r.frozen().stepsOf("shipping"));
        Map<String, Long> paid = new java.util.HashMap<>();
        d.instruments().forEach(i -> paid.put(i.paymentId(), i.amount()));
        for (RefundSplit.Payment p : split.payments()) {
            Long found = paid.remove(p.paymentId());
            r.same("instrument:" + p.paymentId() + ".amount", p.amount(), found == null ? 0 : found,
                    how + "; the quote's byPayment in proportion to what each payment could still return");
        }
        paid.forEach((id, amount) -> r.differ("instrument:" + id + ".amount", 0, amount, "not a payment of the quote"));
        r.same("funders.seller", seller, d.funders().seller(), how + "; shipping and each line's rest");
        r.same("funders.platformSubsidy", subsidy, d.funders().platformSubsidy(), how + "; Σ lines' platformSubsidy");
        r.same("funders.platformPoints", points, d.funders().platformPoints(), how + "; Σ lines' platformPoints");
    }
}
