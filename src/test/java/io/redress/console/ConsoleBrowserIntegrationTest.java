package io.redress.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressServerIntegrationTest;
import io.redress.orders.internal.DemoOrderCopies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The console in a real browser (headless Chromium) against the application on a random port: buyers, sellers
 * and the admin's development clock, as people click through it. Demo orders of the real-port context's own
 * database: {@code DEMO-1001} (buyer-1, shop-1, signed), used by no other test there, and a fresh copy of
 * {@code DEMO-1002} signed a day before the clock's now, whose seven no-reason days are open however far other tests
 * of this context have moved the clock.
 */
@RedressServerIntegrationTest
@Tag("browser")
class ConsoleBrowserIntegrationTest {

    @RegisterExtension
    static final ConsoleBrowser browser = new ConsoleBrowser();

    final ConsoleSteps steps = new ConsoleSteps(browser);

    @Autowired
    ApplicationContext context;

    @Test
    void aReturnTheSellerAgreedToIsPaidBackToBothInstrumentsWhenTheReceiptDeadlinePasses() {
        String order = DemoOrderCopies.copy(context, "DEMO-1002");
        steps.signIn("buyer1");
        steps.openRefundPage(order);
        // the shoes' paid share, less what the kept socks and towels lose of the 满200减20 threshold (多退少补)
        String max = steps.quote("RETURN_AND_REFUND", "NO_REASON", "B", 1);
        assertThat(max).isEqualTo("¥98.89");
        assertThat(browser.find("[data-test=quote-steps]").getText())
                .contains("+¥108.78", "多退少补", "-¥9.89", "退回商品的运费由您承担");
        String caseId = steps.submitRequest("鞋码偏小，七天无理由退货");
        assertThat(steps.status()).isEqualTo("REQUESTED");
        assertThat(browser.find("[data-test=case-status]").getText()).isEqualTo("待商家处理");

        steps.signIn("seller1");
        steps.openCase(caseId);
        steps.act("agree", Map.of("returnAddress", "杭州市西湖区文三路 1 号 售后部"));
        assertThat(steps.status()).isEqualTo("AWAITING_RETURN");

        steps.signIn("buyer1");
        steps.openCase(caseId);
        steps.act("ship-return", Map.of("carrier", "SF", "trackingNo", "SF7300456"));
        assertThat(steps.status()).isEqualTo("RETURN_SHIPPED");

        // the seller never confirms receipt: after T_RECEIPT (10 days) the system does, and the refund starts
        steps.signIn("admin1");
        steps.letTimePass("P11D");

        steps.signIn("buyer1");
        steps.awaitStatus(caseId, "REFUNDED");
        List<WebElement> legs = browser.driver().findElements(By.cssSelector("#money [data-test=refund-leg]"));
        assertThat(legs).hasSize(2).allSatisfy(leg -> assertThat(leg.getDomAttribute("data-state")).isEqualTo("SUCCEEDED"));
        assertThat(browser.find("[data-test=case-status]").getText()).isEqualTo("已退款");
        assertThat(browser.find("#refunded-total").getText()).isEqualTo(max);
        assertThat(legs.get(0).getText()).contains("退款成功");

        steps.language("en");
        assertThat(browser.find("[data-test=case-status]").getText()).isEqualTo("Refunded");
        assertThat(browser.find("#money [data-test=refund-leg]").getText()).contains("Succeeded");
    }

    @Test
    void aRefundedCaseFitsAPhoneScreen() {
        steps.signIn("buyer1");
        browser.phone();
        steps.openRefundPage("DEMO-1001");
        steps.quote("REFUND_ONLY", "QUALITY", "L1", 1);
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(ConsoleBrowser.PHONE_WIDTH);
        String caseId = steps.submitRequest("领口开线");

        steps.signIn("seller1");
        steps.openCase(caseId);
        steps.act("agree", Map.of());

        steps.signIn("buyer1");
        browser.phone();
        steps.awaitStatus(caseId, "REFUNDED");
        assertThat(browser.viewportWidth()).isEqualTo(ConsoleBrowser.PHONE_WIDTH);
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(ConsoleBrowser.PHONE_WIDTH);
    }
}
