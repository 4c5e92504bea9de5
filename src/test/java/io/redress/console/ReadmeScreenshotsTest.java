package io.redress.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressServerIntegrationTest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Writes the README's console screenshots to {@code docs/images} (1280 x 800, and one phone view 390 x 844) by
 * playing the README's story in a real browser: a buyer asks to return shoes of the demo order DEMO-1002 and sees
 * the quote, the seller agrees, the buyer sends them back, time passes on the development clock, and the money
 * goes back to Huabei and the Alipay balance. Tagged {@code screenshots}: never part of {@code mvn test}; run it
 * with {@code mvn -Pscreenshots test}.
 */
@RedressServerIntegrationTest
@Tag("screenshots")
class ReadmeScreenshotsTest {

    static final Path IMAGES = Path.of("docs", "images");

    @RegisterExtension
    static final ConsoleBrowser browser = new ConsoleBrowser();

    final ConsoleSteps steps = new ConsoleSteps(browser);

    @Test
    void theReturnOfAPairOfShoesFromRequestToRefund() {
        browser.forget();
        browser.open("/login");
        browser.find("#username");
        shoot("login.png");

        steps.signIn("buyer1");
        steps.openRefundPage("DEMO-1002");
        steps.quote("RETURN_AND_REFUND", "NO_REASON", "B", 1);
        shoot("buyer-quote.png");
        String caseId = steps.submitRequest("鞋码偏小，七天无理由退货");
        steps.openRefundPage("DEMO-1001");
        steps.quote("REFUND_ONLY", "QUALITY", "L1", 1);
        steps.submitRequest("领口开线");

        steps.signIn("seller1");
        browser.open("/orders");
        browser.find("#order-DEMO-1002");
        shoot("seller-orders.png");
        browser.open("/cases");
        browser.find("table.queue");
        shoot("seller-queue.png");
        steps.openCase(caseId);
        steps.language("en");
        shoot("seller-case.png");
        steps.act("agree", Map.of("returnAddress", "Hangzhou, Wensan Rd 1, after-sales desk"));

        steps.signIn("buyer1");
        steps.openCase(caseId);
        steps.act("ship-return", Map.of("carrier", "SF", "trackingNo", "SF7300456"));
        steps.signIn("admin1");
        steps.letTimePass("P11D");
        shoot("admin-clock.png");

        steps.signIn("buyer1");
        steps.awaitStatus(caseId, "REFUNDED");
        browser.scrollToBottomOf("#money");
        shoot("buyer-case.png");
        browser.phone();
        steps.openCase(caseId);
        browser.scrollToBottomOf("#money");
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(ConsoleBrowser.PHONE_WIDTH);
        shoot("phone-case.png");
    }

    private void shoot(String name) {
        browser.screenshot(IMAGES.resolve(name));
    }
}
