package org.citiverse.shared.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/** The portal shell over HTTP: languages, protected areas, error pages, security headers. */
class PortalIT {

    private final PortalClient anonymous = new PortalClient(TestServers.postgres());

    @Test
    void theHomePageIsPublicAndInTheBrowsersLanguage() {
        HttpResponse<String> english = anonymous.get("/");
        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("<html lang=\"en\" dir=\"ltr\">"), english.body());
        assertTrue(english.body().contains("<title>City services online – CitiVerse</title>"));

        HttpResponse<String> dutch = new PortalClient(TestServers.postgres())
                .get("/", Map.of("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5"));
        assertTrue(dutch.body().contains("<html lang=\"nl\" dir=\"ltr\">"));
        assertTrue(dutch.body().contains("Gemeentelijke diensten online"));
    }

    @Test
    void theLanguageLinkSwitchesForTheRestOfTheVisit() {
        PortalClient visitor = new PortalClient(TestServers.postgres());
        assertTrue(visitor.get("/?lang=nl").body().contains("lang=\"nl\""));
        assertTrue(visitor.get("/").body().contains("Direct naar de inhoud"), "the choice sticks");
        assertTrue(visitor.get("/?lang=xx").body().contains("lang=\"nl\""), "unsupported tags are ignored");
    }

    @Test
    void eachRoleSeesItsOwnArea() {
        PortalClient citizen = new PortalClient(TestServers.postgres()).signIn("citizen");
        assertEquals(200, citizen.get("/citizen/").statusCode());
        HttpResponse<String> forbidden = citizen.get("/staff/");
        assertEquals(403, forbidden.statusCode());
        assertTrue(forbidden.body().contains("You cannot see this page"), forbidden.body());

        PortalClient staff = new PortalClient(TestServers.postgres()).signIn("staff");
        HttpResponse<String> staffArea = staff.get("/staff/");
        assertEquals(200, staffArea.statusCode());
        assertTrue(staffArea.body().contains("Welcome, Sam Staff."));
        assertEquals(403, staff.get("/citizen/").statusCode(), "staff accounts are not citizen accounts");
    }

    @Test
    void unknownPagesGetTheNotFoundPage() {
        for (String path : new String[] {"/no-such-page.xhtml", "/no/such/thing"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("Page not found"), path);
        }
    }

    @Test
    void pagesCarrySecurityHeaders() {
        HttpResponse<String> response = anonymous.get("/");
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null));
        assertTrue(response.headers().firstValue("X-Powered-By").isEmpty());

        // Scripts and styles from the portal only, no framing, forms only to the portal and the city's sign-in.
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("style-src 'self';"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(policy.contains("form-action 'self' " + org.citiverse.testsupport.Tokens.keycloak()), policy);
    }
}
