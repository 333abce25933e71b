package org.citiverse.identity.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/** "My details": created on first visit, validated with the accessible error pattern, saved to PostgreSQL. */
class ProfilePageIT {

    @Test
    void invalidInputIsExplainedAndNothingIsSaved() {
        PortalClient neighbour = new PortalClient(TestServers.postgres()).signIn("neighbour");
        String before = neighbour.get("/citizen/profile.xhtml").body();
        HttpResponse<String> response = save(neighbour, before, "", "not-an-address", "en");
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("<title>Error: My details – CitiVerse</title>"), page);
        assertTrue(page.contains("There is a problem"));
        assertTrue(page.contains("href=\"#displayName\">Enter your name</a>"), "summary links to the field");
        assertTrue(page.contains("href=\"#email\">Enter an e-mail address in the right format"));
        assertTrue(page.contains("id=\"displayName-error\""));
        assertTrue(page.matches("(?s).*id=\"displayName\"[^>]*aria-describedby=\"displayName-hint displayName-error\".*")
                || page.matches("(?s).*aria-describedby=\"displayName-hint displayName-error\"[^>]*id=\"displayName\".*"),
                "the error is linked to its field");
        assertFalse(neighbour.get("/citizen/profile.xhtml").body().contains("not-an-address"), "nothing saved");
    }

    @Test
    void overlongNamesAreRefused() {
        PortalClient neighbour = new PortalClient(TestServers.postgres()).signIn("neighbour");
        String page = save(neighbour, neighbour.get("/citizen/profile.xhtml").body(), "x".repeat(81), "", "en").body();
        assertTrue(page.contains("Your name must be 80 characters or fewer"), page);
    }

    @Test
    void aValidChangeIsSavedAndShownBack() {
        PortalClient citizen = new PortalClient(TestServers.postgres()).signIn("citizen");
        String name = "Ana " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> saved = save(citizen, citizen.get("/citizen/profile.xhtml").body(), name,
                "ana@example.org", "nl");
        assertEquals(302, saved.statusCode(), "post-redirect-get");
        String shown = citizen.follow(saved).body();
        assertTrue(shown.contains("Uw gegevens zijn opgeslagen."), "saved, and now in Dutch: " + shown);
        assertFalse(citizen.get("/citizen/profile.xhtml").body().contains("Uw gegevens zijn opgeslagen."),
                "the notice is shown once, on the page the save led to");
        assertTrue(shown.contains("<title>Mijn gegevens – CitiVerse</title>"), "the whole page is Dutch");

        String reloaded = new PortalClient(TestServers.postgres()).signIn("citizen").get("/citizen/profile.xhtml").body();
        assertTrue(reloaded.contains(name), "kept in the database");
        assertTrue(reloaded.contains("ana@example.org"));
        // Put the citizen back to English for the other suites.
        save(citizen, citizen.get("/citizen/profile.xhtml").body(), "Ana Citizen", "", "en");
    }

    @Test
    void lettersBeyondAsciiSurviveTheRoundTrip() {
        PortalClient neighbour = new PortalClient(TestServers.postgres()).signIn("neighbour");
        String name = "Zoë Ærø Łukasz 渡辺";
        assertEquals(302, save(neighbour, neighbour.get("/citizen/profile.xhtml").body(), name, "", "en").statusCode());
        assertTrue(neighbour.get("/citizen/profile.xhtml").body().contains("<dd>" + name + "</dd>"));
    }

    @Test
    void aChangeMadeElsewhereIsNotSilentlyOverwritten() {
        PortalClient tab1 = new PortalClient(TestServers.postgres()).signIn("neighbour");
        PortalClient tab2 = new PortalClient(TestServers.postgres()).signIn("neighbour");
        String page1 = tab1.get("/citizen/profile.xhtml").body();
        String page2 = tab2.get("/citizen/profile.xhtml").body();
        assertEquals(302, save(tab1, page1, "Saved first", "", "en").statusCode());

        HttpResponse<String> conflict = save(tab2, page2, "Saved second", "", "en");
        assertEquals(200, conflict.statusCode());
        assertTrue(conflict.body().contains("Your details were changed elsewhere"), conflict.body());
        assertTrue(conflict.body().contains("<dd>Saved first</dd>"), "shows what is saved now");
        assertTrue(conflict.body().contains("value=\"Saved second\""), "keeps what was typed");

        assertEquals(302, save(tab2, conflict.body(), "Saved second", "", "en").statusCode(), "a second save wins");
        assertTrue(tab1.get("/citizen/profile.xhtml").body().contains("<dd>Saved second</dd>"));
    }

    @Test
    void anUnknownLanguageIsRefused() {
        PortalClient neighbour = new PortalClient(TestServers.postgres()).signIn("neighbour");
        String page = save(neighbour, neighbour.get("/citizen/profile.xhtml").body(), "Bo", "", "xx").body();
        assertTrue(page.contains("There is a problem"), page);
    }

    private static HttpResponse<String> save(PortalClient client, String page, String name, String email,
                                             String language) {
        Map<String, String> form = new HashMap<>();
        form.put("profile_SUBMIT", "1"); // MyFaces marks which form was submitted
        form.put("displayName", name);
        form.put("email", email);
        form.put("language", language);
        form.put("save", "Save my details");
        form.put("jakarta.faces.ViewState", PortalClient.viewState(page));
        return client.postForm("/citizen/profile.xhtml", form);
    }
}
