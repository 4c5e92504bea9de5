package io.redress.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class YuanTest {

    final Yuan yuan = new Yuan();

    @Test
    void fenAreShownAsYuanWithTwoDecimals() {
        assertThat(yuan.format(8800)).isEqualTo("¥88.00");
        assertThat(yuan.format(19600)).isEqualTo("¥196.00");
        assertThat(yuan.format(5)).isEqualTo("¥0.05");
        assertThat(yuan.format(0)).isEqualTo("¥0.00");
        assertThat(yuan.format(123456789)).isEqualTo("¥1234567.89");
    }

    @Test
    void deductionsCarryAMinusSignAndAdditionsAPlus() {
        assertThat(yuan.format(-1050)).isEqualTo("-¥10.50");
        assertThat(yuan.format(-7)).isEqualTo("-¥0.07");
        assertThat(yuan.signed(1050, Currency.getInstance("CNY"))).isEqualTo("+¥10.50");
        assertThat(yuan.signed(-1050, Currency.getInstance("CNY"))).isEqualTo("-¥10.50");
    }

    @Test
    void extremeAmountsAreExactWithoutOverflow() {
        assertThat(yuan.format(Long.MAX_VALUE)).isEqualTo("¥92233720368547758.07");
        assertThat(yuan.format(Long.MIN_VALUE)).isEqualTo("-¥92233720368547758.08");
    }

    @Test
    void otherCurrenciesUseTheirCodeAndMinorUnits() {
        assertThat(yuan.format(1234, Currency.getInstance("JPY"))).isEqualTo("JPY 1234");
        assertThat(yuan.format(1234, Currency.getInstance("USD"))).isEqualTo("USD 12.34");
    }
}
