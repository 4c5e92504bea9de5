package io.redress.audit.refunds;

import io.redress.decisions.RefundDecision;
import io.redress.orders.Payment;
import java.util.List;
import java.util.Map;

/**
 * What the refund audit checks one decision against, gathered from the other modules: the frozen decision; the
 * case's recorded request (lines and units, requested and agreed amount, policy profile and version; {@code null}
 * fields when the case is unknown); whether that policy version exists; the order's payment instruments; the legs
 * payments recorded for the refund (and its retries); and what the ledger's {@code refund:REF} entry posted to the
 * buyer's funds, the platform subsidy and the points liability (null when no entry exists).
 */
public record RefundEvidence(RefundDecision decision, CaseRequest request, boolean policyKnown,
        List<Payment> orderPayments, List<PaidLeg> legs, Posted posted) {

    /** The request as the case recorded it. */
    public record CaseRequest(Map<String, Integer> lines, long requestedAmount, Long agreedAmount,
            String policyProfile, Integer policyVersion) {
    }

    /** One refund leg as payments recorded it; {@code succeeded} when the PSP paid it, {@code open} while in flight. */
    public record PaidLeg(String externalKey, String paymentId, String pspReference, long amount, boolean succeeded,
            boolean open) {
    }

    /**
     * The ledger's refund entry: cash credited to the buyer (positive), the platform's signed parts as posted;
     * {@code fundersPending} for a refund the platform advanced and nobody has borne yet (its funders are posted when
     * the seller settles it, docs/instant-refund.md).
     */
    public record Posted(long buyerCash, long platformSubsidy, long platformPoints, boolean fundersPending) {

        public Posted(long buyerCash, long platformSubsidy, long platformPoints) {
            this(buyerCash, platformSubsidy, platformPoints, false);
        }
    }
}
