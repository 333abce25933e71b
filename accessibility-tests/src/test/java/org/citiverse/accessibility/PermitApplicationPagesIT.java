package org.citiverse.accessibility;

import static org.citiverse.accessibility.AccessibilityIT.collect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citiverse.testsupport.PermitFixtures;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Applying for a permit in a real browser, in both languages, under axe at every step: a citizen
 * starts an application from a check that needs a permit (a front fence of 1.5 m on a residential
 * parcel), meets the errors (nothing added, a file that is no document), adds a site plan and a
 * drawing, declares and sends it; staff find it in the queue, ask for information; the citizen
 * answers with another document; staff grant it with a reason, and the citizen reads the decision.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermitApplicationPagesIT {

    private Browser citizen;
    private Browser staff;
    private String address;
    private Path sitePlan;
    private Path drawing;
    private Path notADocument;

    @BeforeAll
    void openBrowsers() throws IOException {
        address = PermitFixtures.residentialAddress(new PortalClient(TestServers.postgres()));
        sitePlan = Files.write(Files.createTempFile("site-plan", ".pdf"), ("%PDF-1.4\n1 0 obj << /Type /Catalog >> "
                + "endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        drawing = PhoneJpeg.write(Files.createTempFile("drawing", ".jpg"));
        notADocument = Files.writeString(Files.createTempFile("plan", ".pdf"),
                "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
        citizen = new Browser().signIn("citizen");
        staff = new Browser().signIn("staff");
    }

    @AfterAll
    void closeBrowsers() {
        citizen.close();
        staff.close();
    }

    // One language per test: each journey is long, and a test has a few minutes at most.
    @ParameterizedTest
    @ValueSource(strings = {"en", "nl"})
    void aCitizenAppliesStaffAskTheCitizenAnswersAndStaffGrant(String lang) {
        List<String> problems = new ArrayList<>();
        citizen.open("/citizen/permit-application.xhtml?addressId=" + address
                + "&activity=fence&location=front&height=0.8&lang=" + lang);
        assertFalse(citizen.driver().findElements(By.id("cannot-apply")).isEmpty(), "a low fence needs no permit");
        assertTrue(citizen.driver().findElements(By.id("startButton")).isEmpty());
        collect(problems, citizen, "check that needs no permit (" + lang + ")");

        citizen.open("/citizen/permit-application.xhtml?addressId=" + address
                + "&activity=fence&location=front&height=1.5&lang=" + lang);
        collect(problems, citizen, "check that needs a permit (" + lang + ")");
        citizen.navigateBy(() -> citizen.driver().findElement(By.id("startButton")).sendKeys(Keys.ENTER));
        String reference = citizen.driver().findElement(By.id("reference")).getText();
        assertTrue(reference.matches("PA-20[0-9]{2}-[0-9]{6,}"), reference);
        assertTrue(citizen.driver().getTitle().contains(reference), citizen.driver().getTitle());
        collect(problems, citizen, "draft (" + lang + ")");

        // Sending it bare: the missing documents are named on the file field.
        citizen.submit(By.id("submitButton"));
        assertFalse(citizen.driver().findElements(By.id("error-summary")).isEmpty(), "documents are missing");
        assertTrue(citizen.driver().findElement(By.id("document-error")).isDisplayed());
        collect(problems, citizen, "draft sent without documents (" + lang + ")");

        // A document needs its kind; a file that only claims to be a PDF is refused, naming the file.
        citizen.driver().findElement(By.id("document")).sendKeys(sitePlan.toString());
        citizen.submit(By.id("addDocument"));
        assertFalse(citizen.driver().findElements(By.id("kind-error")).isEmpty(), "no kind chosen");
        collect(problems, citizen, "a document without its kind (" + lang + ")");
        citizen.driver().findElement(By.cssSelector("input[type=radio][value='drawing']")).sendKeys(Keys.SPACE);
        citizen.driver().findElement(By.id("document")).sendKeys(notADocument.toString());
        citizen.submit(By.id("addDocument"));
        String refusal = citizen.driver().findElement(By.id("document-error")).getText();
        assertTrue(refusal.contains(notADocument.getFileName().toString()), refusal);
        collect(problems, citizen, "a file that is no document (" + lang + ")");

        citizen.driver().findElement(By.cssSelector("input[type=radio][value='site-plan']")).sendKeys(Keys.SPACE);
        citizen.driver().findElement(By.id("document")).sendKeys(sitePlan.toString());
        citizen.submit(By.id("addDocument"));
        citizen.driver().findElement(By.cssSelector("input[type=radio][value='drawing']")).sendKeys(Keys.SPACE);
        citizen.driver().findElement(By.id("document")).sendKeys(drawing.toString());
        citizen.submit(By.id("addDocument"));
        assertEquals(2, citizen.driver().findElements(By.cssSelector("#documents tbody tr")).size());
        assertTrue(citizen.driver().findElements(By.id("missing-documents")).isEmpty(), "nothing missing");
        collect(problems, citizen, "two documents added (" + lang + ")");

        citizen.driver().findElement(By.id("description")).sendKeys("An oak fence of 1.5 m along the street.");
        citizen.driver().findElement(By.id("contactEmail")).sendKeys("not an address");
        citizen.submit(By.id("saveDetails"));
        assertFalse(citizen.driver().findElements(By.id("contactEmail-error")).isEmpty(), "a bad e-mail address");
        collect(problems, citizen, "details with an error (" + lang + ")");
        citizen.driver().findElement(By.id("contactEmail")).clear();
        citizen.submit(By.id("saveDetails"));

        // Declared and sent with the keyboard alone.
        citizen.driver().findElement(By.id("declaration")).sendKeys(Keys.SPACE);
        citizen.navigateBy(() -> citizen.driver().findElement(By.id("submitButton")).sendKeys(Keys.ENTER));
        assertTrue(citizen.driver().getCurrentUrl().contains("/citizen/permit-applications.xhtml"));
        assertTrue(citizen.driver().findElement(By.id("applications")).getText().contains(reference));
        collect(problems, citizen, "my permit applications, sent (" + lang + ")");

        staff.open("/staff/permit-applications.xhtml?status=SUBMITTED&activity=fence&lang=" + lang);
        assertTrue(staff.driver().findElement(By.id("main")).getText().contains(reference));
        collect(problems, staff, "permit queue (" + lang + ")");
        staff.open("/staff/permit-application.xhtml?id=" + reference + "&lang=" + lang);
        assertEquals("F3", staff.driver().findElement(By.id("review-rule")).getText());
        collect(problems, staff, "review (" + lang + ")");
        staff.submit(By.id("decideButton"));
        assertFalse(staff.driver().findElements(By.id("error-summary")).isEmpty(), "a decision needs its choice");
        collect(problems, staff, "review, decided without a choice (" + lang + ")");
        staff.driver().findElement(By.cssSelector("#assignee option[value='" + staffSubject() + "']")).click();
        staff.submit(By.id("assignButton"));
        staff.driver().findElement(By.id("question")).sendKeys("How far from the pavement will it stand? (" + lang + ")");
        staff.submit(By.id("askButton"));
        assertTrue(staff.driver().findElements(By.id("askButton")).isEmpty(), "asked: no second question now");
        collect(problems, staff, "review, information requested (" + lang + ")");

        citizen.open("/citizen/permit-applications.xhtml?lang=" + lang);
        assertTrue(citizen.driver().findElement(By.id("applications")).getText()
                .contains("How far from the pavement will it stand? (" + lang + ")"));
        collect(problems, citizen, "my permit applications, a question (" + lang + ")");
        citizen.open("/citizen/permit-application.xhtml?id=" + reference + "&lang=" + lang);
        collect(problems, citizen, "application with a question (" + lang + ")");
        citizen.submit(By.id("sendAnswer"));
        assertFalse(citizen.driver().findElements(By.id("answer-error")).isEmpty(), "an answer needs words");
        collect(problems, citizen, "answer without words (" + lang + ")");
        citizen.driver().findElement(By.cssSelector("input[type=radio][value='other']")).sendKeys(Keys.SPACE);
        citizen.driver().findElement(By.id("document")).sendKeys(sitePlan.toString());
        citizen.submit(By.id("addDocument"));
        citizen.driver().findElement(By.id("answer")).sendKeys("50 cm; see the added document.");
        citizen.submit(By.id("sendAnswer"));
        assertTrue(citizen.driver().getCurrentUrl().contains("/citizen/permit-applications.xhtml"));

        staff.open("/staff/permit-application.xhtml?id=" + reference + "&lang=" + lang);
        assertEquals(3, staff.driver().findElements(By.cssSelector("#documents tbody tr")).size());
        staff.driver().findElement(By.cssSelector("input[type=radio][value='GRANTED']")).sendKeys(Keys.SPACE);
        staff.submit(By.id("decideButton"));
        assertFalse(staff.driver().findElements(By.id("reason-error")).isEmpty(), "a decision needs its reason");
        collect(problems, staff, "review, decided without a reason (" + lang + ")");
        staff.driver().findElement(By.cssSelector("input[type=radio][value='GRANTED']")).sendKeys(Keys.SPACE);
        staff.driver().findElement(By.id("reason")).sendKeys("Fits the street; keep it 50 cm from the pavement.");
        staff.submit(By.id("decideButton"));
        assertTrue(staff.driver().findElements(By.id("decideButton")).isEmpty(), "decided");
        collect(problems, staff, "review, granted (" + lang + ")");

        citizen.open("/citizen/permit-application.xhtml?id=" + reference + "&lang=" + lang);
        assertTrue(citizen.driver().findElement(By.id("main")).getText()
                .contains("Fits the street; keep it 50 cm from the pavement."));
        collect(problems, citizen, "application granted (" + lang + ")");
        citizen.open("/?lang=en");
        staff.open("/?lang=en");
        assertEquals("", String.join("\n", problems));
    }

    /** The staff member's own entry in the assignee list is "me": its value is their subject. */
    private String staffSubject() {
        return staff.driver().findElements(By.cssSelector("#assignee option")).get(1).getAttribute("value");
    }
}
