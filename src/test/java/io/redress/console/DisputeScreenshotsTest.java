package io.redress.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressServerIntegrationTest;
import java.awt.Color;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Writes the README's "Disputes" screenshots to {@code docs/images} by playing a dispute in a real browser: buyer1's
 * earbuds of DEMO-1015 refused by seller1 with a photo, escalated, accepted by agent1, evidence from both sides, a
 * ruling for the buyer, the seller's appeal and senior1's review. Tagged {@code screenshots}: never part of
 * {@code mvn test}; run with {@code mvn -Pscreenshots test}.
 */
@RedressServerIntegrationTest
@Tag("screenshots")
class DisputeScreenshotsTest {

    static final Path IMAGES = Path.of("docs", "images");

    @RegisterExtension
    static final ConsoleBrowser browser = new ConsoleBrowser();

    final ConsoleSteps steps = new ConsoleSteps(browser);
    final DisputeSteps dispute = new DisputeSteps(browser);

    @Test
    void aDisputeFromEscalationToSecondReview() {
        String caseId = escalated("buyer1", "DEMO-1015", "降噪功能失效", "耳机降噪完全没有效果，商家拒绝退款");
        String other = escalated("buyer3", "DEMO-1007", "牛仔裤褪色严重", "褪色严重，要求退款");

        steps.signIn("agent1");
        browser.open("/agent/disputes");
        browser.find("[data-test=queue-row][data-case='" + other + "'] form[data-action=claim] button").click();
        browser.find("[data-test=load]");
        steps.language("en");
        shoot("agent-queue.png");
        dispute.openDossier(caseId);
        dispute.act("accept", Map.of());

        steps.signIn("buyer1");
        dispute.openDispute(caseId);
        String buyerPhoto = dispute.uploadPhoto("左耳降噪开关无反应", new Color(0x4dabf7));
        browser.driver().executeScript("window.scrollTo(0, 0)");
        shoot("buyer-dispute.png");
        dispute.submitEvidence("左耳降噪无效，附照片", buyerPhoto, false);
        steps.signIn("seller1");
        dispute.openDispute(caseId);
        dispute.submitEvidence("出厂检测合格，见发货前照片", null, false);

        steps.signIn("agent1");
        dispute.openDossier(caseId);
        browser.scrollToBottomOf("#evidence-files");
        shoot("agent-dossier.png");
        dispute.act("rule", Map.of("outcome", "REFUND", "faultParty", "SELLER",
                "reasons", "买家照片显示降噪开关损坏，属质量问题"), buyerPhoto);
        steps.signIn("buyer1");
        steps.awaitStatus(caseId, "REFUNDED");

        steps.signIn("seller1");
        dispute.openDispute(caseId);
        String newPhoto = dispute.uploadPhoto("买家寄回的耳机有进水痕迹", new Color(0x868e96));
        dispute.act("appeal", Map.of("message", "耳机有进水痕迹，并非质量问题"), newPhoto);

        steps.signIn("senior1");
        dispute.openReview(caseId);
        browser.scrollToBottomOf("#appeal-evidence");
        shoot("senior-review.png");
        dispute.act("review", Map.of("decision", "UPHELD", "reasons", "进水痕迹与降噪失效无关，维持原判"));

        steps.signIn("buyer1");
        browser.phone();
        dispute.openDispute(caseId);
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(ConsoleBrowser.PHONE_WIDTH);
        shoot("phone-dispute.png");
    }

    private String escalated(String buyer, String orderId, String description, String why) {
        steps.signIn(buyer);
        steps.openRefundPage(orderId);
        steps.quote("REFUND_ONLY", "QUALITY", "L1", 1);
        String caseId = steps.submitRequest(description);
        steps.signIn("seller1");
        dispute.openDispute(caseId);
        String photo = dispute.uploadPhoto("发货前的检测照片", new Color(0x51cf66));
        steps.openCase(caseId);
        steps.act("refuse", Map.of("reasonCode", "NOT_DEFECTIVE", "message", "发货前检测合格，见照片", "cite", photo));
        steps.signIn(buyer);
        steps.openCase(caseId);
        dispute.escalate(why);
        return caseId;
    }

    private void shoot(String name) {
        browser.screenshot(IMAGES.resolve(name));
    }
}
