package io.redress.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressServerIntegrationTest;
import java.awt.Color;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Platform disputes played in a real browser by the demo accounts: a ruling for the buyer that is paid, appealed by
 * the seller and upheld by a senior agent; a mediation both parties accept; a ruling for the seller. Demo orders of
 * the real-port context's own database that no other test there uses: DEMO-1015 (buyer1), DEMO-1007 (buyer3) and
 * DEMO-1019 (buyer2), all of shop-1 (seller1) and signed.
 */
@RedressServerIntegrationTest
@Tag("browser")
class DisputeBrowserIntegrationTest {

    @RegisterExtension
    static final ConsoleBrowser browser = new ConsoleBrowser();

    final ConsoleSteps steps = new ConsoleSteps(browser);
    final DisputeSteps dispute = new DisputeSteps(browser);

    @Test
    void aRulingForTheBuyerIsPaidAppealedByTheSellerAndUpheldBySenior1() {
        String caseId = refusedWithAPhoto("buyer1", "DEMO-1015", "降噪功能失效");

        steps.signIn("buyer1");
        steps.openCase(caseId);
        dispute.escalate("耳机降噪完全没有效果，商家拒绝退款");
        assertThat(dispute.status()).isEqualTo("REQUESTED");

        steps.signIn("agent1");
        dispute.openDossierFromQueue(caseId);
        assertThat(browser.find("#evidence-files [data-side=SELLER] img").isDisplayed()).isTrue();
        assertThat(browser.find("#evidence-files [data-test=sha256]").getText()).matches("[0-9a-f]{64}");
        dispute.act("accept", Map.of());
        assertThat(dispute.status()).isEqualTo("EVIDENCE");

        steps.signIn("buyer1");
        dispute.openDispute(caseId);
        assertThat(browser.find("[data-test=todo-evidence]").getText()).contains("前提交陈述和凭证");
        String buyerPhoto = dispute.uploadPhoto("左耳降噪开关无反应", new Color(0x4dabf7));
        dispute.submitEvidence("左耳降噪无效，附照片", buyerPhoto, true);

        steps.signIn("seller1");
        dispute.openDispute(caseId);
        assertThat(browser.find("#their-submission").getText()).contains("左耳降噪无效，附照片").doesNotContain("(draft)");
        dispute.submitEvidence("出厂检测合格", null, false);
        assertThat(dispute.status()).isEqualTo("FIRST_REVIEW");

        steps.signIn("agent1");
        dispute.openDossier(caseId);
        dispute.act("rule", Map.of("outcome", "REFUND", "faultParty", "SELLER",
                "reasons", "买家照片显示降噪开关损坏，属质量问题"), buyerPhoto);
        assertThat(dispute.status()).isEqualTo("APPEAL_OPEN");

        steps.signIn("buyer1");
        steps.awaitStatus(caseId, "REFUNDED");

        steps.signIn("seller1");
        dispute.openDispute(caseId);
        String newPhoto = dispute.uploadPhoto("买家寄回的耳机有进水痕迹", new Color(0x868e96));
        dispute.act("appeal", Map.of("message", "耳机有进水痕迹，并非质量问题"), newPhoto);
        assertThat(dispute.status()).isEqualTo("SUPERVISOR_REVIEW");

        steps.signIn("senior1");
        dispute.openReview(caseId);
        assertThat(browser.find("[data-test=appeal-evidence] img").isDisplayed()).isTrue();
        dispute.act("review", Map.of("decision", "UPHELD", "reasons", "进水痕迹与降噪失效无关，维持原判"));
        assertThat(dispute.status()).isEqualTo("FINAL");
        assertThat(browser.find("[data-test=review-decision]").getDomAttribute("data-decision")).isEqualTo("UPHELD");
    }

    @Test
    void aMediationBothPartiesAcceptPaysTheSettledAmount() {
        String caseId = refusedWithAPhoto("buyer3", "DEMO-1007", "牛仔裤褪色严重");
        steps.signIn("buyer3");
        steps.openCase(caseId);
        dispute.escalate("褪色严重，要求退款");
        steps.signIn("agent1");
        dispute.openDossier(caseId);
        dispute.act("accept", Map.of());
        for (String party : new String[] {"buyer3", "seller1"}) {
            steps.signIn(party);
            dispute.openDispute(caseId);
            dispute.submitEvidence(party + " 的陈述", null, false);
        }

        steps.signIn("agent1");
        dispute.openDossier(caseId);
        dispute.act("propose-settlement", Map.of("amount", "100", "terms", "退款 100 元，买家保留商品"));
        for (String party : new String[] {"buyer3", "seller1"}) {
            steps.signIn(party);
            dispute.openDispute(caseId);
            assertThat(browser.find("[data-test=settlement-amount]").getText()).isEqualTo("¥100.00");
            dispute.act("accept-settlement", Map.of());
        }
        assertThat(dispute.status()).isEqualTo("FINAL");
        steps.awaitStatus(caseId, "REFUNDED");
        assertThat(browser.find("#refunded-total").getText()).isEqualTo("¥100.00");
    }

    @Test
    void aRulingForTheSellerClosesTheCaseAndFitsAPhone() {
        String caseId = refusedWithAPhoto("buyer2", "DEMO-1019", "屏幕有划痕");
        steps.signIn("buyer2");
        steps.openCase(caseId);
        dispute.escalate("到货屏幕就有划痕");
        steps.signIn("agent1");
        dispute.openDossier(caseId);
        dispute.act("accept", Map.of());
        for (String party : new String[] {"buyer2", "seller1"}) {
            steps.signIn(party);
            dispute.openDispute(caseId);
            dispute.submitEvidence(party + " 的陈述", null, false);
        }
        steps.signIn("agent1");
        browser.phone();
        dispute.openDossier(caseId);
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(ConsoleBrowser.PHONE_WIDTH);
        dispute.act("rule", Map.of("outcome", "FOR_SELLER", "faultParty", "BUYER", "reasons", "签收时未提出异议，划痕无法证明来自运输"));
        assertThat(dispute.status()).isEqualTo("APPEAL_OPEN");

        steps.signIn("buyer2");
        browser.phone();
        steps.openCase(caseId);
        assertThat(steps.status()).isEqualTo("CLOSED");
        dispute.openDispute(caseId);
        assertThat(browser.find("[data-test=ruling-outcome]").getDomAttribute("data-outcome")).isEqualTo("FOR_SELLER");
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(ConsoleBrowser.PHONE_WIDTH);
        browser.open("/agent/disputes");
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=queue-row]"))).isEmpty();
    }

    /**
     * The buyer asks for a refund for quality; seller1 refuses it citing a photo it uploaded first on the case's
     * dispute page (a refusal after the goods were signed for needs evidence).
     */
    private String refusedWithAPhoto(String buyer, String orderId, String description) {
        String caseId = requested(buyer, orderId, description);
        steps.signIn("seller1");
        dispute.openDispute(caseId);
        String photo = dispute.uploadPhoto("发货前的检测照片", new Color(0x51cf66));
        steps.openCase(caseId);
        steps.act("refuse", Map.of("reasonCode", "NOT_DEFECTIVE", "message", "发货前检测合格，见照片",
                "cite", photo));
        assertThat(steps.status()).isEqualTo("SELLER_REFUSED");
        return caseId;
    }

    private String requested(String buyer, String orderId, String description) {
        steps.signIn(buyer);
        steps.openRefundPage(orderId);
        steps.quote("REFUND_ONLY", "QUALITY", "L1", 1);
        return steps.submitRequest(description);
    }
}
