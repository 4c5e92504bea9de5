package io.redress.advance;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.orders.DiscountKind;
import io.redress.orders.NoReasonReturn;
import io.redress.orders.Order;
import io.redress.orders.PaymentMethod;
import io.redress.policy.InstantRefundPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstantRefundRulesTest {

    private static final InstantRefundPolicy ON = InstantRefundPolicy.DEFAULTS.turned(true);
    private static final InstantRefundRules.Usage UNUSED = new InstantRefundRules.Usage(0, 0, 0);
    private static final InstantRefundGate.Decision PASS = InstantRefundGate.Decision.allow();

    private static List<String> refusals(InstantRefundPolicy terms, InstantRefundGate.Decision gate,
            InstantRefundRules.Usage usage, Order order, long amount) {
        return InstantRefundRules.refusals(terms, gate, usage, order, List.of("L1"), amount);
    }

    @Test
    void aPlainOrderOfATrustedBuyerWithQuotaLeftIsPaidFirst() {
        assertThat(refusals(ON, PASS, UNUSED, SampleOrder.plain(), 9_000)).isEmpty();
    }

    @Test
    void nothingIsPaidFirstWhileThePolicyLeavesInstantRefundsOff() {
        assertThat(refusals(InstantRefundPolicy.DEFAULTS, PASS, UNUSED, SampleOrder.plain(), 9_000))
                .containsExactly("instant-refund.off");
    }

    @Test
    void theAmountMustFitWhatIsLeftOfTheQuotaToTheFen() {
        long quota = ON.quotaPerBuyer();
        InstantRefundRules.Usage used = new InstantRefundRules.Usage(quota - 9_000, 1, quota - 9_000);
        assertThat(refusals(ON, PASS, used, SampleOrder.plain(), 9_000)).isEmpty();
        assertThat(refusals(ON, PASS, used, SampleOrder.plain(), 9_001)).containsExactly("quota.exceeded");
    }

    @Test
    void theTrailingWindowLimitsCountAndAmount() {
        InstantRefundRules.Usage full = new InstantRefundRules.Usage(0, ON.maxCount(), ON.maxAmount() - 100);
        assertThat(refusals(ON, PASS, full, SampleOrder.plain(), 101))
                .containsExactly("window.count-reached", "window.amount-exceeded");
        assertThat(InstantRefundRules.buyerRefusals(ON, PASS, full)).containsExactly("window.count-reached");
    }

    @Test
    void creditInstrumentsRedPacketsVirtualAndCustomMadeGoodsAreExcluded() {
        assertThat(refusals(ON, PASS, UNUSED, SampleOrder.of("apparel", false, NoReasonReturn.SUPPORTED,
                PaymentMethod.ALIPAY_HUABEI, DiscountKind.RED_PACKET), 9_000))
                .containsExactly("instrument.excluded:ALIPAY_HUABEI", "discount.excluded:RED_PACKET");
        assertThat(refusals(ON, PASS, UNUSED, SampleOrder.of("games", true, NoReasonReturn.SUPPORTED,
                PaymentMethod.WECHAT_BALANCE, DiscountKind.SHOP_COUPON), 9_000))
                .containsExactly("category.excluded:virtual");
        assertThat(refusals(ON, PASS, UNUSED, SampleOrder.of("suits", false, NoReasonReturn.EXCLUDED_CUSTOM_MADE,
                PaymentMethod.BANK_CARD, DiscountKind.SHOP_COUPON), 9_000))
                .containsExactly("category.excluded:custom-made");
    }

    @Test
    void theCreditGateAndTheMinimumStandingDecideWhoIsTrusted() {
        assertThat(refusals(ON, InstantRefundGate.Decision.refuse("penalty.suspended"), UNUSED, SampleOrder.plain(),
                9_000)).containsExactly("gate:penalty.suspended");
        InstantRefundPolicy demanding = new InstantRefundPolicy(true, true, 200_000, 90, 10, 500_000, null, null, null,
                80);
        assertThat(refusals(demanding, new InstantRefundGate.Decision(true, null, 79), UNUSED, SampleOrder.plain(),
                9_000)).containsExactly("standing.below-minimum");
        assertThat(refusals(demanding, new InstantRefundGate.Decision(true, null, 80), UNUSED, SampleOrder.plain(),
                9_000)).isEmpty();
        assertThat(refusals(demanding, PASS, UNUSED, SampleOrder.plain(), 9_000))
                .as("a gate that keeps no standing cannot vouch for a minimum").containsExactly("standing.below-minimum");
    }

    @Test
    void whatIsLeftOfALoweredQuotaIsNothingRatherThanNegative() {
        InstantRefundPolicy lowered = new InstantRefundPolicy(true, true, 5_000, 90, 10, 500_000, null, null, null, 0);
        InstantRefundRules.Usage used = new InstantRefundRules.Usage(9_000, 1, 9_000);
        assertThat(InstantRefundRules.quotaLeft(lowered, used)).isZero();
        assertThat(InstantRefundRules.buyerRefusals(lowered, PASS, used)).containsExactly("quota.used-up");
    }
}
