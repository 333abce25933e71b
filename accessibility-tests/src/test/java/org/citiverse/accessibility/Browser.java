package org.citiverse.accessibility;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.citiverse.testsupport.TestServers;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Chromium, one per person, driven through ChromeDriver. */
final class Browser implements AutoCloseable {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private final WebDriver driver;
    private final Path profile;
    private final String base;

    /** A browser for the server every integration test uses (production configuration). */
    Browser() {
        this(TestServers.postgres());
    }

    Browser(String base) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("citiverse-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("citiverse.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1024", "--lang=en-GB", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("citiverse.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    WebDriver driver() {
        return driver;
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /**
     * Signs in as a person would: "Sign in" on the home page, then the form the server shows -
     * the city's Keycloak (production configuration) or the portal's own (development).
     */
    Browser signIn(String user) {
        open("/");
        navigateBy(() -> driver.findElement(By.linkText("Sign in")).click());
        if (driver.getCurrentUrl().startsWith(base)) {
            driver.findElement(By.id("j_username")).sendKeys(user);
            driver.findElement(By.id("j_password")).sendKeys(TestServers.DEMO_PASSWORD);
            submit(By.cssSelector("button[type=submit]"));
        } else {
            driver.findElement(By.id("username")).sendKeys(user);
            driver.findElement(By.id("password")).sendKeys(TestServers.DEMO_PASSWORD);
            submit(By.id("kc-login"));
        }
        if (!driver.getCurrentUrl().startsWith(base) || driver.getCurrentUrl().contains("sign-in")) {
            throw new IllegalStateException("sign-in of " + user + " ended at " + driver.getCurrentUrl());
        }
        return this;
    }

    /** Clicks a submit control and waits until the next page has replaced this one. */
    Browser submit(By control) {
        return navigateBy(() -> driver.findElement(control).click());
    }

    /**
     * Runs an action that leaves the page and waits until a new, fully loaded page is there.
     * A marker on the old page's window tells them apart (element staleness checks race with
     * Chrome's navigation).
     */
    Browser navigateBy(Runnable action) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.citiverseOldPage = true;");
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(d ->
                Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.citiverseOldPage !== true && document.readyState === 'complete';")));
        return this;
    }

    /** Tabs forward until an element with this text (or value) has focus. */
    WebElement tabUntil(String text, int maxStops) {
        return tabUntil(text, maxStops, null);
    }

    /** Tabs forward until the element with this text or value, or with this id when one is given, has focus. */
    WebElement tabUntil(String text, int maxStops, String id) {
        for (int i = 0; i < maxStops; i++) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            WebElement focused = focused();
            boolean found = id != null ? id.equals(focused.getAttribute("id"))
                    : text.equals(focused.getText().trim()) || text.equals(focused.getAttribute("value"));
            if (found) {
                return focused;
            }
        }
        throw new AssertionError("\"" + (id != null ? id : text) + "\" not reached within " + maxStops + " Tab presses");
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Runs axe-core on the current page; returns a readable list of violations, empty when none. */
    String violations() {
        Results results;
        try {
            results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        } catch (RuntimeException e) {
            // The renderer sometimes misses axe's deadline on a busy machine: the page is asked once more.
            results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        }
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": "
                    + results.getErrorMessage());
        }
        if (results.getPasses().isEmpty()) {
            throw new IllegalStateException("axe-core checked nothing on " + driver.getCurrentUrl());
        }
        return results.getViolations().stream().map(Browser::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        return "  " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
