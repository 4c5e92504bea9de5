package io.redress.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressServerIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The case page's routes panel and dossier downloads in a real browser: the parties see what they can do now and
 * download the dossier with their session; the download shows on the timeline. Uses demo order {@code DEMO-1009}
 * (buyer-1, shop-1, delivered), which no other test of the real-port context uses.
 */
@RedressServerIntegrationTest
@Tag("browser")
class DossierBrowserIntegrationTest {

    @RegisterExtension
    static final ConsoleBrowser browser = new ConsoleBrowser();

    final ConsoleSteps steps = new ConsoleSteps(browser);

    @Test
    void thePartiesSeeTheirRoutesAndDownloadTheDossierWhichTheTimelineRecords() {
        steps.signIn("buyer1");
        steps.openRefundPage("DEMO-1009");
        steps.quote("REFUND_ONLY", "QUALITY", "L1", 1);
        String caseId = steps.submitRequest("刻字刻错了，申请退款");

        assertThat(browser.find("#routes h2").getText()).isEqualTo("现在可以做什么");
        assertThat(state("NEGOTIATE")).isEqualTo("OPEN");
        assertThat(state("CONSUMER_ASSOCIATION")).isEqualTo("OPEN");
        assertThat(state("POST_REFUND_REQUEST")).isEqualTo("CLOSED");
        assertThat(route("CONSUMER_ASSOCIATION").getText()).contains("12315");

        List<String> links = browser.driver().findElements(By.cssSelector("#dossier a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        assertThat(links).containsExactly("/cases/" + caseId + "/dossier.pdf", "/cases/" + caseId + "/dossier.json",
                "/cases/" + caseId + "/dossier.zip");
        Map<?, ?> pdf = fetch("/cases/" + caseId + "/dossier.pdf");
        assertThat(pdf.get("status")).isEqualTo(200L);
        assertThat(pdf.get("type")).isEqualTo("application/pdf");
        assertThat(pdf.get("head")).isEqualTo("%PDF-");
        assertThat(fetch("/cases/" + caseId + "/dossier.zip").get("type")).isEqualTo("application/zip");

        steps.openCase(caseId);
        assertThat(browser.find("#routes").getText()).isNotEmpty();
        assertThat(browser.driver().getPageSource()).contains("下载了案件材料");

        steps.signIn("seller1");
        steps.openCase(caseId);
        assertThat(state("CONSUMER_ASSOCIATION")).isEqualTo("CLOSED");
        steps.language("en");
        assertThat(browser.find("#routes h2").getText()).isEqualTo("What you can do now");
        assertThat(route("COMPLAINT").getText()).contains("how the platform handled the case");
        assertThat(browser.find("[data-test=dossier-zip]").getText()).isEqualTo("ZIP with evidence");
    }

    private WebElement route(String kind) {
        return browser.find("#routes li[data-kind='" + kind + "']");
    }

    private String state(String kind) {
        return route(kind).getDomAttribute("data-state");
    }

    /** Fetches a console path with the signed-in session: its status, content type and first five bytes. */
    private Map<?, ?> fetch(String path) {
        Object answer = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({status: r.status,"
                + " type: r.headers.get('content-type'),"
                + " head: String.fromCharCode(...new Uint8Array(b).slice(0, 5))})));", path);
        return (Map<?, ?>) answer;
    }
}
