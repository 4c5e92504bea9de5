package io.redress.console;

import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What a person does in the console, step by step, through the browser: sign in, ask for a refund with the live
 * quote, act on a case, let time pass on the development clock. Shared by the browser tests and the README's
 * screenshots. Elements are found by ids and {@code data-test} / {@code data-action} attributes of the templates.
 */
final class ConsoleSteps {

    private final ConsoleBrowser browser;

    ConsoleSteps(ConsoleBrowser browser) {
        this.browser = browser;
    }

    /** A fresh visitor signs in with a demo account (password {@code demo}) and lands on the home page. */
    void signIn(String username) {
        browser.forget();
        browser.open("/login");
        browser.find("#username").sendKeys(username);
        WebElement password = browser.find("#password");
        password.sendKeys("demo");
        password.submit();
        browser.waitUp().until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    /** From the buyer's orders, the order's "refund / return / exchange" link. */
    void openRefundPage(String orderId) {
        browser.open("/orders");
        browser.find("#order-" + orderId + " [data-test=ask-refund]").click();
        browser.find("form[hx-get]");
    }

    /** Picks type, reason and units, and waits for htmx to bring the quote; returns the quoted maximum as shown. */
    String quote(String type, String reason, String lineId, int units) {
        browser.find("input[name=type][value=" + type + "]").click();
        new Select(browser.find("#reason")).selectByValue(reason);
        WebElement quantity = browser.waitUp().until(ExpectedConditions.elementToBeClickable(By.id("qty." + lineId)));
        quantity.clear();
        quantity.sendKeys(String.valueOf(units), Keys.TAB);
        settle();
        return browser.find("#quote [data-test=quote-max]").getText();
    }

    /** Waits past the page's 400 ms typing delay until htmx has no request in flight (a late swap would replace the quote). */
    private void settle() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        browser.waitUp().until(driver -> browser.driver()
                .executeScript("return document.querySelector('.htmx-request') === null").equals(Boolean.TRUE));
    }

    /** Submits the quoted request with a description; returns the id of the case it opened. */
    String submitRequest(String description) {
        browser.find("#quote [data-test=apply] #description").sendKeys(description);
        browser.find("#quote [data-test=apply] button[type=submit]").click();
        browser.waitUp().until(ExpectedConditions.urlMatches("/cases/[^/]+$"));
        browser.find("[data-test=case-status]");
        String url = browser.driver().getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    void openCase(String caseId) {
        browser.open("/cases/" + caseId);
        browser.find("[data-test=case-status]");
    }

    /** Fills and sends the action's form on the open case page, and waits for the page to come back with the result. */
    void act(String action, Map<String, String> fields) {
        WebElement form = browser.find("form[data-action='" + action + "']");
        // a field "cite" ticks the evidence of that id among the form's checkboxes; the others are typed in
        fields.forEach((name, value) -> {
            if (name.equals("cite")) {
                form.findElement(By.cssSelector("input[name='cite'][value='" + value + "']")).click();
            } else {
                form.findElement(By.name(name)).sendKeys(value);
            }
        });
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.gone(form);
        browser.find("[data-test=case-status]");
    }

    /** The case's status as the page's badge carries it ({@code data-status}, the status name). */
    String status() {
        return browser.find("[data-test=case-status]").getDomAttribute("data-status");
    }

    /** Reloads the case page until it shows the status (refunds are paid on threads of their own). */
    void awaitStatus(String caseId, String status) {
        browser.waitUp().until(driver -> {
            openCase(caseId);
            return status.equals(status());
        });
    }

    /** As an admin: the development clock page, a duration typed in and sent; what fell due has acted on return. */
    void letTimePass(String duration) {
        browser.open("/admin/clock");
        WebElement field = browser.find("#duration");
        field.sendKeys(duration);
        field.submit();
        browser.find("[data-test=clock-advanced]");
    }

    /** Switches the console's language with the link at the top right ({@code zh-CN} or {@code en}). */
    void language(String tag) {
        browser.find(".lang a[href='?lang=" + tag + "']").click();
        browser.waitUp().until(driver -> tag.equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
    }
}
