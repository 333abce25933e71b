package org.citiverse.accessibility;

import static org.citiverse.accessibility.AccessibilityIT.collect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The permit administration in a real browser, in both languages, under axe: an administrator
 * uploads a broken decision model and sees each problem with its line, linked from the error
 * summary; uploads a good one, runs its test cases and activates it with the keyboard; imports a
 * file of the city model with a bad feature and sees the report; staff read the check statistics.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermitAdminPagesIT {

    private static final List<String> LANGUAGES = List.of("en", "nl");
    private Browser admin;
    private Browser staff;
    private Path fence;
    private Path fenceCases;
    private Path shortRule;
    private Path badZones;

    @BeforeAll
    void openBrowsers() throws IOException {
        String dmn = resource("fence-residential.dmn");
        fence = Files.writeString(Files.createTempFile("fence", ".dmn"), dmn);
        fenceCases = Files.writeString(Files.createTempFile("fence", ".json"), resource("fence-residential.tests.json"));
        shortRule = Files.writeString(Files.createTempFile("short", ".dmn"),
                dmn.replace("<inputEntry id=\"F2_in2\"><text>(0..1]</text></inputEntry>", ""));
        // Only bad features: the shared city model stays as it is.
        badZones = Files.writeString(Files.createTempFile("zones", ".geojson"), "{\"type\":\"FeatureCollection\","
                + "\"features\":[{\"type\":\"Feature\",\"id\":\"AXE-Z1\",\"properties\":{\"name\":\"No type\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[5.12,52.09],[5.121,52.09],[5.121,52.091],"
                + "[5.12,52.091],[5.12,52.09]]]}}]}");
        admin = new Browser().signIn("admin");
        staff = new Browser().signIn("staff");
    }

    @AfterAll
    void closeBrowsers() {
        admin.close();
        staff.close();
    }

    @Test
    void anAdministratorSeesEveryProblemOfABrokenModelThenTestsAndActivatesAGoodOne() {
        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            admin.open("/admin/permit-rules.xhtml?lang=" + lang);
            collect(problems, admin, "permit rules (" + lang + ")");
            String activity = "axe-" + lang + "-" + UUID.randomUUID().toString().substring(0, 6);
            fill(activity, shortRule);
            admin.submit(By.id("uploadButton"));
            assertFalse(admin.driver().findElements(By.id("error-summary")).isEmpty(), "the upload is refused");
            String first = admin.driver().findElement(By.id("dmnProblem-1")).getText();
            assertTrue(first.matches("(Line|Regel) \\d+: .*"), first);
            admin.driver().findElement(By.cssSelector("#error-summary a[href='#dmnProblem-1']")).click();
            assertEquals("dmnProblem-1", admin.focused().getAttribute("id"), "the summary's link leads to the problem");
            collect(problems, admin, "upload refused (" + lang + ")");

            fill(activity, fence);
            admin.submit(By.id("uploadButton"));
            assertFalse(admin.driver().findElements(By.id("decision-table")).isEmpty(), "the draft's table");
            collect(problems, admin, "draft rule set (" + lang + ")");
            admin.navigateBy(() -> admin.driver().findElement(By.id("runTests")).sendKeys(Keys.ENTER));
            assertTrue(admin.driver().findElements(By.cssSelector(".test-failed")).isEmpty(), "every test case passes");
            collect(problems, admin, "test cases run (" + lang + ")");
            admin.submit(By.id("activateButton"));
            assertFalse(admin.driver().findElements(By.id("confirmDate-error")).isEmpty(), "the date is confirmed first");
            collect(problems, admin, "activation unconfirmed (" + lang + ")");
            admin.driver().findElement(By.id("confirmDate")).sendKeys(Keys.SPACE);
            admin.navigateBy(() -> admin.driver().findElement(By.id("activateButton")).sendKeys(Keys.ENTER));
            assertEquals(lang.equals("nl") ? "Actief" : "Active", admin.driver().findElement(By.id("status")).getText());
            collect(problems, admin, "rule set activated (" + lang + ")");
        }
        admin.open("/?lang=en");
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void theCityModelPageReportsTheFeaturesAnImportLeftOut() {
        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            admin.open("/admin/permit-city-model.xhtml?lang=" + lang);
            assertFalse(admin.driver().findElements(By.id("zones")).isEmpty(), "the demo zones");
            collect(problems, admin, "city model (" + lang + ")");
            admin.submit(By.id("zonesImportButton"));
            assertFalse(admin.driver().findElements(By.id("error-summary")).isEmpty(), "a file is needed");
            collect(problems, admin, "city model import without a file (" + lang + ")");
            admin.driver().findElement(By.id("zonesFile")).sendKeys(badZones.toString());
            admin.submit(By.id("zonesImportButton"));
            assertEquals("1", admin.driver().findElement(By.id("rejected-count")).getText());
            String row = admin.driver().findElement(By.cssSelector("#rejected-features tbody tr")).getText();
            assertTrue(row.contains("AXE-Z1") && row.contains("type"), row);
            collect(problems, admin, "city model import report (" + lang + ")");
        }
        admin.open("/?lang=en");
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void staffReadTheCheckStatisticsAsAChartAndTables() {
        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            staff.open("/staff/permit-statistics.xhtml?lang=" + lang);
            assertFalse(staff.driver().findElements(By.id("period")).isEmpty());
            collect(problems, staff, "permit statistics (" + lang + ")");
            staff.open("/staff/permit-statistics.xhtml?from=2026-12-02&to=2026-12-01&lang=" + lang);
            assertFalse(staff.driver().findElements(By.cssSelector("#error-summary a[href='#to']")).isEmpty());
            collect(problems, staff, "permit statistics with a bad period (" + lang + ")");
        }
        staff.open("/?lang=en");
        assertEquals("", String.join("\n", problems));
    }

    private void fill(String activity, Path dmn) {
        for (String field : List.of("newActivity", "newZoneType", "effectiveFrom")) {
            admin.driver().findElement(By.id(field)).clear();
        }
        admin.driver().findElement(By.id("newActivity")).sendKeys(activity);
        admin.driver().findElement(By.id("newZoneType")).sendKeys("residential");
        admin.driver().findElement(By.id("effectiveFrom")).sendKeys("2025-01-01");
        admin.driver().findElement(By.id("dmnFile")).sendKeys(dmn.toString());
        admin.driver().findElement(By.id("testCasesFile")).sendKeys(fenceCases.toString());
    }

    private static String resource(String name) {
        try (InputStream in = PermitAdminPagesIT.class.getResourceAsStream("/org/citiverse/permit/rules/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
