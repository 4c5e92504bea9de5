package io.redress.postrefund;

import io.redress.aftersale.CaseType;
import io.redress.postrefund.PostRefundRequest.Grounds;
import io.redress.postrefund.PostRefundRequest.Kind;
import io.redress.postrefund.PostRefundRequest.Status;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether the platform takes up a request made after a refund, as a pure function of the facts (DOMAIN §8.2, §8.3).
 * Rules are tried in the order below; the first that applies is the reason given.
 *
 * <p>Reinstatement: nothing refunded → NOTHING_REFUNDED; the seller already declined one → the platform does not
 * adjudicate regret over a completed refund (§8.3 no. 3); one open or accepted → ALREADY_REQUESTED. An expired or
 * withdrawn request may be made again.
 *
 * <p>Seller appeal: nothing refunded → NOTHING_REFUNDED; the seller itself agreed to the refund → §8.3 no. 3; a
 * refund-only case appealed as "goods not returned" (no return was ever owed) → §8.3 no. 5; after the seller's window
 * (T_SELLER_APPEAL from the refund) → §8.3 no. 1; the ruling's own appeal was taken → ALREADY_APPEALED; an earlier
 * appeal that was not withdrawn → ALREADY_REQUESTED.
 */
public final class AcceptanceRules {

    private AcceptanceRules() {
    }

    /** The facts a decision needs: the case's refund, the window, what is asked and what was asked before. */
    public record Facts(Kind kind, CaseType caseType, RefundSource source, Instant refundedAt, Instant appealUntil,
            Instant now, Grounds grounds, boolean rulingAppealed, List<PostRefundRequest> earlier) {

        public Facts {
            earlier = List.copyOf(earlier);
        }
    }

    /** The reason the request is not accepted, or empty when it is. */
    public static Optional<NotAcceptedReason> refusal(Facts f) {
        if (f.source() == RefundSource.NONE) {
            return Optional.of(NotAcceptedReason.NOTHING_REFUNDED);
        }
        return f.kind() == Kind.REINSTATEMENT ? reinstatement(f) : appeal(f);
    }

    private static Optional<NotAcceptedReason> reinstatement(Facts f) {
        List<PostRefundRequest> same = f.earlier().stream().filter(r -> r.kind() == Kind.REINSTATEMENT).toList();
        if (same.stream().anyMatch(r -> r.status() == Status.DECLINED)) {
            return Optional.of(NotAcceptedReason.REGRET_AFTER_AGREED_REFUND);
        }
        if (same.stream().anyMatch(r -> r.open() || r.status() == Status.ACCEPTED)) {
            return Optional.of(NotAcceptedReason.ALREADY_REQUESTED);
        }
        return Optional.empty();
    }

    private static Optional<NotAcceptedReason> appeal(Facts f) {
        if (f.source() == RefundSource.SELLER_AGREED) {
            return Optional.of(NotAcceptedReason.REGRET_AFTER_AGREED_REFUND);
        }
        if (f.grounds() == Grounds.GOODS_NOT_RETURNED && f.caseType() == CaseType.REFUND_ONLY) {
            return Optional.of(NotAcceptedReason.SELLER_WANTS_GOODS_BACK);
        }
        if (f.now().isAfter(f.appealUntil())) {
            return Optional.of(NotAcceptedReason.LATE);
        }
        if (f.rulingAppealed()) {
            return Optional.of(NotAcceptedReason.ALREADY_APPEALED);
        }
        if (f.earlier().stream().anyMatch(r -> r.kind() == Kind.SELLER_APPEAL && r.status() != Status.WITHDRAWN)) {
            return Optional.of(NotAcceptedReason.ALREADY_REQUESTED);
        }
        return Optional.empty();
    }
}
