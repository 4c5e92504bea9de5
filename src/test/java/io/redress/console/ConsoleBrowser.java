package io.redress.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless Chromium per test class, pointed at the application of the real-port test context. Register it as
 * a static {@code @RegisterExtension} field on a {@code @RedressServerIntegrationTest} class. Without chromium and
 * chromedriver on the PATH the class is skipped, except under CI (the {@code CI} variable set), where it fails.
 * A failing test leaves a screenshot and the page source in {@code target/browser-failures}.
 */
public final class ConsoleBrowser implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback {

    static final int PHONE_WIDTH = 390;
    static final String INSTALL = "apt-get install chromium chromium-driver fonts-noto-cjk";
    // Selenium warns that it has no CDP bindings of this Chromium's version; the tests use none (held: JUL keeps weak references)
    private static final Logger CDP_VERSION = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private ChromeDriver driver;
    private String base;

    @Override
    public void beforeAll(ExtensionContext context) {
        Optional<Path> chromium = onPath("chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = onPath("chromedriver");
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String missing = "browser tests need chromium and chromedriver on the PATH (" + INSTALL + ")";
            if (underCi()) {
                throw new IllegalStateException(missing + "; CI must have them (.ci/run installs them)");
            }
            // surefire counts a class skipped in @BeforeAll as "Tests run: 0" without the reason, so it is printed too
            System.err.println("[WARNING] " + context.getRequiredTestClass().getSimpleName() + " skipped: " + missing);
            Assumptions.abort(missing + ": skipped");
        }
        CDP_VERSION.setLevel(Level.SEVERE);
        base = "http://localhost:" + SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        ChromeOptions options = new ChromeOptions().setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1280,800", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        desktop();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (driver != null && context.getExecutionException().isPresent()) {
            Path dir = Path.of("target", "browser-failures");
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            screenshot(dir.resolve(name + ".png"));
            write(dir.resolve(name + ".html"), driver.getPageSource());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a console path (e.g. {@code /orders}) and waits for the page. */
    void open(String path) {
        driver.get(base + path);
    }

    /** A fresh visitor: no session, no language cookie, a desktop window. */
    void forget() {
        // leave the page first: a request it still has in flight (an image, an htmx call) would come back without a
        // session once the cookies are gone and be given a new one, which could replace the one the sign-in form's
        // CSRF token belongs to (a 403 on the form)
        driver.get("about:blank");
        driver.manage().deleteAllCookies();
        desktop();
    }

    /** A desktop viewport of 1280 x 800 CSS px (the window's own size would count the toolbar headless has none of). */
    void desktop() {
        viewport(1280, 800, false);
    }

    /** A phone: a viewport 390 CSS px wide (iPhone 12 to 15), laid out as a mobile browser does. */
    void phone() {
        viewport(PHONE_WIDTH, 844, true);
    }

    private void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Scrolls the page so that the element's bottom meets the viewport's. */
    void scrollToBottomOf(String css) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'end'})", find(css));
    }

    /** How wide the current page is laid out, in CSS px (wider than the viewport: it scrolls sideways). */
    long scrollWidth() {
        return ((Number) driver.executeScript("return document.body.scrollWidth")).longValue();
    }

    long viewportWidth() {
        return ((Number) driver.executeScript("return window.innerWidth")).longValue();
    }

    WebElement find(String css) {
        return waitUp().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Waits until {@code element} has left the page (htmx swapped it out). Chromedriver sometimes reports a node
     * detached mid-swap as "does not belong to the document" rather than as stale: that is gone too.
     */
    void gone(WebElement element) {
        waitUp().until(driver -> {
            try {
                return ExpectedConditions.stalenessOf(element).apply(driver);
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /**
     * Waits up to 20 s for a condition, looking again when an element it found was swapped out meanwhile (htmx
     * replaces a row between the find and the read of its attribute): stale means the page moved on, not a failure.
     */
    WebDriverWait waitUp() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean underCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    private static Optional<Path> onPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(names).flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
