package io.redress.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressServerIntegrationTest;
import io.redress.reports.ReportName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The reports page in a real browser after a case played through the console: buyer3 asks a refund of demo order
 * DEMO-1020 (shop-1, which no other test of this context uses), seller1 agrees, the refund is paid; seller1's reports
 * are of shop-1 only, each drawn by ECharts on a canvas with its table, and each CSV link downloads the table.
 */
@RedressServerIntegrationTest
@Tag("browser")
class ReportsBrowserIntegrationTest {

    @RegisterExtension
    static final ConsoleBrowser browser = new ConsoleBrowser();

    final ConsoleSteps steps = new ConsoleSteps(browser);

    @Test
    void aRefundedCaseShowsInTheSellersChartsTablesAndCsv() {
        steps.signIn("buyer3");
        steps.openRefundPage("DEMO-1020");
        steps.quote("REFUND_ONLY", "NOT_RECEIVED", "L1", 1);
        String caseId = steps.submitRequest("坚果一直没有送到");
        steps.signIn("seller1");
        steps.openCase(caseId);
        steps.act("agree", Map.of());
        steps.awaitStatus(caseId, "REFUNDED");

        browser.open("/console/reports");
        assertThat(browser.find("input[name=shop]").getDomProperty("value")).isEqualTo("shop-1");
        List<WebElement> charts = browser.driver().findElements(By.cssSelector(".chart[data-report]"));
        assertThat(charts).hasSize(ReportName.values().length);
        browser.waitUp().until(driver -> charts.stream().allMatch(c -> !c.findElements(By.tagName("canvas")).isEmpty()));
        WebElement refundOnly = browser.find("#report-time-to-money tbody tr:first-child");
        assertThat(refundOnly.findElements(By.tagName("td")).get(0).getText()).isEqualTo("REFUND_ONLY");
        assertThat(Long.parseLong(refundOnly.findElements(By.tagName("td")).get(1).getText())).isPositive();
        assertThat(browser.find("#report-refunded-money tbody").getText()).contains("ALIPAY_BALANCE");
        assertThat(browser.find("#report-time-to-money h2").getText()).isEqualTo("退款到账时长");

        String href = browser.find("#report-refund-rate a.csv").getDomProperty("href");
        String csv = (String) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' "
                + "+ r.headers.get('content-type') + '\\n' + t)));", href);
        assertThat(csv).startsWith("200 text/csv").contains("shopId,orders,refundedOrders,refundRate")
                .contains("\nshop-1,").doesNotContain("shop-2");

        steps.language("en");
        assertThat(browser.find("#report-time-to-money h2").getText()).isEqualTo("Time to money");
        browser.waitUp().until(driver -> !driver.findElements(By.cssSelector("#report-sla-breaches canvas")).isEmpty());
    }
}
