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
 * Trust in a real browser: agent1 suspends buyer3's instant refund from the agents' trust page, buyer3 reads why on
 * "my standing" and appeals, agent1 revokes the penalty, and buyer3's instant refund is back. No other test of the
 * real-port context penalises buyer3.
 */
@RedressServerIntegrationTest
@Tag("browser")
class CreditBrowserIntegrationTest {

    @RegisterExtension
    static final ConsoleBrowser browser = new ConsoleBrowser();

    final ConsoleSteps steps = new ConsoleSteps(browser);

    @Test
    void anAgentSuspendsABuyersInstantRefundTheBuyerReadsWhyAndTheAgentRevokesIt() {
        steps.signIn("agent1");
        browser.open("/agent/credit");
        WebElement find = browser.find("[data-test=find-party]");
        new Select(find.findElement(By.name("type"))).selectByValue("buyer");
        find.findElement(By.name("id")).sendKeys("buyer-3");
        find.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement issue = browser.find("[data-test=issue-form]");
        new Select(issue.findElement(By.name("kind"))).selectByValue("PRIVILEGE_SUSPENDED");
        new Select(issue.findElement(By.name("privilege"))).selectByValue("INSTANT_REFUND");
        issue.findElement(By.name("reasonCode")).sendKeys("REFUND_ABUSE");
        issue.findElement(By.name("reasons")).sendKeys("三次空包裹申诉均被认定为买家责任");
        issue.findElement(By.cssSelector("button[type=submit]")).click();
        browser.gone(issue);
        assertThat(browser.find("[data-test=done]").getText()).isEqualTo("处罚已作出。");
        WebElement card = browser.find("[data-test=penalty][data-status=ACTIVE]");
        String penaltyId = card.getDomAttribute("data-penalty");
        assertThat(card.getText()).contains("暂停特权 · 极速退款").contains("REFUND_ABUSE");

        steps.signIn("buyer3");
        browser.open("/standing");
        assertThat(browser.find("[data-test=privilege-instant-refund]").getDomAttribute("data-allowed")).isEqualTo("false");
        WebElement mine = browser.find("[data-test=penalty][data-penalty='" + penaltyId + "']");
        assertThat(mine.getText()).contains("三次空包裹申诉均被认定为买家责任");
        WebElement appeal = mine.findElement(By.cssSelector("[data-test=appeal-form]"));
        appeal.findElement(By.name("message")).sendKeys("包裹是快递员当面拆开的");
        appeal.findElement(By.cssSelector("button[type=submit]")).click();
        browser.gone(appeal);
        assertThat(browser.find("[data-test=done]").getText()).contains("申诉已提交");
        assertThat(browser.find("[data-penalty='" + penaltyId + "'] [data-test=appeal]").getText())
                .contains("包裹是快递员当面拆开的");

        steps.signIn("agent1");
        browser.open("/agent/credit/buyer/buyer-3");
        WebElement revoke = browser.find("[data-penalty='" + penaltyId + "'] [data-test=revoke-form]");
        revoke.findElement(By.name("reason")).sendKeys("快递公司证实包裹在运输中被拆");
        revoke.findElement(By.cssSelector("button[type=submit]")).click();
        browser.gone(revoke);
        assertThat(browser.find("[data-penalty='" + penaltyId + "']").getDomAttribute("data-status")).isEqualTo("REVOKED");
        assertThat(browser.find("[data-penalty='" + penaltyId + "'] [data-test=revocation]").getText())
                .contains("快递公司证实包裹在运输中被拆");

        steps.signIn("buyer3");
        browser.open("/standing");
        assertThat(browser.find("[data-test=privilege-instant-refund]").getDomAttribute("data-allowed")).isEqualTo("true");
        assertThat(browser.find("[data-penalty='" + penaltyId + "']").getDomAttribute("data-status")).isEqualTo("REVOKED");
    }
}
