package io.redress.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressServerIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A complaint played in a real browser: buyer2 files it from the case page against the seller, nobody acknowledges
 * it while the development clock passes 25 hours, and senior1 finds it escalated above a newer complaint that is not
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

        String complaintId = complain(caseId, "SELLER", "SLOW_RESPONSE", "商家三天没有回复");
        WebElement mine = row(complaintId);
        assertThat(mine.getDomAttribute("data-status")).isEqualTo("FILED");
        assertThat(mine.getDomAttribute("data-escalated")).isEqualTo("false");
        assertThat(mine.getText()).contains(caseId.substring(0, 10)).contains("商家").contains("响应慢");

        steps.signIn("admin1");
        steps.letTimePass("PT25H");
        // filed after the first one breached: newer, but not breached, so below it in the queue
        steps.signIn("buyer2");
        String later = complain(caseId, "PLATFORM", "MISLEADING_INFORMATION", "客服说会催商家，但没有下文");

        steps.signIn("senior1");
        browser.waitUp().until(driver -> {
            browser.open("/agent/complaints");
            return "true".equals(row(complaintId).getDomAttribute("data-escalated"));
        });
        List<String> queue = browser.driver().findElements(By.cssSelector("[data-test=complaint-row]")).stream()
                .map(r -> r.getDomAttribute("data-complaint")).toList();
        assertThat(queue.indexOf(complaintId)).isLessThan(queue.indexOf(later));
        assertThat(row(later).getDomAttribute("data-escalated")).isEqualTo("false");
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

    /** From the open case page, "complain" and the form sent; answers the new complaint's id as the list confirms it. */
    private String complain(String caseId, String against, String category, String message) {
        steps.openCase(caseId);
        browser.find("[data-test=complain]").click();
        WebElement form = browser.find("form[data-action=complain]");
        form.findElement(By.cssSelector("input[name=against][value=" + against + "]")).click();
        new Select(form.findElement(By.name("category"))).selectByValue(category);
        form.findElement(By.name("message")).sendKeys(message);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        return browser.find("[data-test=complaint-filed]").getText().replaceAll(".*(CP-[0-9a-f-]+).*", "$1");
    }

    private static WebElement row(String complaintId) {
        return browser.find("[data-test=complaint-row][data-complaint='" + complaintId + "']");
    }
}
