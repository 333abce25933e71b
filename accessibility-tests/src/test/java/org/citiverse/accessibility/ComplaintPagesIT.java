package org.citiverse.accessibility;

import static org.citiverse.accessibility.AccessibilityIT.collect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Reporting a problem in a real browser, in both languages: every step of the journey with its
 * errors under axe, done with the keyboard alone; the confirmation, "My reports" and the public
 * page; the staff queue and a request answered from its page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintPagesIT {

    private static final List<String> LANGUAGES = List.of("en", "nl");
    private Browser citizen;
    private Browser staff;

    private static java.nio.file.Path PHONE_PHOTO;
    private static java.nio.file.Path NOT_A_PHOTO;

    @BeforeAll
    void openBrowsers() throws java.io.IOException {
        PHONE_PHOTO = PhoneJpeg.write(java.nio.file.Files.createTempFile("pothole", ".jpg"));
        NOT_A_PHOTO = java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("notes", ".jpg"),
                "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
        citizen = new Browser().signIn("citizen");
        staff = new Browser().signIn("staff");
    }

    @AfterAll
    void closeBrowsers() {
        citizen.close();
        staff.close();
    }

    @Test
    void everyStepOfAReportIsAccessibleWithItsErrorsAndTheReportIsSent() {
        List<String> problems = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (String lang : LANGUAGES) {
            citizen.open("/citizen/report.xhtml?lang=" + lang);
            assertTrue(citizen.driver().getTitle().contains("1"), citizen.driver().getTitle());
            collect(problems, citizen, "category (" + lang + ")");
            citizen.submit(By.id("next"));
            assertFalse(citizen.driver().findElements(By.id("error-summary")).isEmpty(), "no category chosen");
            collect(problems, citizen, "category with error (" + lang + ")");

            // With the keyboard: the radio by Space, the button by Enter.
            WebElement pothole = citizen.driver().findElement(By.cssSelector("input[type=radio][value='pothole']"));
            pothole.sendKeys(Keys.SPACE);
            citizen.navigateBy(() -> citizen.driver().findElement(By.id("next")).sendKeys(Keys.ENTER));
            collect(problems, citizen, "question (" + lang + ")");
            citizen.submit(By.id("next"));
            assertFalse(citizen.driver().findElements(By.id("error-summary")).isEmpty(), "a required question");
            collect(problems, citizen, "question with error (" + lang + ")");
            citizen.driver().findElement(By.cssSelector("input[type=radio][value='large']")).sendKeys(Keys.SPACE);
            citizen.submit(By.id("next"));

            // Its own words each run: the same report again within minutes would be the earlier one.
            citizen.driver().findElement(By.id("description")).sendKeys("Deep hole by the bus stop (" + lang + ") "
                    + java.util.UUID.randomUUID());
            collect(problems, citizen, "description (" + lang + ")");
            citizen.submit(By.id("next"));

            // Photos: a file that is no picture is refused on its field; a phone photo with its GPS is added.
            citizen.driver().findElement(By.id("photo")).sendKeys(NOT_A_PHOTO.toString());
            citizen.submit(By.id("addPhoto"));
            assertFalse(citizen.driver().findElements(By.id("error-summary")).isEmpty(), "not a photo");
            collect(problems, citizen, "photo with error (" + lang + ")");
            citizen.driver().findElement(By.id("photo")).sendKeys(PHONE_PHOTO.toString());
            citizen.submit(By.id("addPhoto"));
            assertTrue(citizen.driver().findElements(By.id("error-summary")).isEmpty(), "a photo is added");
            collect(problems, citizen, "photo added (" + lang + ")");
            citizen.submit(By.id("next"));

            collect(problems, citizen, "place (" + lang + ")");
            // The map places a pin by mouse and keyboard; the position fields follow it.
            WebElement map = citizen.driver().findElement(By.cssSelector("svg[data-pick]"));
            new org.openqa.selenium.interactions.Actions(citizen.driver()).moveToElement(map).click()
                    .sendKeys(Keys.ARROW_RIGHT).perform();
            assertTrue(citizen.driver().findElement(By.id("latitude")).getAttribute("value").startsWith("52."),
                    "the pin fills the position");
            assertFalse(citizen.driver().findElement(By.id("map-status")).getText().isBlank(), "and says so");
            // An address is found in the register; of several matches the person picks one.
            citizen.driver().findElement(By.id("address")).sendKeys("Oudegracht 12");
            citizen.submit(By.id("findAddress"));
            citizen.submit(By.xpath("//input[@type='submit' and @value='Oudegracht 12a, 3511 AB Utrecht']"));
            assertEquals("Oudegracht 12a, 3511 AB Utrecht", citizen.driver().findElement(By.id("address"))
                    .getAttribute("value"));
            assertTrue(citizen.driver().findElement(By.id("latitude")).getAttribute("value").startsWith("52.09"));
            collect(problems, citizen, "place found (" + lang + ")");
            for (String field : List.of("address", "latitude", "longitude")) {
                citizen.driver().findElement(By.id(field)).clear();
            }
            citizen.driver().findElement(By.id("latitude")).sendKeys("48.85");
            citizen.driver().findElement(By.id("longitude")).sendKeys("2.35");
            citizen.submit(By.id("next"));
            assertFalse(citizen.driver().findElements(By.id("error-summary")).isEmpty(), "outside the city");
            collect(problems, citizen, "place with error (" + lang + ")");
            citizen.driver().findElement(By.id("latitude")).clear();
            citizen.driver().findElement(By.id("latitude")).sendKeys("52.0907");
            citizen.driver().findElement(By.id("longitude")).clear();
            citizen.driver().findElement(By.id("longitude")).sendKeys("5.1214");
            citizen.driver().findElement(By.id("address")).sendKeys("Domplein " + lang);
            citizen.submit(By.id("next"));

            assertTrue(citizen.driver().findElement(By.id("main")).getText().contains("Domplein " + lang));
            collect(problems, citizen, "review (" + lang + ")");
            citizen.submit(By.id("send"));
            String number = citizen.driver().findElement(By.id("tracking-number")).getText();
            assertTrue(number.matches("[0-9]+"), number);
            numbers.add(number);
            collect(problems, citizen, "sent (" + lang + ")");

            citizen.open("/citizen/reports.xhtml?lang=" + lang);
            assertTrue(citizen.driver().findElement(By.id("main")).getText().contains(number));
            collect(problems, citizen, "my reports (" + lang + ")");
            citizen.open("/request.xhtml?id=" + number + "&lang=" + lang);
            collect(problems, citizen, "public page (" + lang + ")");
            assertFalse(citizen.driver().findElements(By.cssSelector(".photos img")).isEmpty(), "the photo is shown");
            byte[] kept = new org.citiverse.testsupport.PortalClient(org.citiverse.testsupport.TestServers.postgres())
                    .getBytes("/api/v1/service-requests/" + number + "/photos/1").body();
            assertTrue((kept[0] & 0xff) == 0xff && (kept[1] & 0xff) == 0xd8, "a JPEG");
            String text = new String(kept, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("Exif") || text.contains("GPSLatitude"), "where it was taken is gone");
            citizen.submit(By.id("followButton"));
            assertFalse(citizen.driver().findElements(By.id("unfollowButton")).isEmpty(), "followed");
            collect(problems, citizen, "public page followed (" + lang + ")");
        }
        citizen.open("/?lang=en");
        assertEquals("", String.join("\n", problems));

        // The second report, in Dutch, saw the first one nearby before it was sent.
        citizen.open("/citizen/reports.xhtml?lang=en");
        assertTrue(citizen.driver().findElement(By.id("main")).getText().contains(numbers.get(1)));
    }

    @Test
    void staffFindAReportInTheQueueAndAnswerIt() {
        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            staff.open("/staff/requests.xhtml?status=open&lang=" + lang);
            collect(problems, staff, "queue (" + lang + ")");
            staff.open("/staff/requests.xhtml?overdue=true&category=waste&lang=" + lang);
            collect(problems, staff, "filtered queue (" + lang + ")");
            staff.open("/staff/dashboard.xhtml?lang=" + lang);
            collect(problems, staff, "dashboard (" + lang + ")");
        }
        // Several at once, with the keyboard: nothing ticked is an error; two ticked get the same answer.
        staff.open("/staff/requests.xhtml?status=OPEN&order=OLDEST&lang=en");
        staff.submit(By.id("applyBulk"));
        assertFalse(staff.driver().findElements(By.id("error-summary")).isEmpty(), "nothing ticked");
        collect(problems, staff, "bulk with error (en)");
        List<WebElement> boxes = staff.driver().findElements(By.name("selected"));
        assertTrue(boxes.size() >= 2, "open reports to tick");
        boxes.get(0).sendKeys(Keys.SPACE);
        boxes.get(1).sendKeys(Keys.SPACE);
        new org.openqa.selenium.support.ui.Select(staff.driver().findElement(By.id("bulkStatus")))
                .selectByValue("ACKNOWLEDGED");
        staff.submit(By.id("applyBulk"));
        assertTrue(staff.driver().findElement(By.id("main")).getText().contains("2 reports have been updated"),
                staff.driver().findElement(By.id("main")).getText());
        collect(problems, staff, "bulk applied (en)");

        staff.open("/staff/requests.xhtml?status=open&lang=en");
        List<WebElement> links = staff.driver().findElements(By.cssSelector("tbody th a"));
        assertFalse(links.isEmpty(), "open reports in the queue");
        String number = links.get(0).getText();
        staff.navigateBy(() -> links.get(0).sendKeys(Keys.ENTER));
        for (String lang : LANGUAGES) {
            staff.open("/staff/request.xhtml?id=" + number + "&lang=" + lang);
            collect(problems, staff, "request (" + lang + ")");
            staff.submit(By.id("save")); // neither a new status nor a note
            assertFalse(staff.driver().findElements(By.id("error-summary")).isEmpty(), "nothing to save");
            collect(problems, staff, "request with error (" + lang + ")");
            staff.submit(By.id("reroute")); // nothing chosen
            assertFalse(staff.driver().findElements(By.id("error-summary")).isEmpty(), "nothing to route");
            collect(problems, staff, "routing with error (" + lang + ")");
            staff.driver().findElement(By.id("original")).sendKeys("the first one");
            staff.submit(By.id("markDuplicate"));
            assertFalse(staff.driver().findElements(By.id("error-summary")).isEmpty(), "no number");
            collect(problems, staff, "duplicate with error (" + lang + ")");
        }
        staff.open("/staff/request.xhtml?id=" + number + "&lang=en");
        staff.submit(By.id("useTemplate"));
        assertFalse(staff.driver().findElements(By.id("error-summary")).isEmpty(), "no prepared answer chosen");
        collect(problems, staff, "prepared answer with error (en)");
        new org.openqa.selenium.support.ui.Select(staff.driver().findElement(By.id("template")))
                .selectByVisibleText("We are looking into it");
        staff.submit(By.id("useTemplate"));
        assertEquals("Thank you for your report. We are looking into it.",
                staff.driver().findElement(By.id("note")).getAttribute("value"), "the answer's text in the form");
        assertEquals("ACKNOWLEDGED", new org.openqa.selenium.support.ui.Select(staff.driver()
                .findElement(By.id("status"))).getFirstSelectedOption().getAttribute("value"));
        staff.driver().findElement(By.id("note")).clear();
        new org.openqa.selenium.support.ui.Select(staff.driver().findElement(By.id("status")))
                .selectByValue("ACKNOWLEDGED");
        staff.driver().findElement(By.id("note")).sendKeys("We are on our way.");
        staff.submit(By.id("save"));
        assertEquals("Being looked at", staff.driver().findElement(By.id("casework-status")).getText());
        collect(problems, staff, "request saved (en)");
        staff.open("/?lang=en");
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void aVisitorReportsWithoutSigningInAndGivesAnAddressWhereTheKindNeedsOne() {
        List<String> problems = new ArrayList<>();
        String address = "neighbour-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (Browser visitor = new Browser()) {
            visitor.open("/report.xhtml?lang=en");
            visitor.driver().findElement(By.cssSelector("input[type=radio][value='noise']")).sendKeys(Keys.SPACE);
            visitor.submit(By.id("next"));
            visitor.submit(By.id("next")); // the noise question may be left open
            visitor.driver().findElement(By.id("description")).sendKeys("Loud music every night " + java.util.UUID.randomUUID());
            visitor.submit(By.id("next"));
            visitor.submit(By.id("next")); // no photo
            visitor.driver().findElement(By.id("address")).sendKeys("Oudegracht 100");
            visitor.submit(By.id("next"));
            collect(problems, visitor, "visitor contact (en)");
            visitor.submit(By.id("next"));
            assertFalse(visitor.driver().findElements(By.id("error-summary")).isEmpty(), "noise needs an address");
            collect(problems, visitor, "visitor contact with error (en)");
            visitor.driver().findElement(By.id("email")).sendKeys("not an address");
            visitor.submit(By.id("next"));
            assertFalse(visitor.driver().findElements(By.id("error-summary")).isEmpty(), "a broken address");
            visitor.driver().findElement(By.id("email")).clear();
            visitor.driver().findElement(By.id("email")).sendKeys(address);
            visitor.submit(By.id("next"));
            collect(problems, visitor, "visitor review (en)");
            visitor.submit(By.id("send"));
            String page = visitor.driver().findElement(By.id("main")).getText();
            assertTrue(page.contains("Your report has been sent"), page);
            assertFalse(page.contains(address), "the address is never published");
            collect(problems, visitor, "visitor's report page (en)");
            String number = visitor.driver().getCurrentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1");
            jakarta.json.JsonObject mail = org.citiverse.testsupport.Eventually.await(java.time.Duration.ofSeconds(20),
                    "the visitor's e-mail with the number", () -> {
                        var inbox = new org.citiverse.testsupport.PortalClient(
                                org.citiverse.testsupport.TestServers.mailApi()).get("/api/user/" + address + "/messages/");
                        return inbox.statusCode() != 200 || org.citiverse.testsupport.Json.array(inbox.body()).isEmpty()
                                ? null : org.citiverse.testsupport.Json.array(inbox.body()).getJsonObject(0);
                    });
            assertEquals("Your report " + number + " has been received", mail.getString("subject"));
            new org.citiverse.testsupport.PortalClient(org.citiverse.testsupport.TestServers.postgres()).signIn("staff")
                    .postJson("/api/v1/service-requests/" + number + "/changes",
                            "{\"status\":\"IN_PROGRESS\",\"note\":\"Enforcement will visit tonight.\"}", java.util.Map.of());
            jakarta.json.JsonObject answer = org.citiverse.testsupport.Eventually.await(java.time.Duration.ofSeconds(20),
                    "the visitor's e-mail with the answer", () -> {
                        var inbox = org.citiverse.testsupport.Json.array(new org.citiverse.testsupport.PortalClient(
                                org.citiverse.testsupport.TestServers.mailApi()).get("/api/user/" + address + "/messages/")
                                .body());
                        return inbox.size() < 2 ? null : inbox.getJsonObject(1);
                    });
            assertTrue(answer.getString("mimeMessage").contains("Enforcement will visit tonight."), answer.toString());
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void adminsSetAKindsServiceLevelAndNewReportsAreDueByIt() {
        List<String> problems = new ArrayList<>();
        try (Browser admin = new Browser().signIn("admin")) {
            admin.open("/admin/categories.xhtml?lang=en");
            collect(problems, admin, "kinds of problem (en)");
            admin.open("/admin/category.xhtml?code=graffiti&lang=nl");
            collect(problems, admin, "kind of problem (nl)");
            admin.open("/admin/category.xhtml?code=graffiti&lang=en");
            admin.driver().findElement(By.id("dueDays")).clear();
            admin.driver().findElement(By.id("dueDays")).sendKeys("a fortnight");
            admin.submit(By.id("save"));
            assertFalse(admin.driver().findElements(By.id("error-summary")).isEmpty(), "not a number");
            collect(problems, admin, "kind of problem with error (en)");
            admin.driver().findElement(By.id("dueDays")).clear();
            admin.driver().findElement(By.id("dueDays")).sendKeys("7");
            admin.submit(By.id("save"));
            String saved = admin.driver().findElement(By.id("main")).getText();
            assertTrue(saved.contains("has been saved"), admin.driver().getCurrentUrl() + "\n" + saved);

            org.citiverse.testsupport.PortalClient resident = new org.citiverse.testsupport.PortalClient(
                    org.citiverse.testsupport.TestServers.postgres()).signIn("resident");
            var filed = org.citiverse.testsupport.Json.object(resident.postJson("/api/v1/service-requests",
                    "{\"category\":\"graffiti\",\"description\":\"Tag " + java.util.UUID.randomUUID()
                            + "\",\"latitude\":52.09,\"longitude\":5.12,\"attributes\":{\"offensive\":\"no\"}}",
                    java.util.Map.of()).body());
            assertEquals(java.time.Duration.ofDays(7), java.time.Duration.between(
                    java.time.Instant.parse(filed.getString("requestedAt")), java.time.Instant.parse(filed.getString("dueAt"))),
                    "due by the new service level");

            admin.open("/admin/category.xhtml?code=graffiti&lang=en");
            admin.driver().findElement(By.id("dueDays")).clear();
            admin.driver().findElement(By.id("dueDays")).sendKeys("14");
            admin.submit(By.id("save"));

            admin.open("/admin/templates.xhtml?lang=en");
            collect(problems, admin, "prepared answers (en)");
            admin.submit(By.id("addTemplate"));
            assertFalse(admin.driver().findElements(By.id("error-summary")).isEmpty(), "an empty answer");
            collect(problems, admin, "prepared answers with error (en)");
            String title = "Axe answer " + java.util.UUID.randomUUID().toString().substring(0, 6);
            admin.driver().findElement(By.id("title")).sendKeys(title);
            admin.driver().findElement(By.id("textEn")).sendKeys("We have sent a sweeper.");
            admin.driver().findElement(By.id("textNl")).sendKeys("We hebben een veegwagen gestuurd.");
            admin.submit(By.id("addTemplate"));
            assertTrue(admin.driver().findElement(By.id("main")).getText().contains(title));
            admin.navigateBy(() -> admin.driver().findElement(By.cssSelector("input[aria-label='Remove " + title + "']"))
                    .click());
            assertFalse(admin.driver().findElement(By.id("main")).getText().contains(title), "removed");
            admin.open("/admin/templates.xhtml?lang=nl");
            collect(problems, admin, "prepared answers (nl)");
            admin.open("/?lang=en");
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void adminsAddAKindOfProblemAndManageItsQuestionsWithTheKeyboard() {
        List<String> problems = new ArrayList<>();
        String code = "axe-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        try (Browser admin = new Browser().signIn("admin")) {
            admin.open("/admin/categories.xhtml?lang=en");
            admin.navigateBy(() -> admin.driver().findElement(By.id("newCategory")).sendKeys(Keys.ENTER));
            collect(problems, admin, "new kind of problem (en)");
            admin.submit(By.id("addCategory"));
            assertFalse(admin.driver().findElements(By.id("error-summary")).isEmpty(), "nothing filled in");
            collect(problems, admin, "new kind of problem with errors (en)");
            type(admin, "code", code);
            type(admin, "nameEn", "Broken bench");
            type(admin, "nameNl", "Kapot bankje");
            type(admin, "descriptionEn", "A bench that is broken or loose.");
            type(admin, "descriptionNl", "Een bankje dat kapot is of loszit.");
            type(admin, "groupEn", "Streets");
            type(admin, "groupNl", "Straten");
            type(admin, "keywords", "bench, seat");
            type(admin, "dueDays", "10");
            admin.navigateBy(() -> admin.driver().findElement(By.id("addCategory")).sendKeys(Keys.ENTER));
            assertTrue(admin.driver().getCurrentUrl().contains("code=" + code), admin.driver().getCurrentUrl());
            assertTrue(admin.driver().findElement(By.id("notice")).getText().contains("Broken bench"));
            assertFalse(admin.driver().findElements(By.id("no-questions")).isEmpty(), "no questions yet");
            collect(problems, admin, "kind of problem without questions (en)");

            // A list question: nothing filled in, then a key used twice, then right.
            admin.submit(By.id("saveQuestion"));
            assertFalse(admin.driver().findElements(By.id("error-summary")).isEmpty(), "an empty question");
            collect(problems, admin, "question with errors (en)");
            type(admin, "questionCode", "damage");
            type(admin, "questionDescriptionEn", "What is broken?");
            type(admin, "questionDescriptionNl", "Wat is er kapot?");
            admin.driver().findElement(By.cssSelector("input[type=radio][value='singlevaluelist']")).sendKeys(Keys.SPACE);
            admin.driver().findElement(By.id("questionRequired")).sendKeys(Keys.SPACE);
            admin.navigateBy(() -> admin.driver().findElement(By.id("addValueRow")).sendKeys(Keys.ENTER));
            assertEquals("What is broken?", admin.driver().findElement(By.id("questionDescriptionEn"))
                    .getAttribute("value"), "another row keeps what was typed");
            assertFalse(admin.driver().findElements(By.id("valueKey-3")).isEmpty(), "room for a third answer");
            value(admin, 1, "seat", "The seat", "De zitting");
            value(admin, 2, "seat", "A leg", "Een poot");
            admin.submit(By.id("saveQuestion"));
            assertTrue(admin.driver().findElement(By.id("valueKey-2")).getAttribute("aria-invalid").equals("true"),
                    "the key used twice is marked");
            assertEquals("Een poot", admin.driver().findElement(By.id("valueNameNl-2")).getAttribute("value"));
            collect(problems, admin, "question with a key used twice (en)");
            admin.driver().findElement(By.id("valueKey-2")).clear();
            admin.driver().findElement(By.id("valueKey-2")).sendKeys("legs");
            admin.submit(By.id("saveQuestion"));
            assertTrue(admin.driver().findElement(By.id("notice")).getText().contains("What is broken?"));

            type(admin, "questionCode", "bench_number");
            type(admin, "questionDescriptionEn", "Number on the bench");
            type(admin, "questionDescriptionNl", "Nummer op het bankje");
            admin.driver().findElement(By.cssSelector("input[type=radio][value='string']")).sendKeys(Keys.SPACE);
            admin.submit(By.id("saveQuestion"));
            collect(problems, admin, "kind of problem with questions (en)");

            admin.navigateBy(() -> admin.driver().findElement(By.cssSelector(
                    "input[aria-label='Move up: Number on the bench']")).sendKeys(Keys.ENTER));
            List<WebElement> rows = admin.driver().findElements(By.cssSelector("#questions-table tbody th"));
            assertEquals(List.of("Number on the bench", "What is broken?"), rows.stream().map(WebElement::getText).toList());

            admin.open("/admin/category.xhtml?code=" + code + "&question=damage&lang=nl");
            assertEquals("damage", admin.driver().findElement(By.id("changing-code")).getText());
            collect(problems, admin, "changing a question (nl)");
            admin.driver().findElement(By.id("questionDescriptionNl")).clear();
            admin.driver().findElement(By.id("questionDescriptionNl")).sendKeys("Wat is stuk?");
            admin.submit(By.id("saveQuestion"));
            assertTrue(admin.driver().findElement(By.id("main")).getText().contains("Wat is stuk?"));
            collect(problems, admin, "question changed (nl)");

            admin.open("/admin/category.xhtml?code=" + code + "&lang=en");
            admin.navigateBy(() -> admin.driver().findElement(By.cssSelector(
                    "input[aria-label='Remove: Number on the bench']")).sendKeys(Keys.ENTER));
            assertEquals(List.of("What is broken?"), admin.driver().findElements(By.cssSelector(
                    "#questions-table tbody th")).stream().map(WebElement::getText).toList());
            admin.open("/admin/category-new.xhtml?lang=nl");
            collect(problems, admin, "new kind of problem (nl)");
            admin.open("/?lang=en");
        }
        assertEquals("", String.join("\n", problems));
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void value(Browser browser, int row, String key, String nameEn, String nameNl) {
        type(browser, "valueKey-" + row, key);
        type(browser, "valueNameEn-" + row, nameEn);
        type(browser, "valueNameNl-" + row, nameNl);
    }

    @Test
    void adminsMakeAndRevokeAnOpen311Key() {
        List<String> problems = new ArrayList<>();
        try (Browser admin = new Browser().signIn("admin")) {
            for (String lang : LANGUAGES) {
                admin.open("/admin/open311-keys.xhtml?lang=" + lang);
                collect(problems, admin, "keys (" + lang + ")");
                admin.submit(By.id("makeKey"));
                assertFalse(admin.driver().findElements(By.id("error-summary")).isEmpty(), "no name");
                collect(problems, admin, "keys with error (" + lang + ")");
                admin.driver().findElement(By.id("appName")).sendKeys("Axe app " + lang);
                admin.submit(By.id("makeKey"));
                assertFalse(admin.driver().findElement(By.id("new-key")).getText().isBlank(), "the key, once");
                collect(problems, admin, "key made (" + lang + ")");
                admin.navigateBy(() -> admin.driver().findElement(
                        By.cssSelector("input[aria-label$='Axe app " + lang + "']")).click());
                collect(problems, admin, "key revoked (" + lang + ")");
            }
            admin.open("/?lang=en");
        }
        assertEquals("", String.join("\n", problems));
    }
}
