package org.citiverse.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.citiverse.testsupport.Eventually;
import org.citiverse.testsupport.GuestHome;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The flagship journey in real browsers (FGMV-28 7.2.1): two members of a household and a neighbour
 * outside it are each on a portal page; the simulated doorbell rings through the device layer; both
 * members are told at once — announced, without losing what they were typing — and the neighbour is
 * not; one opens the door from the keyboard; the lock opens once and both members see it.
 */
class GuestNotificationBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void bothMembersAreToldOneOpensFromTheKeyboardAndBothSeeTheDoorOpen() {
        String base = TestServers.postgres();
        PortalClient ownerApi = new PortalClient(base).signIn("citizen");
        try (GuestHome home = GuestHome.setUp(base, ownerApi, List.of(new PortalClient(base).signIn("neighbour")),
                0, 50, 150);
             Browser owner = new Browser().signIn("citizen");
             Browser member = new Browser().signIn("neighbour");
             Browser outsider = new Browser().signIn("resident")) {
            owner.open("/citizen/profile.xhtml?lang=en");
            WebElement name = owner.driver().findElement(By.id("displayName"));
            name.click();
            name.sendKeys(Keys.END, " typing");
            member.open("/citizen/?lang=en");
            outsider.open("/citizen/?lang=en");
            for (Browser browser : List.of(owner, member, outsider)) {
                waitFor(browser, "return document.documentElement.dataset.visitStream === 'open';");
            }

            home.ring();
            for (Browser browser : List.of(owner, member)) {
                waitFor(browser, "return document.querySelectorAll('#visit-cards .visit-card').length === 1;");
                String alert = browser.driver().findElement(By.id("visit-alert")).getAttribute("textContent");
                assertTrue(alert.startsWith("Someone rang at ") && alert.contains("Home 1 doorbell"), alert);
                assertEquals("alert", browser.driver().findElement(By.id("visit-alert")).getAttribute("role"));
                assertEquals("status", browser.driver().findElement(By.id("visit-status")).getAttribute("role"));
            }
            assertEquals("displayName", owner.focused().getAttribute("id"), "the ring does not take focus");
            assertTrue(name.getAttribute("value").endsWith(" typing"), "what was typed stays");

            WebElement picture = new WebDriverWait(member.driver(), WAIT).until(d -> {
                WebElement img = d.findElement(By.cssSelector("#visit-cards .visit-card__snapshot"));
                return img.isDisplayed() && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0;", img)) ? img : null;
            });
            assertTrue(picture.getAttribute("alt").startsWith("Camera picture at ") && picture.getAttribute("alt")
                    .contains("Home 1 doorbell"), picture.getAttribute("alt"));
            assertEquals("", member.violations(), "the notification passes axe-core");

            // From the keyboard: the skip link first, then on through the header to the card's buttons.
            ((JavascriptExecutor) member.driver()).executeScript("arguments[0].focus();",
                    member.driver().findElement(By.className("skip-link")));
            WebElement open = member.tabUntil("Open door", 30);
            open.sendKeys(Keys.ENTER);

            for (Browser browser : List.of(owner, member)) {
                new WebDriverWait(browser.driver(), WAIT).until(d -> d.findElement(
                        By.cssSelector("#visit-cards .visit-card__state")).getText().startsWith("Door opened at "));
            }
            String state = owner.driver().findElement(By.cssSelector("#visit-cards .visit-card__state")).getText();
            assertFalse(state.contains("Someone"), "the other member sees who opened, by name: " + state);
            assertEquals(1, home.opensReceived(), "the lock was asked to open exactly once");
            Eventually.await(WAIT, "the lock's twin open", () -> Json.object(ownerApi.get("/api/v1/twins/"
                    + home.lockTwin()).body()).getJsonObject("properties").getJsonObject("locked").get("value")
                    == jakarta.json.JsonValue.FALSE ? true : null);
            assertTrue(owner.driver().findElement(By.cssSelector("[data-answer='open']")).getAttribute("hidden") != null,
                    "an opened door offers no second opening");

            assertTrue(outsider.driver().findElements(By.cssSelector("#visit-cards .visit-card")).isEmpty(),
                    "the neighbour outside the household was told nothing");
            assertFalse(outsider.driver().findElement(By.id("visits")).isDisplayed());
            assertEquals("", outsider.driver().findElement(By.id("visit-alert")).getAttribute("textContent"));

            // The visit log shows it, with its picture, and passes axe-core in both languages.
            member.open("/citizen/visits.xhtml?lang=en");
            assertTrue(member.driver().findElement(By.tagName("table")).getText().contains("Door opened by"),
                    member.driver().findElement(By.tagName("table")).getText());
            assertEquals("", member.violations());
            member.open("/citizen/visits.xhtml?lang=nl");
            assertEquals("", member.violations());
        }
    }

    private static void waitFor(Browser browser, String script) {
        new WebDriverWait(browser.driver(), WAIT).until(d ->
                Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script)));
    }
}
