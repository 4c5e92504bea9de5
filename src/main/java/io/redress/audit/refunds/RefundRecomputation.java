package io.redress.audit.refunds;

import io.redress.amounts.RefundQuote;
import io.redress.decisions.RefundDecision;
import io.redress.orders.RefundSplit;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes one refund from its frozen quote and the case's recorded request, and compares the result with the
 * decision, with what payments paid and with what the ledger posted (docs/audit.md, "Refund audit"). Pure: every
 * input is in {@link RefundEvidence}; each difference is a {@link Finding}.
 */
public final class RefundRecomputation {

    private final RefundEvidence evidence;
    private final FrozenQuote frozen;
    private final RefundDecision d;
    private final List<Finding> findings = new ArrayList<>();

    private RefundRecomputation(RefundEvidence evidence, FrozenQuote frozen) {
        this.evidence = evidence;
        this.frozen = frozen;
        this.d = evidence.decision();
    }

    /** The differences of one refund; the decision's frozen quote is read back with {@code json}. */
    public static List<Finding> check(RefundEvidence evidence, tools.jackson.databind.json.JsonMapper json) {
        RefundDecision d = evidence.decision();
        FrozenQuote frozen = null;
        if (d.quote() != null) {
            try {
                frozen = FrozenQuote.read(json, d.quote());
            } catch (RuntimeException unreadable) {
                return List.of(new Finding(d.refundRef(), d.caseId(), d.shopId(), "quote", "a readable quote",
                        "unreadable", String.valueOf(unreadable.getMessage())));
            }
        }
        return check(evidence, frozen);
    }

    /** The differences of one refund; {@code frozen} is the decision's quote read back, null when it froze none. */
    static List<Finding> check(RefundEvidence evidence, FrozenQuote frozen) {
        RefundRecomputation r = new RefundRecomputation(evidence, frozen);
        r.request();
        if (frozen != null) {
            new QuoteCheck(r).run();
        } else if (r.d.amount() > 0) {
            r.differ("quote", "the quote the reservation was taken from", "none", "a decision that pays must cite its quote");
        }
        new MoneyCheck(r).run();
        return List.copyOf(r.findings);
    }

    RefundDecision decision() {
        return d;
    }

    RefundEvidence evidence() {
        return evidence;
    }

    FrozenQuote frozen() {
        return frozen;
    }

    void differ(String part, Object expected, Object found, String explanation) {
        findings.add(new Finding(d.refundRef(), d.caseId(), d.shopId(), part, String.valueOf(expected),
                String.valueOf(found), explanation));
    }

    void same(String part, long expected, long found, String explanation) {
        if (expected != found) {
            differ(part, expected, found, explanation);
        }
    }

    private void request() {
        RefundEvidence.CaseRequest request = evidence.request();
        if (request == null) {
            differ("case", "the case " + d.caseId(), "unknown", "every decision belongs to a recorded case");
            return;
        }
        if (!java.util.Objects.equals(request.policyProfile(), d.policyProfile())
                || !java.util.Objects.equals(request.policyVersion(), d.policyVersion())) {
            differ("policyVersion", request.policyProfile() + ":" + request.policyVersion(),
                    d.policyProfile() + ":" + d.policyVersion(), "the decision runs under the version the case recorded");
        }
        if (!evidence.policyKnown()) {
            differ("policyVersion", "a stored policy version", d.policyProfile() + ":" + d.policyVersion(),
                    "Policies.find(profile, version) has no such version");
        }
    }

    /** What the case asked and agreed, capped by the quote: the amount the decision must pay. */
    long expectedAmount(RefundQuote quote) {
        RefundEvidence.CaseRequest request = evidence.request();
        if (request == null) {
            return d.amount();
        }
        return request.agreedAmount() != null ? request.agreedAmount()
                : Math.min(request.requestedAmount(), quote.maxRefundable());
    }

    /**
     * The split the reservation path yields: the request reserved ({@code quote.split(requested)}), then kept down to
     * the decided amount ({@code RefundSplit.scaledTo}); for a ruling also the ruled amount reserved directly.
     */
    RefundSplit expectedSplit(RefundQuote quote) {
        long amount = d.amount();
        if (amount > quote.maxRefundable()) {
            return null;
        }
        RefundEvidence.CaseRequest request = evidence.request();
        long reserved = request == null ? amount : Math.min(request.requestedAmount(), quote.maxRefundable());
        if (reserved < amount) {
            return quote.split(amount);
        }
        RefundSplit kept = quote.split(reserved).scaledTo(amount);
        // a ruling paying more than the case held re-quotes and reserves the ruled amount itself (CaseRulings)
        if (d.action().startsWith("RULING") && !matches(kept) && matches(quote.split(amount))) {
            return quote.split(amount);
        }
        return kept;
    }

    boolean matches(RefundSplit split) {
        if (split.shippingAmount() != d.shippingAmount() || split.lines().size() != d.lines().size()
                || split.payments().size() != d.instruments().size()) {
            return false;
        }
        for (int i = 0; i < d.lines().size(); i++) {
            RefundSplit.Line e = split.lines().get(i);
            RefundDecision.Line f = d.lines().get(i);
            if (!e.lineId().equals(f.lineId()) || e.quantity() != f.quantity() || e.amount() != f.amount()
                    || e.platformSubsidy() != f.platformSubsidy() || e.platformPoints() != f.platformPoints()) {
                return false;
            }
        }
        for (int p = 0; p < split.payments().size(); p++) {
            if (!split.payments().get(p).paymentId().equals(d.instruments().get(p).paymentId())
                    || split.payments().get(p).amount() != d.instruments().get(p).amount()) {
                return false;
            }
        }
        return true;
    }
}
