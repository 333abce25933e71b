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

        // Two policies, both enforced: scripts only from the portal or with this page's nonce...
        java.util.List<String> policies = response.headers().allValues("Content-Security-Policy");
        String scripts = policies.stream().filter(p -> p.contains("script-src")).findFirst().orElseThrow();
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(scripts);
        assertTrue(nonce.find(), scripts);
        assertTrue(response.body().contains("nonce=\"" + nonce.group(1) + "\""), "inline scripts carry it");
        assertFalse(String.join(";", policies).contains("unsafe-inline"));
        assertFalse(anonymous.get("/").headers().allValues("Content-Security-Policy").toString()
                .contains(nonce.group(1)), "a fresh nonce per page");
        // ...and for the rest: no framing, forms only to the portal and the city's sign-in.
        String rest = policies.stream().filter(p -> p.contains("frame-ancestors")).findFirst().orElseThrow();
        assertTrue(rest.contains("frame-ancestors 'none'"), rest);
        assertTrue(rest.contains("form-action 'self' " + org.citiverse.testsupport.Tokens.keycloak()), rest);
        assertTrue(rest.contains("object-src 'none'"), rest);
    }
}
