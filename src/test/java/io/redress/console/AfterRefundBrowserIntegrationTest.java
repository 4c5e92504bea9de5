package io.redress.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressServerIntegrationTest;
import java.awt.Color;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * After a refund, in a real browser: buyer2 returns the desk lamp of DEMO-1021 (buyer-2, shop-1, signed; used by no
 * other test of the real-port context), seller1 never confirms receipt because the parcel came back empty, the refund
 * is paid when T_RECEIPT runs out, seller1 appeals with a photo, senior1 upholds the appeal with a receivable against
 * the buyer and a bad-faith finding, and buyer2 pays it.
 */
@RedressServerIntegrationTest
@Tag("browser")
class AfterRefundBrowserIntegrationTest {

    @RegisterExtension
    static final ConsoleBrowser browser = new ConsoleBrowser();

    final ConsoleSteps steps = new ConsoleSteps(browser);

    @Test
    void aSellerAppealAfterAnEmptyParcelReturnEndsInAReceivableTheBuyerPays() {
        steps.signIn("buyer2");
        steps.openRefundPage("DEMO-1021");
        steps.quote("RETURN_AND_REFUND", "QUALITY", "L1", 1);
        String caseId = steps.submitRequest("台灯无法点亮");

        steps.signIn("seller1");
        steps.openCase(caseId);
        steps.act("agree", Map.of("returnAddress", "杭州市西湖区文三路 1 号 售后部"));
        assertThat(steps.status()).isEqualTo("AWAITING_RETURN");

        steps.signIn("buyer2");
        steps.openCase(caseId);
        steps.act("ship-return", Map.of("carrier", "SF", "trackingNo", "SF7300999"));

        // the parcel arrives empty; the seller does not confirm receipt, and T_RECEIPT refunds on its own
        steps.signIn("admin1");
        steps.letTimePass("P11D");
        steps.signIn("seller1");
        steps.awaitStatus(caseId, "REFUNDED");

        browser.find("[data-test=after-refund-link]").click();
        browser.find("form[data-form=appeal]");
        WebElement upload = browser.find("form[data-form=appeal-evidence]");
        new Select(upload.findElement(By.name("kind"))).selectByValue("PHOTO");
        upload.findElement(By.name("file")).sendKeys(DisputeSteps.photo(new Color(0xadb5bd)).toAbsolutePath().toString());
        upload.findElement(By.name("note")).sendKeys("拆开的空包裹");
        upload.findElement(By.cssSelector("button[type=submit]")).click();
        browser.gone(upload);

        WebElement appeal = browser.find("form[data-form=appeal]");
        new Select(appeal.findElement(By.name("grounds"))).selectByValue("EMPTY_PARCEL");
        appeal.findElement(By.name("message")).sendKeys("退回的包裹是空的，称重 12 克");
        appeal.findElement(By.cssSelector("[data-test=evidence-tick]")).click();
        appeal.findElement(By.cssSelector("button[type=submit]")).click();
        browser.gone(appeal);
        WebElement filed = browser.find("[data-test=request][data-kind=SELLER_APPEAL]");
        assertThat(filed.getDomAttribute("data-status")).isEqualTo("AWAITING_REVIEW");
        assertThat(filed.getText()).contains("空包", "待主管复核");

        steps.signIn("senior1");
        browser.open("/agent/appeals");
        browser.find("[data-test=appeal] [data-test=open-appeal]");
        browser.open(browser.driver().findElements(By.cssSelector("[data-test=appeal]")).stream()
                .filter(row -> row.getText().contains(caseId)).findFirst().orElseThrow()
                .findElement(By.cssSelector("[data-test=open-appeal]")).getDomAttribute("href"));
        WebElement review = browser.find("form[data-action=review]");
        review.findElement(By.cssSelector("input[name=decision][value=UPHELD]")).click();
        new Select(review.findElement(By.name("outcome"))).selectByValue("BUYER_RECEIVABLE");
        review.findElement(By.name("badFaith")).click();
        review.findElement(By.name("finding")).sendKeys("寄回空包裹");
        review.findElement(By.name("reasons")).sendKeys("物流称重 12 克，与台灯重量不符");
        review.findElement(By.cssSelector("button[type=submit]")).click();
        browser.gone(review);
        assertThat(browser.find("[data-test=request-status]").getDomAttribute("data-status")).isEqualTo("UPHELD");
        assertThat(browser.find("[data-test=decision]").getText()).contains("买家须退还");

        steps.signIn("buyer2");
        browser.open("/receivables");
        WebElement owed = browser.find("[data-test=receivable]");
        assertThat(owed.getDomAttribute("data-status")).isEqualTo("OPEN");
        WebElement pay = owed.findElement(By.cssSelector("form[data-action=pay]"));
        pay.findElement(By.name("paymentRef")).sendKeys("ALIPAY-2026120600001");
        pay.findElement(By.cssSelector("button[type=submit]")).click();
        browser.gone(pay);
        WebElement paid = browser.find("[data-test=receivable]");
        assertThat(paid.getDomAttribute("data-status")).isEqualTo("SETTLED");
        assertThat(paid.findElement(By.cssSelector("[data-test=outstanding]")).getText()).isEqualTo("¥0.00");

        steps.language("en");
        assertThat(browser.find("[data-test=receivable]").getText()).contains("Settled");
    }
}
