package io.redress.postrefund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseTransitions;
import io.redress.aftersale.CaseType;
import io.redress.postrefund.AcceptanceRules.Facts;
import io.redress.postrefund.PostRefundRequest.Grounds;
import io.redress.postrefund.PostRefundRequest.Kind;
import io.redress.postrefund.PostRefundRequest.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule of what the platform does not take up after a refund (DOMAIN §8.2, §8.3), and why. */
class AcceptanceRulesTest {

    static final Instant REFUNDED = Instant.parse("2026-03-01T02:00:00Z");
    static final Instant WINDOW_ENDS = REFUNDED.plus(Duration.ofDays(7));

    static Facts appeal(RefundSource source, Grounds grounds, CaseType type, Instant now, boolean rulingAppealed,
            List<PostRefundRequest> earlier) {
        return new Facts(Kind.SELLER_APPEAL, type, source, REFUNDED, WINDOW_ENDS, now, grounds, rulingAppealed, earlier);
    }

    static Facts appeal(RefundSource source, Grounds grounds) {
        return appeal(source, grounds, CaseType.RETURN_AND_REFUND, REFUNDED.plus(Duration.ofDays(1)), false, List.of());
    }

    static Facts reinstatement(RefundSource source, List<PostRefundRequest> earlier) {
        return new Facts(Kind.REINSTATEMENT, CaseType.RETURN_AND_REFUND, source, REFUNDED, WINDOW_ENDS,
                REFUNDED.plus(Duration.ofDays(20)), null, false, earlier);
    }

    static PostRefundRequest earlier(Kind kind, Status status) {
        return new PostRefundRequest("PR-" + kind + status, "C-1", "O-1", "buyer-1", "shop-1", kind, status, null, "m",
                List.of(), RefundSource.RULING, 1000, "CNY", null, "x", REFUNDED, REFUNDED, false, null, 5, 1, REFUNDED);
    }

    @Test
    void aSellerWhoAgreedToTheRefundCannotAppealItBecauseThePlatformDoesNotAdjudicateRegret() {
        assertThat(AcceptanceRules.refusal(appeal(RefundSource.SELLER_AGREED, Grounds.EMPTY_PARCEL)))
                .contains(NotAcceptedReason.REGRET_AFTER_AGREED_REFUND);
        assertThat(NotAcceptedReason.REGRET_AFTER_AGREED_REFUND.section()).isEqualTo("8.3.3");
    }

    @Test
    void aRulingATimeoutOrAnAdvanceMayBeAppealedWithinTheWindow() {
        for (RefundSource source : new RefundSource[] {RefundSource.RULING, RefundSource.TIMEOUT_AGREEMENT,
                RefundSource.TIMEOUT_RECEIPT, RefundSource.PLATFORM_ADVANCE}) {
            assertThat(AcceptanceRules.refusal(appeal(source, Grounds.EMPTY_PARCEL))).as(source.name()).isEmpty();
        }
    }

    @Test
    void anAppealAfterTheSevenDaysIsLateButOneAtTheLastInstantIsNot() {
        Facts atTheEnd = appeal(RefundSource.RULING, Grounds.SWAPPED_ITEM, CaseType.RETURN_AND_REFUND, WINDOW_ENDS,
                false, List.of());
        Facts after = appeal(RefundSource.RULING, Grounds.SWAPPED_ITEM, CaseType.RETURN_AND_REFUND,
                WINDOW_ENDS.plusMillis(1), false, List.of());
        assertThat(AcceptanceRules.refusal(atTheEnd)).isEmpty();
        assertThat(AcceptanceRules.refusal(after)).contains(NotAcceptedReason.LATE);
        assertThat(NotAcceptedReason.LATE.section()).isEqualTo("8.3.1");
    }

    @Test
    void goodsNotReturnedOnARefundOnlyCaseIsTheSellerWantingTheGoodsBack() {
        Facts refundOnly = appeal(RefundSource.RULING, Grounds.GOODS_NOT_RETURNED, CaseType.REFUND_ONLY,
                REFUNDED.plusSeconds(60), false, List.of());
        Facts aReturn = appeal(RefundSource.RULING, Grounds.GOODS_NOT_RETURNED, CaseType.RETURN_AND_REFUND,
                REFUNDED.plusSeconds(60), false, List.of());
        assertThat(AcceptanceRules.refusal(refundOnly)).contains(NotAcceptedReason.SELLER_WANTS_GOODS_BACK);
        assertThat(AcceptanceRules.refusal(aReturn)).isEmpty();
    }

    @Test
    void aRulingWhoseOwnAppealWasTakenIsNotAppealedAgain() {
        Facts facts = appeal(RefundSource.RULING, Grounds.OTHER, CaseType.RETURN_AND_REFUND, REFUNDED.plusSeconds(1),
                true, List.of());
        assertThat(AcceptanceRules.refusal(facts)).contains(NotAcceptedReason.ALREADY_APPEALED);
    }

    @Test
    void oneAppealPerCaseUnlessTheFirstWasWithdrawn() {
        Facts again = appeal(RefundSource.RULING, Grounds.OTHER, CaseType.RETURN_AND_REFUND, REFUNDED.plusSeconds(1),
                false, List.of(earlier(Kind.SELLER_APPEAL, Status.REJECTED)));
        Facts afterWithdrawal = appeal(RefundSource.RULING, Grounds.OTHER, CaseType.RETURN_AND_REFUND,
                REFUNDED.plusSeconds(1), false, List.of(earlier(Kind.SELLER_APPEAL, Status.WITHDRAWN),
                        earlier(Kind.REINSTATEMENT, Status.DECLINED)));
        assertThat(AcceptanceRules.refusal(again)).contains(NotAcceptedReason.ALREADY_REQUESTED);
        assertThat(AcceptanceRules.refusal(afterWithdrawal)).isEmpty();
    }

    @Test
    void nothingRefundedMeansNothingToReinstateOrAppeal() {
        assertThat(AcceptanceRules.refusal(appeal(RefundSource.NONE, Grounds.EMPTY_PARCEL)))
                .contains(NotAcceptedReason.NOTHING_REFUNDED);
        assertThat(AcceptanceRules.refusal(reinstatement(RefundSource.NONE, List.of())))
                .contains(NotAcceptedReason.NOTHING_REFUNDED);
    }

    @Test
    void aBuyerMayAskForReinstatementOfAnyRefundAndAgainAfterALapseButNotAfterTheSellerSaidNo() {
        assertThat(AcceptanceRules.refusal(reinstatement(RefundSource.SELLER_AGREED, List.of()))).isEmpty();
        assertThat(AcceptanceRules.refusal(reinstatement(RefundSource.SELLER_AGREED,
                List.of(earlier(Kind.REINSTATEMENT, Status.EXPIRED), earlier(Kind.REINSTATEMENT, Status.WITHDRAWN)))))
                .isEmpty();
        assertThat(AcceptanceRules.refusal(reinstatement(RefundSource.SELLER_AGREED,
                List.of(earlier(Kind.REINSTATEMENT, Status.DECLINED)))))
                .contains(NotAcceptedReason.REGRET_AFTER_AGREED_REFUND);
        assertThat(AcceptanceRules.refusal(reinstatement(RefundSource.RULING,
                List.of(earlier(Kind.REINSTATEMENT, Status.AWAITING_SELLER)))))
                .contains(NotAcceptedReason.ALREADY_REQUESTED);
        assertThat(AcceptanceRules.refusal(reinstatement(RefundSource.RULING,
                List.of(earlier(Kind.REINSTATEMENT, Status.ACCEPTED)))))
                .contains(NotAcceptedReason.ALREADY_REQUESTED);
    }

    @Test
    void everyActionThatRefundsHasASourceAndOnlyTheSellersOwnAgreementsCountAsAgreed() {
        List<String> refunding = CaseTransitions.table().stream().filter(t -> t.to() == CaseStatus.REFUNDING)
                .map(t -> t.action().name()).distinct().toList();
        assertThat(refunding).isNotEmpty();
        for (String action : refunding) {
            RefundSource source = RefundSource.of(action, false);
            assertThat(source == RefundSource.SELLER_AGREED)
                    .as(action).isEqualTo(List.of("AGREE", "ACCEPT_PROPOSAL", "CONFIRM_RECEIPT").contains(action));
        }
        assertThat(RefundSource.of("RULING_REFUND", true)).as("a settlement both accepted")
                .isEqualTo(RefundSource.SELLER_AGREED);
        assertThat(RefundSource.of(null, false)).isEqualTo(RefundSource.NONE);
        assertThatThrownBy(() -> RefundSource.of("SOMETHING_NEW", false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Optional.of(RefundSource.RULING).filter(RefundSource::platformDecided)).isPresent();
        assertThat(RefundSource.TIMEOUT_RECEIPT.platformDecided()).isFalse();
    }
}
