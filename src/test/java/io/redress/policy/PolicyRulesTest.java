package io.redress.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.amounts.ThresholdPolicy;
import io.redress.deadlines.ClockKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyRulesTest {

    @Test
    void taobaoDefaultsAreTheDomainTimers() {
        PolicyRules taobao = PolicyRules.taobao();
        assertThat(taobao.timer(TimerId.T_SELLER_UNSHIPPED, null)).isEqualTo(TimerSetting.hours(24));
        assertThat(taobao.timer(TimerId.T_SELLER_INTRANSIT, null)).isEqualTo(TimerSetting.hours(36));
        assertThat(taobao.timer(TimerId.T_SELLER_RECEIVED, null)).isEqualTo(TimerSetting.days(5));
        assertThat(taobao.timer(TimerId.T_REVISE, null)).isEqualTo(TimerSetting.days(5));
        assertThat(taobao.timer(TimerId.T_RETURN, null)).isEqualTo(TimerSetting.days(7));
        assertThat(taobao.timer(TimerId.T_RECEIPT, null)).isEqualTo(TimerSetting.days(10));
        assertThat(taobao.timer(TimerId.T_EVIDENCE, null)).isEqualTo(TimerSetting.days(3));
        assertThat(taobao.limits()).isEqualTo(new Limits(3, 5));
        assertThat(taobao.noReasonWindow()).isEqualTo(Duration.ofHours(168));
        assertThat(taobao.thresholdPolicy()).isEqualTo(ThresholdPolicy.CLAW_BACK);
        assertThat(taobao.zone().getId()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void virtualGoodsGiveTheSellerThreeDaysInsteadOfFive() {
        PolicyRules taobao = PolicyRules.taobao();
        assertThat(taobao.timer(TimerId.T_SELLER_RECEIVED, "virtual")).isEqualTo(TimerSetting.days(3));
        assertThat(taobao.timer(TimerId.T_SELLER_RECEIVED, "apparel")).isEqualTo(TimerSetting.days(5));
        assertThat(taobao.timer(TimerId.T_RETURN, "virtual")).isEqualTo(TimerSetting.days(7));
    }

    @Test
    void jdAnswersInADayAndGivesFourBusinessHoursForSupplementaryEvidence() {
        PolicyRules jd = PolicyRules.jd();
        assertThat(jd.timer(TimerId.T_SELLER_RECEIVED, null)).isEqualTo(TimerSetting.hours(24));
        assertThat(jd.timer(TimerId.T_SELLER_INTRANSIT, null)).isEqualTo(TimerSetting.hours(24));
        assertThat(jd.timer(TimerId.T_EVIDENCE_REPLY, null))
                .isEqualTo(new TimerSetting(Duration.ofHours(4), ClockKind.BUSINESS_HOURS));
    }

    @Test
    void everyTimerMustHaveASetting() {
        Map<TimerId, TimerSetting> timers = new EnumMap<>(PolicyRules.taobao().timers());
        timers.remove(TimerId.T_RECEIPT);
        assertThatThrownBy(() -> new PolicyRules(timers, Map.of(), new Limits(3, 5), Duration.ofHours(168),
                ThresholdPolicy.IGNORE, PolicyRules.taobao().zone()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T_RECEIPT");
    }

    @Test
    void aTimerMustRunForAPositiveDuration() {
        assertThatThrownBy(() -> new TimerSetting(Duration.ZERO, ClockKind.CALENDAR))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
