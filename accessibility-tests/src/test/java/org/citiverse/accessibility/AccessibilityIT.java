package org.citiverse.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.citiverse.testsupport.TestServers;
import org.citiverse.testsupport.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * axe-core (WCAG 2.2 A and AA) on every page that exists, signed out, as a citizen and as staff,
 * in every portal language, including the states a form can be in (errors, saved). Any
 * violation fails the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIT {

    private static final List<String> LANGUAGES = List.of("en", "nl");

    private Browser visitor;
    private Browser citizen;
    private Browser staff;
    private Browser admin;

    @BeforeAll
    void openBrowsers() {
        visitor = new Browser();
        citizen = new Browser().signIn("citizen");
        staff = new Browser().signIn("staff");
        admin = new Browser().signIn("admin");
    }

    @AfterAll
    void closeBrowsers() {
        for (Browser b : new Browser[] {visitor, citizen, staff, admin}) {
            if (b != null) {
                b.close();
            }
        }
    }

    @Test
    void axeReallyFindsViolations() {
        // Guards the suite itself: a page with a known violation must be reported.
        visitor.driver().get("data:text/html,<html><body><img src='x.png'><a href='#'></a></body></html>");
        String violations = visitor.violations();
        assertTrue(violations.contains("image-alt"), violations);
        assertTrue(violations.contains("html-has-lang"), violations);
    }

    @Test
    void publicPages() {
        assertNoViolations(visitor, List.of("/", "/sign-in.xhtml", "/no-such-page.xhtml", "/error/400.xhtml",
                "/error/403.xhtml", "/error/500.xhtml", "/error/view-expired.xhtml", "/here.xhtml",
                "/here.xhtml?latitude=52.0921&longitude=5.1220&radius=300", "/here.xhtml?latitude=north&radius=9000",
                "/nearby-reports.xhtml", "/nearby-reports.xhtml?address=Oudegracht%2012",
                "/nearby-reports.xhtml?latitude=52.0921&longitude=5.1220&radius=400",
                "/nearby-reports.xhtml?address=Nowhere%20lane&radius=9000", "/permit-check.xhtml",
                "/permit-check-result.xhtml?addressId=0344200000101355&activity=fence&q.location=front&q.height=0.8",
                "/permit-check-result.xhtml?addressId=0344200000100014&activity=dormer",
                "/permit-check-result.xhtml?activity=fence"));
    }

    @Test
    void theCitysSignInAndRegistrationPagesInThePortalsLanguage() {
        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            try (Browser browser = new Browser()) {
                browser.open("/?lang=" + lang);
                browser.navigateBy(() -> browser.driver().findElement(
                        By.linkText(lang.equals("nl") ? "Inloggen" : "Sign in")).click());
                assertTrue(browser.driver().getCurrentUrl().startsWith(Tokens.keycloak()),
                        browser.driver().getCurrentUrl());
                assertEquals(lang, browser.driver().findElement(By.tagName("html")).getAttribute("lang"),
                        "Keycloak speaks the portal's language");
                collect(problems, browser, "Keycloak sign-in (" + lang + ")");
                browser.navigateBy(() -> browser.driver().findElement(
                        By.cssSelector("a[href*='login-actions/registration']")).click());
                collect(problems, browser, "Keycloak registration (" + lang + ")");
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void failedSignIn() {
        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            // The portal's own sign-in form is the development configuration's (production uses Keycloak's).
            try (Browser browser = new Browser(TestServers.embedded())) {
                browser.open("/?lang=" + lang).open("/citizen/");
                browser.driver().findElement(By.id("j_username")).sendKeys("citizen");
                browser.driver().findElement(By.id("j_password")).sendKeys("wrong");
                browser.submit(By.cssSelector("button[type=submit]"));
                String title = browser.driver().getTitle();
                assertTrue(title.startsWith(lang.equals("nl") ? "Fout: " : "Error: "),
                        title + " at " + browser.driver().getCurrentUrl());
                collect(problems, browser, "failed sign-in (" + lang + ")");
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void citizenPages() {
        assertNoViolations(citizen, List.of("/", "/citizen/", "/citizen/profile.xhtml", "/staff/",
                "/citizen/household/", "/citizen/household/join.xhtml", "/citizen/home.xhtml", "/citizen/visits.xhtml",
                "/citizen/household/join.xhtml?code=no-such-invitation", "/citizen/permit-checks.xhtml",
                "/permit-check-result.xhtml?addressId=0344200000101355&activity=outbuilding&q.location=rear"
                        + "&q.height=2.5&q.width=3&q.depth=2", "/citizen/permit-applications.xhtml",
                "/citizen/permit-application.xhtml", "/citizen/permit-application.xhtml?activity=fence&latitude=48.85"
                        + "&longitude=2.35&location=front&height=1.5"));
    }

    @Test
    void householdPagesWithErrorsAndAfterInviting() {
        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            citizen.open("/citizen/household/?lang=" + lang);
            citizen.submit(By.id("createButton"));
            assertFalse(citizen.driver().findElements(By.id("error-summary")).isEmpty(), "a name is needed");
            collect(problems, citizen, "household without a name (" + lang + ")");

            citizen.driver().findElement(By.id("name")).sendKeys("Axe " + lang);
            citizen.submit(By.id("createButton"));
            collect(problems, citizen, "household set up (" + lang + ")");
            citizen.driver().findElement(By.id("note")).sendKeys("for a neighbour");
            citizen.submit(By.id("inviteButton"));
            assertFalse(citizen.driver().findElements(By.id("invitation-code")).isEmpty(), "the code is shown");
            collect(problems, citizen, "invitation made (" + lang + ")");
        }
        citizen.open("/?lang=en");
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void householdDevicesPageWithErrorsAndAfterClaiming() {
        org.citiverse.testsupport.PortalClient staffApi = new org.citiverse.testsupport.PortalClient(
                TestServers.postgres()).signIn("staff");
        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            citizen.open("/citizen/household/?lang=" + lang);
            citizen.driver().findElement(By.id("name")).sendKeys("Axe devices " + lang);
            citizen.submit(By.id("createButton"));
            String household = citizen.driver().getCurrentUrl().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");
            citizen.open("/citizen/household/devices.xhtml?id=" + household + "&lang=" + lang);
            collect(problems, citizen, "household devices, none yet (" + lang + ")");
            citizen.submit(By.id("claimButton"));
            assertFalse(citizen.driver().findElements(By.id("error-summary")).isEmpty(), "a code is needed");
            collect(problems, citizen, "claim without a code (" + lang + ")");
            citizen.driver().findElement(By.id("claimCode")).sendKeys("0000-0000-0000-0000");
            citizen.submit(By.id("claimButton"));
            assertFalse(citizen.driver().findElements(By.id("error-summary")).isEmpty(), "a wrong code is said");
            collect(problems, citizen, "claim with a wrong code (" + lang + ")");

            String code = org.citiverse.testsupport.Json.object(staffApi.postJson("/api/v1/devices", "{\"id\":\"axe-bell-"
                    + java.util.UUID.randomUUID().toString().substring(0, 8) + "\",\"name\":\"Axe bell\",\"profile\":"
                    + "\"doorbell\",\"claimCode\":true}", java.util.Map.of()).body()).getJsonObject("claimCode")
                    .getString("code");
            var field = citizen.driver().findElement(By.id("claimCode"));
            field.clear();
            field.sendKeys(code);
            citizen.submit(By.id("claimButton"));
            assertFalse(citizen.driver().findElements(By.id("notice")).isEmpty(), "the device is added");
            collect(problems, citizen, "device claimed (" + lang + ")");
        }
        citizen.open("/?lang=en");
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void profileFormWithErrorsAndAfterSaving() {
        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            citizen.open("/citizen/profile.xhtml?lang=" + lang);
            var name = citizen.driver().findElement(By.id("displayName"));
            name.clear();
            citizen.driver().findElement(By.id("email")).clear();
            citizen.driver().findElement(By.id("email")).sendKeys("not-an-address");
            citizen.submit(By.id("save"));
            assertFalse(citizen.driver().findElements(By.id("error-summary")).isEmpty(), "error summary shown");
            collect(problems, citizen, "profile with errors (" + lang + ")");

            citizen.driver().findElement(By.id("displayName")).sendKeys("Ana Citizen");
            citizen.driver().findElement(By.id("email")).clear();
            citizen.driver().findElement(By.cssSelector("input[type=radio][value='" + lang + "']")).click();
            citizen.submit(By.id("save"));
            assertTrue(citizen.driver().findElements(By.id("error-summary")).isEmpty(),
                    () -> "not saved: " + citizen.driver().findElement(By.id("error-summary")).getText());
            collect(problems, citizen, "profile saved (" + lang + ")");
        }
        citizen.open("/?lang=en");
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void staffPages() {
        assertNoViolations(staff, List.of("/", "/staff/", "/citizen/", "/staff/twins.xhtml",
                "/staff/twins.xhtml?type=home", "/staff/twins.xhtml?latitude=north&radius=10", "/staff/audit.xhtml",
                "/staff/audit.xhtml?action=identity.", "/staff/audit.xhtml?from=yesterday", "/staff/dead-letters.xhtml", "/staff/devices.xhtml",
                "/staff/devices.xhtml?status=REVOKED", "/staff/permit-applications.xhtml",
                "/staff/permit-applications.xhtml?status=SUBMITTED&assignee=me&overdue=true&page=2", "/staff/permit-statistics.xhtml",
                "/staff/permit-statistics.xhtml?from=yesterday"));
    }

    @Test
    void adminPagesWithErrors() {
        // A twin with a child, reports (a chart), a waiting sync request and grants, so the inspector
        // shows every part; the explorer's place search shows it on the map.
        org.citiverse.testsupport.PortalClient api = new org.citiverse.testsupport.PortalClient(TestServers.postgres())
                .signIn("admin");
        String light = org.citiverse.testsupport.Json.object(api.postJson("/api/v1/twins", "{\"type\":\"street-light\","
                + "\"name\":\"Axe light\",\"owner\":\"department:lighting\",\"linkType\":\"L2\","
                + "\"properties\":{\"on\":\"BOOLEAN\",\"watts\":\"NUMBER\"},\"location\":{\"latitude\":52.09,\"longitude\":5.12}}",
                java.util.Map.of()).body()).getString("id");
        api.postJson("/api/v1/twins", "{\"type\":\"lamp\",\"name\":\"Axe lamp\",\"owner\":\"department:lighting\","
                + "\"linkType\":\"L1\",\"parent\":\"" + light + "\"}", java.util.Map.of());
        api.send("PUT", "/api/v1/twins/" + light + "/state", "{\"observedAt\":\"" + java.time.Instant.now().minusSeconds(7200)
                + "\",\"values\":{\"on\":true,\"watts\":40}}");
        api.send("PUT", "/api/v1/twins/" + light + "/state", "{\"observedAt\":\"" + java.time.Instant.now().minusSeconds(60)
                + "\",\"values\":{\"on\":true,\"watts\":55.5}}");
        api.postJson("/api/v1/twins/" + light + "/sync", "{}", java.util.Map.of());
        String fenceRules = org.citiverse.testsupport.Json.array(api.get("/api/v1/permit-rule-sets?activity=fence")
                .body()).getJsonObject(0).getString("id");
        assertNoViolations(admin, List.of("/staff/", "/admin/departments.xhtml", "/admin/department.xhtml?code=roads",
                "/admin/permit-rules.xhtml", "/admin/permit-rules.xhtml?status=ACTIVE&activity=fence",
                "/admin/permit-city-model.xhtml", "/admin/permit-rule-set.xhtml?id=" + fenceRules,
                "/staff/permit-statistics.xhtml",
                "/staff/twin.xhtml?id=" + light, "/staff/twin.xhtml?range=P7D&id=" + light, "/staff/twins.xhtml?text=Axe",
                "/staff/twins.xhtml?latitude=52.09&longitude=5.12&radius=500"));
        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            admin.open("/staff/twin.xhtml?id=" + light + "&lang=" + lang);
            assertFalse(admin.driver().findElements(By.cssSelector("svg.chart__plot polyline")).isEmpty(), "a chart");
            admin.submit(By.id("grantButton"));
            assertFalse(admin.driver().findElements(By.id("error-summary")).isEmpty(), "grant errors shown");
            collect(problems, admin, "grant with errors (" + lang + ")");
        }
        // The device page with a report and, after a rotation, the new secret shown once.
        org.citiverse.testsupport.Devices.Device lamp = org.citiverse.testsupport.Devices.register(api, "axe",
                "street-light", light);
        lamp.report(new org.citiverse.testsupport.PortalClient(TestServers.postgres()).withBearer(
                org.citiverse.testsupport.Tokens.clientCredentials("citiverse", "citiverse-gateway",
                        "demo-gateway-secret")), "axe-" + java.util.UUID.randomUUID(), "application/json", "{\"on\":true}");
        for (String lang : LANGUAGES) {
            admin.open("/staff/device.xhtml?id=" + lamp.id() + "&lang=" + lang);
            collect(problems, admin, "device page (" + lang + ")");
            admin.submit(By.id("rotateButton"));
            assertFalse(admin.driver().findElements(By.id("device-secret")).isEmpty(), "the new secret shown");
            collect(problems, admin, "device page with a new secret (" + lang + ")");
            admin.submit(By.id("claimCodeButton"));
            assertFalse(admin.driver().findElements(By.id("claim-code")).isEmpty(), "the new claim code shown");
            collect(problems, admin, "device page with a new claim code (" + lang + ")");
        }
        for (String lang : LANGUAGES) {
            admin.open("/admin/departments.xhtml?lang=" + lang);
            admin.driver().findElement(By.id("code")).sendKeys("Not A Code");
            admin.submit(By.id("addButton"));
            assertFalse(admin.driver().findElements(By.id("error-summary")).isEmpty(), "errors shown");
            collect(problems, admin, "department with errors (" + lang + ")");
        }
        admin.open("/?lang=en");
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void deviceRegistrationWithErrorsAndItsSecretShownOnce() {
        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            staff.open("/staff/device-new.xhtml?lang=" + lang);
            collect(problems, staff, "device registration (" + lang + ")");
            staff.submit(By.id("registerButton"));
            assertFalse(staff.driver().findElements(By.id("error-summary")).isEmpty(), "every field is asked for");
            collect(problems, staff, "device registration with errors (" + lang + ")");

            staff.driver().findElement(By.id("deviceId")).sendKeys("axe-new-" + java.util.UUID.randomUUID()
                    .toString().substring(0, 8));
            staff.driver().findElement(By.id("deviceName")).sendKeys("Axe doorbell");
            staff.driver().findElement(By.cssSelector("input[name=profile][value=doorbell]")).click();
            staff.driver().findElement(By.cssSelector("input[name=claimCode][value=yes]")).click();
            staff.submit(By.id("registerButton"));
            assertFalse(staff.driver().findElements(By.id("device-secret")).isEmpty(), "the secret is shown");
            assertFalse(staff.driver().findElements(By.id("claim-code")).isEmpty(), "the claim code is shown");
            collect(problems, staff, "device registered, its secret and claim code shown (" + lang + ")");
        }
        staff.open("/?lang=en");
        assertEquals("", String.join("\n", problems));
    }

    private void assertNoViolations(Browser browser, List<String> paths) {
        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            for (String path : paths) {
                browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                collect(problems, browser, path + " (" + lang + ")");
            }
        }
        browser.open("/?lang=en");
        assertEquals("", String.join("\n", problems));
    }

    /** Adds the axe violations of the browser's page, under the page's name, to the problems found. */
    static void collect(List<String> problems, Browser browser, String page) {
        String violations = browser.violations();
        if (!violations.isEmpty()) {
            problems.add(page + ":\n" + violations);
        }
    }

}
