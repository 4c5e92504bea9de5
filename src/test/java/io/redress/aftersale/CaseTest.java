package io.redress.aftersale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseTest {

    static final Instant T0 = Instant.parse("2026-11-26T02:00:00Z");

    static Case requested(CaseType type) {
        return Case.requested("C-1", "T-1", "buyer-1", "shop-1", type, CaseReason.NO_REASON, GoodsStage.RECEIVED, null,
                "CNY", 8900, List.of(new CaseLine("L2", 1), new CaseLine("L1", 2)), "taobao", 1, T0);
    }

    @Test
    void aNewCaseAwaitsTheSellerAtVersionOne() {
        Case c = requested(CaseType.RETURN_AND_REFUND);
        assertThat(c.status()).isEqualTo(CaseStatus.REQUESTED);
        assertThat(c.intervention()).isEqualTo(InterventionStatus.NONE);
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.lines()).extracting(CaseLine::lineId).containsExactly("L1", "L2");
        assertThat(c.deadline()).get().extracting(DeadlineRule::onExpiry).isEqualTo(CaseAction.AUTO_AGREE);
    }

    @Test
    void everyChangeIsOneVersionLaterAndKeepsWhatTheTransitionDoesNotTouch() {
        Case c = requested(CaseType.RETURN_AND_REFUND);
        Case agreed = c.after((Decision.Allowed) c.decide(Actor.SELLER, CaseAction.AGREE), T0.plusSeconds(60));
        assertThat(agreed.status()).isEqualTo(CaseStatus.AWAITING_RETURN);
        assertThat(agreed.version()).isEqualTo(2);
        assertThat(agreed.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(agreed.createdAt()).isEqualTo(T0);
        assertThat(agreed.requestedAmount()).isEqualTo(c.requestedAmount());
    }

    @Test
    void cancellingClosesWithTheBuyersReason() {
        Case c = requested(CaseType.REFUND_ONLY);
        Case cancelled = c.after((Decision.Allowed) c.decide(Actor.BUYER, CaseAction.CANCEL), T0);
        assertThat(cancelled.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(cancelled.closeReason()).isEqualTo(CloseReason.BUYER_CANCELLED);
        assertThat(cancelled.deadline()).isEmpty();
    }

    @Test
    void aClosedCaseWithoutReasonOrNegativeAmountsCannotExist() {
        Case c = requested(CaseType.REFUND_ONLY);
        assertThatThrownBy(() -> c.after(new Decision.Allowed(CaseStatus.CLOSED, InterventionStatus.NONE, null, null),
                T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Case.requested("C-2", "T-1", "b", "s", CaseType.REFUND_ONLY, CaseReason.OTHER,
                GoodsStage.RECEIVED, null, "CNY", -1, List.of(new CaseLine("L1", 1)), "taobao", 1, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Case.requested("C-3", "T-1", "b", "s", CaseType.REFUND_ONLY, CaseReason.OTHER,
                GoodsStage.RECEIVED, null, "CNY", 1, List.of(), "taobao", 1, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
