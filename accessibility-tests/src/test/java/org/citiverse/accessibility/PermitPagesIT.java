package org.citiverse.accessibility;

import static org.citiverse.accessibility.AccessibilityIT.collect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The permit check in a real browser, in both languages, with the keyboard alone: a fence on a
 * residential plot from the address to the answer (each step, and the errors of a step, under axe),
 * printed and kept; an activity no rules cover ends in "we cannot decide this online"; a check that
 * needs a permit, once kept, leads on to applying for one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermitPagesIT {

    private static final List<String> LANGUAGES = List.of("en", "nl");
    /** Vleutenseweg 1 (demo register, V20): its parcel lies in the residential zone, whose rules are shipped. */
    private static final String RESIDENTIAL = "Vleutenseweg 1, 3532 AA Utrecht";
    private static final Map<String, String> FREE = Map.of("en", "You do not need a permit", "nl",
            "U hebt geen vergunning nodig");
    private static final Map<String, String> UNDECIDED = Map.of("en", "We cannot decide this online", "nl",
            "We kunnen dit niet online beslissen");
    private Browser citizen;
    private Browser visitor;

    @BeforeAll
    void openBrowsers() {
        citizen = new Browser().signIn("citizen");
        visitor = new Browser();
    }

    @AfterAll
    void closeBrowsers() {
        citizen.close();
        visitor.close();
    }

    /** Tabs to the control with this id and presses Enter on it, as a keyboard user would. */
    private static void enter(Browser browser, String id) {
        WebElement control = browser.tabUntil(null, 120, id);
        browser.navigateBy(() -> control.sendKeys(Keys.ENTER));
    }

    /** Tabs to a button by its text and presses Enter. */
    private static void enterOn(Browser browser, String text) {
        WebElement control = browser.tabUntil(text, 120);
        browser.navigateBy(() -> control.sendKeys(Keys.ENTER));
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.tabUntil(null, 120, id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    private static boolean hasErrors(Browser browser) {
        return !browser.driver().findElements(By.id("error-summary")).isEmpty();
    }

    private static String main(Browser browser) {
        return browser.driver().findElement(By.id("main")).getText();
    }

    /** The place step done with the keyboard: the address typed, found, the right one of several picked. */
    private static void placeByAddress(Browser browser) {
        type(browser, "address", "Vleutenseweg 1");
        enter(browser, "findAddress");
        enterOn(browser, RESIDENTIAL);
        assertEquals(RESIDENTIAL, browser.driver().findElement(By.id("address")).getAttribute("value"));
        enter(browser, "next");
    }

    /** Chooses a radio with Space (the arrow keys move within a group; Space selects the focused one). */
    private static void choose(Browser browser, String value) {
        WebElement radio = browser.driver().findElement(By.cssSelector("input[type=radio][value='" + value + "']"));
        radio.sendKeys(Keys.SPACE);
        assertTrue(radio.isSelected(), value);
    }

    @Test
    void aFenceOnAResidentialPlotWithTheKeyboardAloneEveryStepAccessibleThenPrintedAndKept() {
        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            citizen.open("/permit-check.xhtml?lang=" + lang);
            String title = citizen.driver().getTitle();
            assertTrue(title.contains(lang.equals("en") ? "Step 1 of" : "Stap 1 van"), title);
            collect(problems, citizen, "place (" + lang + ")");
            enter(citizen, "next");
            assertTrue(hasErrors(citizen), "no place given");
            assertTrue(citizen.driver().getTitle().startsWith(lang.equals("en") ? "Error:" : "Fout:"),
                    citizen.driver().getTitle());
            collect(problems, citizen, "place with error (" + lang + ")");
            type(citizen, "latitude", "48.85");
            type(citizen, "longitude", "2.35");
            enter(citizen, "next");
            assertTrue(hasErrors(citizen), "outside the city");
            assertEquals("#latitude", citizen.driver().findElement(By.cssSelector("#error-summary a"))
                    .getAttribute("hash"), "the summary links to the field");
            type(citizen, "latitude", "");
            type(citizen, "longitude", "");
            placeByAddress(citizen);

            assertTrue(main(citizen).contains("UTR01-K-"), "the parcel found is shown");
            collect(problems, citizen, "activity (" + lang + ")");
            enter(citizen, "next");
            assertTrue(hasErrors(citizen), "no activity chosen");
            collect(problems, citizen, "activity with error (" + lang + ")");
            choose(citizen, "fence");
            enter(citizen, "next");

            collect(problems, citizen, "question: location (" + lang + ")");
            choose(citizen, "front");
            enter(citizen, "next");
            assertTrue(citizen.driver().getTitle().contains(lang.equals("en") ? "Step 4 of 5" : "Stap 4 van 5"),
                    citizen.driver().getTitle());
            collect(problems, citizen, "question: height (" + lang + ")");
            type(citizen, "answer", "-2");
            enter(citizen, "next");
            assertTrue(hasErrors(citizen), "a negative height");
            assertEquals("true", citizen.driver().findElement(By.id("answer")).getAttribute("aria-invalid"));
            assertTrue(citizen.driver().findElement(By.id("answer")).getAttribute("aria-describedby")
                    .contains("answer-error"));
            collect(problems, citizen, "question: height with error (" + lang + ")");
            type(citizen, "answer", "twee");
            enter(citizen, "next");
            assertTrue(hasErrors(citizen), "not a number");
            type(citizen, "answer", lang.equals("nl") ? "0,8" : "0.8");
            enter(citizen, "next");

            String result = main(citizen);
            assertTrue(result.contains(FREE.get(lang)), result);
            assertTrue(result.contains("F2"), "the rule it comes from");
            collect(problems, citizen, "result (" + lang + ")");

            enterOn(citizen, lang.equals("en") ? "Printable page" : "Afdrukpagina");
            assertTrue(main(citizen).contains(FREE.get(lang)));
            collect(problems, citizen, "printable (" + lang + ")");
            enter(citizen, "save");
            assertTrue(citizen.driver().getCurrentUrl().contains("/citizen/permit-check.xhtml?id="),
                    citizen.driver().getCurrentUrl());
            assertTrue(main(citizen).contains(FREE.get(lang)), "the kept check at its own address");
            assertTrue(citizen.driver().findElements(By.id("apply")).isEmpty(), "nothing to apply for");
            collect(problems, citizen, "saved check (" + lang + ")");

            citizen.open("/citizen/permit-checks.xhtml?lang=" + lang);
            collect(problems, citizen, "my permit checks (" + lang + ")");
            int before = citizen.driver().findElements(By.cssSelector("tbody tr")).size();
            assertTrue(before >= 1);
            citizen.submit(By.cssSelector("tbody tr input[type=submit]"));
            assertEquals(before - 1, citizen.driver().findElements(By.cssSelector("tbody tr")).size(), "deleted");
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void anActivityNoRulesCoverIsNotGuessed() {
        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            visitor.open("/permit-check.xhtml?lang=" + lang);
            if (lang.equals("en")) {
                placeByAddress(visitor);
            } else {
                // The map's pin fills the position fields (mouse, then arrow keys)...
                WebElement map = visitor.driver().findElement(By.cssSelector("svg[data-pick]"));
                new org.openqa.selenium.interactions.Actions(visitor.driver()).moveToElement(map).click()
                        .sendKeys(Keys.ARROW_RIGHT).perform();
                assertTrue(visitor.driver().findElement(By.id("latitude")).getAttribute("value").startsWith("52."),
                        "the pin fills the position");
                // ...and a position typed counts the same: the middle of Vleutenseweg 1's parcel.
                type(visitor, "latitude", "52.0937146");
                type(visitor, "longitude", "5.1068157");
                enter(visitor, "next");
                assertFalse(hasErrors(visitor), main(visitor));
                assertTrue(main(visitor).contains("UTR01-K-2128"), "the parcel at that position");
            }
            choose(visitor, "solar-panels");
            enter(visitor, "next");
            String result = main(visitor);
            assertTrue(result.contains(UNDECIDED.get(lang)), result);
            assertTrue(result.contains(lang.equals("en") ? "permit desk" : "vergunningenloket"), "whom to ask");
            assertTrue(visitor.driver().getTitle().contains(lang.equals("en") ? "Step 3 of 3" : "Stap 3 van 3"),
                    "no questions asked: " + visitor.driver().getTitle());
            assertTrue(visitor.driver().findElements(By.id("save")).isEmpty(), "only a citizen keeps checks");
            collect(problems, visitor, "undecided result (" + lang + ")");
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void aCheckThatNeedsAPermitOnceKeptLeadsOnToApplying() {
        citizen.open("/permit-check.xhtml?lang=en");
        placeByAddress(citizen);
        choose(citizen, "fence");
        enter(citizen, "next");
        choose(citizen, "front");
        enter(citizen, "next");
        type(citizen, "answer", "1.5");
        enter(citizen, "next");
        assertTrue(main(citizen).contains("You need a permit"), main(citizen));
        enter(citizen, "save");
        WebElement apply = citizen.driver().findElement(By.id("apply"));
        String id = citizen.driver().getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
        assertTrue(apply.getAttribute("href").endsWith("/citizen/permit-application.xhtml?check=" + id),
                apply.getAttribute("href"));
        citizen.navigateBy(apply::click);
        assertEquals(1, citizen.driver().findElements(By.id("startButton")).size(), main(citizen));
        assertTrue(citizen.driver().findElement(By.id("check-outcome")).getText().contains("Permit needed"), main(citizen));
        citizen.open("/citizen/permit-check.xhtml?id=" + id + "&lang=en");
        citizen.submit(By.id("delete"));
        assertTrue(citizen.driver().getCurrentUrl().contains("/citizen/permit-checks.xhtml"));
    }
}
