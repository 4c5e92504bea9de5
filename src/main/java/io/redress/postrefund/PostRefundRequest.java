package io.redress.postrefund;

import java.time.Instant;
import java.util.List;

/**
 * One request made after a refund, with its own state and deadline: a buyer's reinstatement (the seller answers) or a
 * seller's appeal (a senior agent reviews). {@code caseVersion} is the case's version when it was filed, where it sits
 * on the case's timeline; {@code version} counts the request's own changes (actions name it).
 */
public record PostRefundRequest(String requestId, String caseId, String orderId, String buyerId, String shopId,
        Kind kind, Status status, Grounds grounds, String message, List<String> evidenceIds, RefundSource refundSource,
        long refundedAmount, String currency, String addressRef, String requestedBy, Instant requestedAt, Instant dueAt,
        boolean overdue, Decision decision, long caseVersion, long version, Instant updatedAt) {

    public PostRefundRequest {
        evidenceIds = List.copyOf(evidenceIds);
    }

    /** What is asked. */
    public enum Kind {
        /** The buyer wants the goods again at the original line prices (补拍 with the seller's consent). */
        REINSTATEMENT,
        /** The seller contests a refund it did not agree to, with evidence (§8.2). */
        SELLER_APPEAL
    }

    /** Where a request stands; the last five are final. */
    public enum Status {
        AWAITING_SELLER, AWAITING_REVIEW, ACCEPTED, DECLINED, EXPIRED, UPHELD, REJECTED, WITHDRAWN;

        public boolean open() {
            return this == AWAITING_SELLER || this == AWAITING_REVIEW;
        }
    }

    /** A seller's grounds of appeal, from a fixed list. */
    public enum Grounds {
        EMPTY_PARCEL, SWAPPED_ITEM, FAKE_TRACKING, GOODS_NOT_RETURNED, OTHER
    }

    /** What a senior agent chooses for an upheld appeal. */
    public enum Outcome {
        /** The platform pays the seller: its own decision (a ruling, an advance) caused the loss. */
        PLATFORM_COMPENSATION,
        /** The buyer owes the amount back: a receivable, paid or offset with consent, or written off. */
        BUYER_RECEIVABLE
    }

    /**
     * The answer: who, when, why; for a reviewed appeal the decision's outcome, amount, a bad-faith finding on the
     * buyer, and the receivable it opened.
     */
    public record Decision(String decidedBy, Instant decidedAt, String reasons, NotAcceptedReason reasonCode,
            Outcome outcome, Long amount, boolean badFaith, String finding, String receivableId) {
    }

    public boolean open() {
        return status.open();
    }
}
