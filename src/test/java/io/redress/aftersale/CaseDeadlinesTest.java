package io.redress.aftersale;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.policy.TimerId;
import org.junit.jupiter.api.Test;

class CaseDeadlinesTest {

    @Test
    void everyDeadlineExpiryIsAnActionTheSystemMayTakeInThatState() {
        for (CaseType type : CaseType.values()) {
            for (CaseStatus status : CaseStatus.values()) {
                for (GoodsStage goods : GoodsStage.values()) {
                    CaseDeadlines.startedBy(type, status, InterventionStatus.NONE, goods).ifPresent(rule -> {
                        if (reachable(type, status)) {
                            assertThat(CaseTransitions.decide(type, status, InterventionStatus.NONE, Actor.SYSTEM,
                                    rule.onExpiry())).as("%s %s %s", type, status, rule)
                                    .isInstanceOf(Decision.Allowed.class);
                        }
                    });
                }
            }
        }
    }

    @Test
    void theSellersAnswerTimerDependsOnWhereTheGoodsAre() {
        assertThat(CaseDeadlines.startedBy(CaseType.REFUND_ONLY, CaseStatus.REQUESTED, InterventionStatus.NONE,
                GoodsStage.UNSHIPPED)).contains(new DeadlineRule(TimerId.T_SELLER_UNSHIPPED, Actor.SELLER,
                CaseAction.AUTO_AGREE));
        assertThat(CaseDeadlines.startedBy(CaseType.REFUND_ONLY, CaseStatus.REQUESTED, InterventionStatus.NONE,
                GoodsStage.IN_TRANSIT)).get().extracting(DeadlineRule::timer).isEqualTo(TimerId.T_SELLER_INTRANSIT);
        assertThat(CaseDeadlines.startedBy(CaseType.RETURN_AND_REFUND, CaseStatus.REQUESTED, InterventionStatus.NONE,
                GoodsStage.RECEIVED)).get().extracting(DeadlineRule::timer).isEqualTo(TimerId.T_SELLER_RECEIVED);
    }

    @Test
    void theReceiptTimerRefundsAReturnButOwesTheReplacementOnAnExchange() {
        assertThat(CaseDeadlines.startedBy(CaseType.RETURN_AND_REFUND, CaseStatus.RETURN_SHIPPED,
                InterventionStatus.NONE, GoodsStage.RECEIVED)).contains(new DeadlineRule(TimerId.T_RECEIPT,
                Actor.SELLER, CaseAction.AUTO_REFUND));
        assertThat(CaseDeadlines.startedBy(CaseType.EXCHANGE, CaseStatus.RETURN_SHIPPED, InterventionStatus.NONE,
                GoodsStage.RECEIVED)).get().extracting(DeadlineRule::onExpiry)
                .isEqualTo(CaseAction.AUTO_CONFIRM_RECEIPT);
    }

    @Test
    void anOpenDisputePausesThePartiesTimers() {
        assertThat(CaseDeadlines.startedBy(CaseType.REFUND_ONLY, CaseStatus.SELLER_REFUSED,
                InterventionStatus.FIRST_REVIEW, GoodsStage.RECEIVED)).isEmpty();
        assertThat(CaseDeadlines.startedBy(CaseType.REFUND_ONLY, CaseStatus.SELLER_REFUSED, InterventionStatus.NONE,
                GoodsStage.RECEIVED)).get().extracting(DeadlineRule::timer).isEqualTo(TimerId.T_REVISE);
    }

    @Test
    void nothingRunsOutOnceTheOutcomeIsDecided() {
        for (CaseStatus status : new CaseStatus[] {CaseStatus.REFUNDING, CaseStatus.REFUNDED, CaseStatus.CLOSED,
                CaseStatus.COMPLETED}) {
            assertThat(CaseDeadlines.startedBy(CaseType.EXCHANGE, status, InterventionStatus.NONE,
                    GoodsStage.RECEIVED)).isEmpty();
        }
    }

    private static boolean reachable(CaseType type, CaseStatus status) {
        return switch (status) {
            case AWAITING_RETURN, RETURN_SHIPPED -> type != CaseType.REFUND_ONLY;
            case AWAITING_REPLACEMENT, REPLACEMENT_SHIPPED, COMPLETED -> type == CaseType.EXCHANGE;
            default -> true;
        };
    }
}
