package io.redress.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressServerIntegrationTest;
import io.redress.policy.Policies;
import io.redress.policy.PolicyRules;
import io.redress.simulation.ScenarioFiles;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin drafts a policy change in the console (the no-reason window cut to three days), simulates it against the
 * version in force, reads the comparison, and publishes it: refused first because the simulation found the draft
 * breaking the law, then published with a reason. The version goes to a profile of its own, so no other test of the
 * real-port context sees it.
 */
@RedressServerIntegrationTest
@Tag("browser")
class SimulationBrowserIntegrationTest {

    @RegisterExtension
    static final ConsoleBrowser browser = new ConsoleBrowser();

    final ConsoleSteps steps = new ConsoleSteps(browser);

    @Autowired Policies policies;

    /** Every buyer returns received goods without a reason, on the fourth to sixth day after signing. */
    private static final String SCENARIO = """
            name: no-reason returns in the console
            seed: 5
            horizonDays: 12
            orders: 12
            buyers:
              - {kind: HONEST, share: 1, refundRate: 1, stages: {RECEIVED: 1}, reasons: {NO_REASON: 1}, evidenceQuality: 1,
                 regret: 0, escalateWhenRefused: 0, reviseWhenRefused: 0, reactWithin: PT2H, returnWithin: P1D, abandonReturn: 0}
            psp: {latency: PT0S, failureRate: 0, timeoutRate: 0}
            """;

    @Test
    void anAdminDraftsAChangeSimulatesItAgainstTheVersionInForceAndPublishesIt() {
        PolicyRules taobao = policies.versions("taobao").get(0).rules();
        String draft = ScenarioFiles.JSON.writeValueAsString(new PolicyRules(taobao.timers(), taobao.categoryOverrides(),
                taobao.limits(), Duration.ofDays(3), taobao.thresholdPolicy(), taobao.zone(), taobao.shipping(),
                taobao.categoryExceptions(), taobao.service(), taobao.instantRefund(), taobao.credit()));

        steps.signIn("admin1");
        browser.open("/admin/simulations");
        fill("#policy", "taobao@1");
        fill("#against", draft);
        fill("#scenario", SCENARIO);
        browser.find("#scenario").submit();
        String runId = browser.find("[data-test=simulation-started]").getText().replaceAll(".*(SIM-[0-9a-f-]+).*", "$1");

        // two applications are started and a fortnight is played: generous, a busy machine is slow
        new WebDriverWait(browser.driver(), Duration.ofMinutes(10), Duration.ofSeconds(3)).until(driver -> {
            browser.open("/admin/simulations");
            return !driver.findElements(By.cssSelector("[data-test=publish-form][data-run='" + runId + "']")).isEmpty();
        });

        browser.open("/admin/simulations/" + runId);
        WebElement differences = browser.find("#diff");
        assertThat(differences.getText()).contains("legal.noReasonRefusedWithinLaw").contains("legal.total");
        assertThat(browser.find("#money canvas")).isNotNull();

        String profile = "console-" + UUID.randomUUID().toString().substring(0, 8);
        browser.open("/admin/simulations");
        WebElement publish = browser.find("[data-test=publish-form][data-run='" + runId + "']");
        WebElement name = publish.findElement(By.name("profile"));
        name.clear();
        name.sendKeys(profile);
        publish.findElement(By.cssSelector("button[type=submit]")).click();
        browser.gone(publish);
        assertThat(browser.find("[data-test=simulation-problem]").getText()).contains(runId).contains("overrideReason");

        publish = browser.find("[data-test=publish-form][data-run='" + runId + "']");
        name = publish.findElement(By.name("profile"));
        name.clear();
        name.sendKeys(profile);
        publish.findElement(By.cssSelector("[data-test=override-reason]"))
                .sendKeys("a three-day window for perishables, agreed with the regulator");
        publish.findElement(By.cssSelector("button[type=submit]")).click();
        browser.gone(publish);
        assertThat(browser.find("[data-test=policy-published]").getText()).contains(profile + "@1");

        assertThat(policies.versions(profile)).singleElement()
                .satisfies(version -> assertThat(version.rules().noReasonWindow()).isEqualTo(Duration.ofDays(3)));
    }

    /** Sets a field's text at once (a policy's rules are a few kilobytes of JSON, too long to type). */
    private void fill(String css, String text) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(css), text);
    }
}
