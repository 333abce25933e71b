package org.citiverse.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.citiverse.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keyboard-only journeys: skip link, main navigation, error summary, signing out, session warning, households,
 * registering a device.
 */
class KeyboardIT {

    @Test
    void theSkipLinkIsTheFirstStopAndMovesFocusToMain() {
        try (Browser browser = new Browser()) {
            browser.open("/?lang=en");
            tab(browser);
            WebElement first = browser.focused();
            assertEquals("Skip to main content", first.getText());
            assertTrue(first.isDisplayed(), "visible when focused");
            first.sendKeys(Keys.ENTER);
            assertEquals("main", browser.focused().getAttribute("id"));
        }
    }

    @Test
    void theMainNavigationWorksFromTheKeyboard() {
        try (Browser browser = new Browser()) {
            browser.open("/?lang=en");
            WebElement target = browser.tabUntil("My services", 20);
            assertTrue(target.getAttribute("href").endsWith("/citizen/"));
            browser.navigateBy(() -> target.sendKeys(Keys.ENTER));
            assertTrue(browser.driver().getCurrentUrl().startsWith(Tokens.keycloak()),
                    "the city's sign-in: " + browser.driver().getCurrentUrl());
        }
    }

    @Test
    void aFailedSubmitFocusesTheErrorSummaryWhoseLinksReachTheFields() {
        try (Browser browser = new Browser().signIn("neighbour")) {
            browser.open("/citizen/profile.xhtml?lang=en");
            WebElement name = browser.driver().findElement(By.id("displayName"));
            name.clear();
            browser.navigateBy(() -> name.sendKeys(Keys.ENTER)); // submits the form, as a keyboard user would
            WebElement summary = browser.focused();
            assertEquals("error-summary", summary.getAttribute("id"), "focus moves to the summary");
            tab(browser);
            WebElement link = browser.focused();
            assertEquals("Enter your name", link.getText());
            link.sendKeys(Keys.ENTER);
            assertTrue(browser.driver().getCurrentUrl().endsWith("#displayName"));
        }
    }

    @Test
    void signingOutWorksFromTheKeyboard() {
        try (Browser browser = new Browser().signIn("citizen")) {
            browser.open("/citizen/?lang=en");
            WebElement signOut = browser.tabUntil("Sign out", 20);
            browser.navigateBy(() -> signOut.sendKeys(Keys.ENTER));
            assertTrue(browser.driver().getPageSource().contains("You have signed out."));
            browser.open("/citizen/");
            assertTrue(browser.driver().getCurrentUrl().startsWith(Tokens.keycloak()), "the session is gone");
            assertFalse(browser.driver().findElements(By.id("kc-form-login")).isEmpty(),
                    "signed out at Keycloak too: its form asks again");
        }
    }

    @Test
    void theSessionTimeoutWarningIsAnnouncedWithoutTakingFocusAndKeepsTheSessionFromTheKeyboard() {
        try (Browser browser = new Browser().signIn("citizen")) {
            browser.open("/citizen/profile.xhtml?lang=en");
            WebElement name = browser.driver().findElement(By.id("displayName"));
            name.click();
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            // The real timer is the session timeout; make it fire now (warning after 1 s, end after 30 s).
            js.executeScript("var r = document.getElementById('session-timeout');"
                    + "r.dataset.timeout = '30'; r.dataset.warn = '29';"
                    + "document.dispatchEvent(new Event('citiverse:session-reschedule'));");
            WebElement region = browser.driver().findElement(By.id("session-timeout"));
            assertEquals("alert", region.getAttribute("role"), "announced by screen readers");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> !region.findElements(By.tagName("button")).isEmpty());
            assertEquals("displayName", browser.focused().getAttribute("id"), "the warning does not take focus");
            assertTrue(region.getText().contains("signed out in 2 minutes"), region.getText());
            assertEquals("", browser.violations(), "the warning passes axe-core");

            WebElement stay = region.findElement(By.tagName("button"));
            js.executeScript("arguments[0].focus();", browser.driver().findElement(By.className("skip-link")));
            tab(browser);
            assertEquals(stay, browser.focused(), "the button follows the skip link");
            browser.focused().sendKeys(Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> region.getText().isEmpty());
        }
    }

    @Test
    void settingUpAHouseholdAndInvitingWorkFromTheKeyboard() {
        try (Browser browser = new Browser().signIn("resident")) {
            browser.open("/citizen/?lang=en");
            WebElement myHome = browser.tabUntil("My home", 30);
            browser.navigateBy(() -> myHome.sendKeys(Keys.ENTER));
            WebElement name = browser.tabUntil("", 40, "name");
            name.sendKeys("Keyboard home");
            browser.navigateBy(() -> name.sendKeys(Keys.ENTER));
            assertEquals("notice", browser.focused().getAttribute("id"), "the confirmation is announced");
            WebElement invite = browser.tabUntil("Make an invitation", 40);
            browser.navigateBy(() -> invite.sendKeys(Keys.ENTER));
            assertFalse(browser.driver().findElement(By.id("invitation-code")).getText().isBlank(), "code shown");
        }
    }

    @Test
    void aWrongClaimCodeIsSummarisedAndTheSummaryLeadsBackToTheField() {
        try (Browser browser = new Browser().signIn("neighbour")) {
            browser.open("/citizen/household/?lang=en");
            browser.driver().findElement(By.id("name")).sendKeys("Keyboard devices");
            browser.submit(By.id("createButton"));
            String household = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");
            browser.open("/citizen/household/devices.xhtml?id=" + household + "&lang=en");
            WebElement code = browser.tabUntil("", 40, "claimCode");
            code.sendKeys("0000-0000-0000-0000");
            browser.navigateBy(() -> code.sendKeys(Keys.ENTER));
            assertEquals("error-summary", browser.focused().getAttribute("id"), "focus moves to the summary");
            tab(browser);
            WebElement link = browser.focused();
            assertTrue(link.getText().contains("does not match a device"), link.getText());
            link.sendKeys(Keys.ENTER);
            assertTrue(browser.driver().getCurrentUrl().endsWith("#claimCode"));
        }
    }

    @Test
    void registeringADeviceWorksFromTheKeyboard() {
        try (Browser browser = new Browser().signIn("staff")) {
            browser.open("/staff/devices.xhtml?lang=en");
            WebElement register = browser.tabUntil("Register a device", 40);
            browser.navigateBy(() -> register.sendKeys(Keys.ENTER));
            WebElement submit = browser.tabUntil("Register the device", 40);
            browser.navigateBy(() -> submit.sendKeys(Keys.ENTER));
            assertEquals("error-summary", browser.focused().getAttribute("id"), "focus moves to the summary");
            tab(browser);
            WebElement link = browser.focused();
            assertEquals("Enter the device id", link.getText());
            link.sendKeys(Keys.ENTER);
            assertTrue(browser.driver().getCurrentUrl().endsWith("#deviceId"));
            WebElement id = browser.focused();
            assertEquals("deviceId", id.getAttribute("id"), "the link leads into the field");

            id.sendKeys("keys-" + java.util.UUID.randomUUID().toString().substring(0, 8));
            browser.tabUntil("", 5, "deviceName").sendKeys("Keyboard lock");
            WebElement profile = tabUntilName(browser, "profile", 5);
            profile.sendKeys(Keys.SPACE);
            profile.sendKeys(Keys.ARROW_DOWN); // radios: arrows move the choice within the group
            assertEquals("door-lock", browser.driver().findElement(By.cssSelector("input[name=profile]:checked"))
                    .getAttribute("value"));
            tabUntilName(browser, "claimCode", 5).sendKeys(Keys.SPACE);
            WebElement again = browser.tabUntil("Register the device", 5);
            browser.navigateBy(() -> again.sendKeys(Keys.ENTER));
            assertEquals("notice", browser.focused().getAttribute("id"), "the registration is announced");
            assertFalse(browser.driver().findElement(By.id("device-secret")).getText().isBlank(), "secret shown");
            assertFalse(browser.driver().findElement(By.id("claim-code")).getText().isBlank(), "claim code shown");
        }
    }

    /** Tabs forward until a form control of this name (such as the first radio of a group) has focus. */
    private static WebElement tabUntilName(Browser browser, String name, int maxStops) {
        for (int i = 0; i < maxStops; i++) {
            tab(browser);
            if (name.equals(browser.focused().getAttribute("name"))) {
                return browser.focused();
            }
        }
        throw new AssertionError("no control named " + name + " within " + maxStops + " Tab presses");
    }

    private static void tab(Browser browser) {
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    }

    /** The fleet counts change without a reload, and pausing them from the keyboard stops that. */
    @Test
    void theFleetCountsStayLiveUntilPaused() throws Exception {
        org.citiverse.testsupport.PortalClient api = new org.citiverse.testsupport.PortalClient(
                org.citiverse.testsupport.TestServers.postgres()).signIn("admin");
        try (Browser browser = new Browser().signIn("staff")) {
            browser.open("/staff/devices.xhtml?lang=en");
            By offline = By.id("fleet-offline");
            int before = Integer.parseInt(browser.driver().findElement(offline).getText());
            org.citiverse.testsupport.Devices.register(api, "live", "generic", null);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d ->
                    Integer.parseInt(d.findElement(offline).getText()) > before);

            WebElement pause = browser.tabUntil("Pause updates", 60);
            pause.sendKeys(Keys.ENTER);
            assertEquals("true", pause.getAttribute("aria-pressed"));
            assertEquals("Resume updates", pause.getText());
            String paused = browser.driver().findElement(offline).getText();
            org.citiverse.testsupport.Devices.register(api, "live", "generic", null);
            Thread.sleep(12_000);
            assertEquals(paused, browser.driver().findElement(offline).getText(), "paused: no change");
            assertEquals(pause, browser.focused(), "focus stays on the button");

            pause.sendKeys(Keys.ENTER);
            assertEquals("false", pause.getAttribute("aria-pressed"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d ->
                    !paused.equals(d.findElement(offline).getText()));
        }
    }
}
