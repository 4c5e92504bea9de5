package io.redress.console;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What the parties, agents and senior agents do with a platform dispute in the console, step by step through the
 * browser: upload a photo, escalate, accept, submit evidence, rule, mediate, appeal and review. Shared by the
 * browser tests and the README's screenshots; elements are found by {@code data-test} and {@code data-action}.
 */
final class DisputeSteps {

    private final ConsoleBrowser browser;

    DisputeSteps(ConsoleBrowser browser) {
        this.browser = browser;
    }

    /** A party's dispute page (also before any dispute: the place to upload evidence). */
    void openDispute(String caseId) {
        browser.open("/cases/" + caseId + "/dispute");
        browser.find("[data-test=dispute-status]");
    }

    /** Uploads a freshly drawn PNG photo on the open dispute page; returns its evidence id as the page tells it. */
    String uploadPhoto(String note, Color colour) {
        WebElement form = browser.find("form[data-action='upload']");
        new Select(form.findElement(By.name("kind"))).selectByValue("PHOTO");
        form.findElement(By.name("file")).sendKeys(photo(colour).toAbsolutePath().toString());
        browser.waitUp().until(ExpectedConditions.visibilityOfElementLocated(By.id("preview")));
        form.findElement(By.name("note")).sendKeys(note);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.gone(form);
        return browser.find("[data-test=uploaded]").getDomAttribute("data-evidence-id");
    }

    /** The buyer asks the platform to step in from the case page and lands on the dispute page. */
    void escalate(String message) {
        WebElement form = browser.find("form[data-action='escalate']");
        form.findElement(By.name("message")).sendKeys(message);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUp().until(ExpectedConditions.urlMatches("/cases/[^/]+/dispute$"));
        browser.find("[data-test=dispute-status]");
    }

    /** The dispute's sub-state as the open page's badge carries it. */
    String status() {
        return browser.find("[data-test=dispute-status]").getDomAttribute("data-status");
    }

    /** A party's statement with the ticked evidence: saved as a draft first when asked, then submitted. */
    void submitEvidence(String statement, String evidenceId, boolean draftFirst) {
        if (draftFirst) {
            fillSubmission(statement + " (draft)", evidenceId);
            browser.find("[data-test=save-draft]").click();
            browser.find("[data-test=draft-saved]");
            WebElement field = browser.find("#statement");
            field.clear();
            field.sendKeys(statement);
            browser.find("[data-test=submit-final]").click();
        } else {
            fillSubmission(statement, evidenceId);
            browser.find("[data-test=submit-final]").click();
        }
        browser.find("[data-test=own-statement]");
    }

    private void fillSubmission(String statement, String evidenceId) {
        WebElement form = browser.find("form[data-action='submit-evidence']");
        WebElement field = form.findElement(By.name("statement"));
        field.clear();
        field.sendKeys(statement);
        if (evidenceId != null) {
            tick(form, evidenceId);
        }
    }

    /** Fills a form on the open page (text fields typed, selects chosen, evidence ids ticked) and sends it. */
    void act(String action, Map<String, String> fields, String... evidenceIds) {
        WebElement form = browser.find("form[data-action='" + action + "']");
        fields.forEach((name, value) -> {
            WebElement field = form.findElement(By.name(name));
            switch (field.getTagName()) {
                case "select" -> new Select(field).selectByValue(value);
                case "input" -> {
                    if ("radio".equals(field.getDomAttribute("type"))) {
                        form.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
                    } else {
                        field.sendKeys(value);
                    }
                }
                default -> field.sendKeys(value);
            }
        });
        for (String id : evidenceIds) {
            tick(form, id);
        }
        form.findElement(By.cssSelector("button[type=submit]:not([name=draft])")).click();
        browser.gone(form);
        browser.find("main");
        refusals();
    }

    /** Fails with the page's message when the last action was refused. */
    void refusals() {
        var refused = browser.driver().findElements(By.cssSelector("[data-test=refused]"));
        if (!refused.isEmpty()) {
            throw new AssertionError("refused: " + refused.get(0).getText());
        }
    }

    /** The agent's dossier of a dispute, opened from the queue. */
    void openDossierFromQueue(String caseId) {
        browser.open("/agent/disputes");
        browser.find("[data-test=queue-row][data-case='" + caseId + "'] td:first-child a").click();
        browser.find("[data-test=dispute-status]");
    }

    void openDossier(String caseId) {
        browser.open("/agent/disputes/" + caseId);
        browser.find("[data-test=dispute-status]");
    }

    void openReview(String caseId) {
        browser.open("/agent/disputes/" + caseId + "/review");
        browser.find("[data-test=dispute-status]");
    }

    private void tick(WebElement form, String evidenceId) {
        WebElement box = form.findElement(By.cssSelector("input[name=evidenceIds][value='" + evidenceId + "']"));
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** A small PNG of one colour with a darker band (a "photo" of the goods), written once per colour. */
    static Path photo(Color colour) {
        Path file = Path.of("target", "browser-photos", Integer.toHexString(colour.getRGB()) + ".png");
        if (Files.exists(file)) {
            return file;
        }
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 320, 200);
        g.setColor(colour.darker().darker());
        g.fillRect(40, 80, 240, 40);
        g.dispose();
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
