package io.redress.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressServerIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A complaint played in a real browser: buyer2 files it from the case page against the seller, nobody acknowledges
 * it while the development clock passes 25 hours, and senior1 finds it escalated at the top of the complaint queue
 * and resolves it; the buyer reads the outcome in Chinese and in English. Demo order DEMO-1011 (buyer2, shop-1,
 * signed) is used by no other test of the real-port context.
 */
@RedressServerIntegrationTest
@Tag("browser")
class ComplaintBrowserIntegrationTest {

    @RegisterExtension
    static final ConsoleBrowser browser = new ConsoleBrowser();

    final ConsoleSteps steps = new ConsoleSteps(browser);

    @Test
    void aComplaintFiledInTheConsoleIsBreachedAndShownEscalatedInTheSeniorQueue() {
        steps.signIn("buyer2");
        steps.openRefundPage("DEMO-1011");
        steps.quote("REFUND_ONLY", "QUALITY", "L1", 1);
        String caseId = steps.submitRequest("牙刷充不进电");

        browser.find("[data-test=complain]").click();
        WebElement form = browser.find("form[data-action=complain]");
        form.findElement(By.cssSelector("input[name=against][value=SELLER]")).click();
        new Select(form.findElement(By.name("category"))).selectByValue("SLOW_RESPONSE");
        form.findElement(By.name("message")).sendKeys("商家三天没有回复");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        String complaintId = browser.find("[data-test=complaint-filed]").getText().replaceAll(".*(CP-[0-9a-f-]+).*", "$1");
        WebElement mine = row(complaintId);
        assertThat(mine.getDomAttribute("data-status")).isEqualTo("FILED");
        assertThat(mine.getDomAttribute("data-escalated")).isEqualTo("false");
        assertThat(mine.getText()).contains(caseId.substring(0, 10)).contains("商家").contains("响应慢");

        steps.signIn("admin1");
        steps.letTimePass("PT25H");

        steps.signIn("senior1");
        browser.waitUp().until(driver -> {
            browser.open("/agent/complaints");
            return "true".equals(row(complaintId).getDomAttribute("data-escalated"));
        });
        WebElement first = browser.find("[data-test=complaint-row]");
        assertThat(first.getDomAttribute("data-escalated")).isEqualTo("true");
        assertThat(row(complaintId).getText()).contains("已升级").contains("受理超时");
        browser.find("[data-test=escalated-only]").click();
        WebElement resolve = row(complaintId).findElement(By.cssSelector("form[data-action=resolve]"));
        new Select(resolve.findElement(By.name("finding"))).selectByValue("FAULT_FOUND");
        resolve.findElement(By.name("note")).sendKeys("商家未在时限内回复，已督促处理");
        resolve.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUp().until(driver -> "RESOLVED".equals(row(complaintId).getDomAttribute("data-status")));

        steps.signIn("buyer2");
        browser.open("/complaints");
        assertThat(row(complaintId).getText()).contains("确有过错").contains("商家未在时限内回复");
        steps.language("en");
        assertThat(row(complaintId).getText()).contains("Fault found").contains("acknowledged late");
    }

    private static WebElement row(String complaintId) {
        return browser.find("[data-test=complaint-row][data-complaint='" + complaintId + "']");
    }
}
