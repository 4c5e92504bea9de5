package io.redress.audit.refunds;

import io.redress.aftersale.Case;
import io.redress.aftersale.CaseLine;
import io.redress.aftersale.Cases;
import io.redress.decisions.RefundDecision;
import io.redress.ledger.Account;
import io.redress.ledger.RefundFunding;
import io.redress.ledger.Ledger;
import io.redress.ledger.LedgerLine;
import io.redress.orders.Order;
import io.redress.orders.Orders;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundStatus;
import io.redress.payments.Refunds;
import io.redress.policy.Policies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Gathers the evidence of one decision through the modules' own interfaces: the case (its request), the policy
 * version, the order's payments, the refund's legs and its retries' ({@code REF}, {@code REF-r2}, …) and the
 * ledger's {@code refund:REF} postings. One instance per run: it reads the platform's ledger accounts once.
 */
@Component
class RefundEvidenceSource {

    private static final int MAX_RETRIES = 100;

    private final Cases cases;
    private final Policies policies;
    private final Orders orders;
    private final Refunds refunds;
    private final Ledger ledger;

    RefundEvidenceSource(Cases cases, Policies policies, Orders orders, Refunds refunds, Ledger ledger) {
        this.cases = cases;
        this.policies = policies;
        this.orders = orders;
        this.refunds = refunds;
        this.ledger = ledger;
    }

    /** The platform accounts' postings by entry reference, read once per run. */
    record PlatformPostings(Map<String, Long> subsidy, Map<String, Long> points) {
    }

    PlatformPostings platformPostings() {
        return new PlatformPostings(byReference(ledger.lines(Account.PLATFORM_SUBSIDY)),
                byReference(ledger.lines(Account.POINTS_LIABILITY)));
    }

    RefundEvidence of(RefundDecision d, PlatformPostings platform) {
        Case c = cases.find(d.caseId()).orElse(null);
        RefundEvidence.CaseRequest request = null;
        if (c != null) {
            Map<String, Integer> lines = new LinkedHashMap<>();
            for (CaseLine line : c.lines()) {
                lines.put(line.lineId(), line.quantity());
            }
            request = new RefundEvidence.CaseRequest(lines, c.requestedAmount(), c.agreedAmount(), c.policyProfile(),
                    c.policyVersion());
        }
        boolean policyKnown = d.policyProfile() != null && d.policyVersion() != null
                && policies.find(d.policyProfile(), d.policyVersion()).isPresent();
        Order order = orders.find(d.orderId()).orElse(null);
        return new RefundEvidence(d, request, policyKnown, order == null ? List.of() : order.payments(), legs(d),
                posted(d, platform));
    }

    private List<RefundEvidence.PaidLeg> legs(RefundDecision d) {
        List<RefundEvidence.PaidLeg> legs = new ArrayList<>();
        add(legs, refunds.attempts(d.refundRef()));
        for (int retry = 2; retry <= MAX_RETRIES; retry++) {
            List<RefundAttempt> attempts = refunds.attempts(d.refundRef() + "-r" + retry);
            if (attempts.isEmpty()) {
                break;
            }
            add(legs, attempts);
        }
        return legs;
    }

    private static void add(List<RefundEvidence.PaidLeg> legs, List<RefundAttempt> attempts) {
        for (RefundAttempt a : attempts) {
            boolean open = a.status() != RefundStatus.SUCCEEDED && a.status() != RefundStatus.FAILED;
            legs.add(new RefundEvidence.PaidLeg(a.externalKey(), a.paymentId(), a.pspReference(), a.amount(),
                    a.status() == RefundStatus.SUCCEEDED, open));
        }
    }

    private RefundEvidence.Posted posted(RefundDecision d, PlatformPostings platform) {
        // a refund the platform advanced credits the buyer under advance:, and its funders under advance-settled:
        boolean advanced = RefundFunding.advancedByPlatform(d);
        String reference = (advanced ? "advance:" : "refund:") + d.refundRef();
        String funded = advanced ? "advance-settled:" + d.refundRef() : reference;
        List<LedgerLine> buyer = ledger.lines(Account.buyerFunds(d.buyerId())).stream()
                .filter(l -> l.reference().equals(reference)).toList();
        Long subsidy = platform.subsidy().get(funded);
        Long points = platform.points().get(funded);
        if (buyer.isEmpty() && subsidy == null && points == null) {
            return null;
        }
        boolean pending = advanced && ledger.lines(Account.PLATFORM_ADVANCE).stream()
                .noneMatch(l -> l.reference().equals(funded));
        return new RefundEvidence.Posted(-buyer.stream().mapToLong(LedgerLine::amount).sum(),
                subsidy == null ? 0 : subsidy, points == null ? 0 : points, pending);
    }

    private static Map<String, Long> byReference(List<LedgerLine> lines) {
        Map<String, Long> sums = new HashMap<>();
        lines.forEach(l -> sums.merge(l.reference(), l.amount(), Long::sum));
        return sums;
    }
}
