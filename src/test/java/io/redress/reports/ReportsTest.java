package io.redress.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportsTest {

    static final Caller SELLER = new Caller("staff-shop-1", Set.of(Role.SELLER), null, "shop-1");
    static final Caller AGENT = new Caller("agent1", Set.of(Role.AGENT), null, null);

    @Test
    void aSellersReportIsAlwaysOfItsOwnShop() {
        assertThat(Reports.shopFor(SELLER, null)).isEqualTo("shop-1");
        assertThat(Reports.shopFor(SELLER, " ")).isEqualTo("shop-1");
        assertThat(Reports.shopFor(SELLER, "shop-1")).isEqualTo("shop-1");
        assertThatThrownBy(() -> Reports.shopFor(SELLER, "shop-2")).isInstanceOf(ResourceNotFound.class);
    }

    @Test
    void staffChooseAShopOrAll() {
        assertThat(Reports.shopFor(AGENT, null)).isNull();
        assertThat(Reports.shopFor(AGENT, "shop-2")).isEqualTo("shop-2");
    }

    @Test
    void aReportReadsNoMoreRowsThanItsBoundAndRefusesARangeThatHoldsMore() {
        assertThat(Reports.bounded(List.of(1, 2, 3), 3)).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> Reports.bounded(List.of(1, 2, 3, 4), 3)).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("more than 3 rows");
    }

    @Test
    void sharesHaveFourPlacesAndNothingOfNothingIsZero() {
        assertThat(Reports.share(2, 3)).isEqualByComparingTo("0.6667");
        assertThat(Reports.share(0, 0)).isEqualTo(new BigDecimal("0.0000"));
    }

    @Test
    void csvHasAHeaderRowQuotesTextThatNeedsItAndDefusesFormulas() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("shopId", "=HYPERLINK(\"x\")");
        row.put("orders", 3L);
        row.put("refundRate", null);
        Report report = new Report("refund-rate", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), null,
                "Asia/Shanghai", Instant.EPOCH, List.of("shopId", "orders", "refundRate"), List.of(row));

        assertThat(report.csv()).isEqualTo("shopId,orders,refundRate\r\n\"'=HYPERLINK(\"\"x\"\")\",3,\r\n");
    }
}
