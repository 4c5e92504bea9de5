package io.redress.postrefund;

import io.redress.postrefund.PostRefundRequest.Grounds;
import io.redress.postrefund.PostRefundRequest.Kind;
import io.redress.postrefund.PostRefundRequest.Outcome;
import io.redress.postrefund.PostRefundRequest.Status;
import java.time.Instant;
import java.util.List;

/**
 * What happened to a request after a refund or to a receivable, published in the transaction that stored it (the
 * audit trail records each as {@code post-refund.<name>}; the webhook catalogue turns some into events).
 */
public sealed interface PostRefundEvent {

    String caseId();

    Instant at();

    /** A request was filed and accepted for handling. */
    record Requested(String requestId, String caseId, Kind kind, Grounds grounds, RefundSource refundSource,
            String requestedBy, Instant dueAt, Instant at) implements PostRefundEvent {
    }

    /** A request changed: answered, reviewed, withdrawn, expired or found overdue. */
    record Changed(String requestId, String caseId, Kind kind, String action, Status from, Status to, String actor,
            String reasons, Instant at) implements PostRefundEvent {
    }

    /**
     * The seller accepted a reinstatement: what the marketplace needs to create the new order, at the original unit
     * prices, linked to the case.
     */
    record ReinstatementAccepted(String requestId, String caseId, String orderId, String buyerId, String shopId,
            String currency, List<Line> lines, String addressRef, Instant at) implements PostRefundEvent {

        public ReinstatementAccepted {
            lines = List.copyOf(lines);
        }

        /** One line of the new order: the original line, its units and its original unit price. */
        public record Line(String originalLineId, String sku, String title, int quantity, long unitPrice) {
        }
    }

    /** A senior agent upheld or rejected a seller's appeal. */
    record AppealReviewed(String requestId, String caseId, Status decision, Outcome outcome, Long amount,
            NotAcceptedReason reasonCode, boolean badFaith, String reviewedBy, Instant at) implements PostRefundEvent {
    }

    /** The platform compensated the seller for a refund its own decision caused. */
    record SellerCompensated(String requestId, String caseId, String shopId, long amount, String currency, Instant at)
            implements PostRefundEvent {
    }

    /** A receivable against the buyer was opened, paid, consented to offset, or written off. */
    record ReceivableChanged(String receivableId, String requestId, String caseId, String buyerId, String action,
            long amount, long outstanding, Receivable.Status status, String actor, String note, Instant at)
            implements PostRefundEvent {
    }
}
