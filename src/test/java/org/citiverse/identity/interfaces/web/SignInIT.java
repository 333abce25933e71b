package org.citiverse.identity.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.KeycloakAdmin;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.citiverse.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Signing in and out of the portal through the city's Keycloak (authorization code flow with
 * PKCE, RP-initiated logout) on the production configuration, and through the portal's own form
 * on the development configuration.
 */
class SignInIT {

    private static final String AUTHORIZE = Tokens.keycloak() + "/realms/citiverse/protocol/openid-connect/auth";

    @Test
    void protectedPagesSendTheVisitorToTheCitysIdentityProvider() {
        PortalClient visitor = new PortalClient(TestServers.postgres());
        for (String page : new String[] {"/citizen/", "/citizen/profile.xhtml", "/staff/", "/account/"}) {
            HttpResponse<String> response = visitor.get(page);
            assertEquals(302, response.statusCode(), page);
            String location = PortalClient.location(response);
            assertTrue(location.startsWith(AUTHORIZE + "?"), location);
            assertTrue(location.contains("client_id=citiverse-portal"), location);
            assertTrue(location.contains("code_challenge_method=S256"), "PKCE: " + location);
            assertTrue(decode(location).contains("redirect_uri=" + TestServers.postgres()
                    + "/oidcclient/redirect/citiverse-portal"), location);
        }
    }

    @Test
    void aPersonLandsBackOnThePageTheyAskedFor() {
        PortalClient resident = new PortalClient(TestServers.postgres());
        HttpResponse<String> landed = resident.signInFrom("/citizen/profile.xhtml", "resident");
        assertEquals("/citizen/profile.xhtml", landed.uri().getPath());
        assertTrue(landed.body().contains("Signed in as Ruben Resident"), "the name Keycloak gave: " + landed.body());
    }

    @Test
    void aWrongPasswordIsRefusedAndNobodyIsSignedIn() {
        PortalClient visitor = new PortalClient(TestServers.postgres());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> visitor.signIn("citizen", "wrong"));
        assertTrue(refused.getMessage().contains(Tokens.keycloak()), "stays on the sign-in form: " + refused);
        assertEquals(302, visitor.get("/citizen/").statusCode(), "still not signed in");
    }

    @Test
    void afterSignInOnlyPortalPathsAreFollowed() {
        for (String next : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example",
                "javascript:alert(1)", "/account/?next=//evil.example", "/\tevil.example"}) {
            PortalClient citizen = new PortalClient(TestServers.postgres());
            HttpResponse<String> landed = citizen.signInFrom("/account/?next="
                    + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8), "citizen");
            assertEquals(URI.create(TestServers.postgres()).getAuthority(), landed.uri().getAuthority(), next);
            assertEquals(200, landed.statusCode(), next);
        }
        HttpResponse<String> inside = new PortalClient(TestServers.postgres())
                .signInFrom("/account/?next=%2Fcitizen%2Fprofile.xhtml", "citizen");
        assertEquals("/citizen/profile.xhtml", inside.uri().getPath(), "a portal path is followed");
    }

    @Test
    void signingOutEndsTheSessionAtTheIdentityProviderToo() {
        PortalClient citizen = new PortalClient(TestServers.postgres()).signIn("neighbour");
        HttpResponse<String> page = citizen.get("/citizen/");
        HttpResponse<String> signOut = citizen.postForm("/citizen/index.xhtml", Map.of(
                "sign-out", "sign-out", "sign-out_SUBMIT", "1", "sign-out:button", "Sign out",
                "jakarta.faces.ViewState", PortalClient.viewState(page.body())));
        String location = PortalClient.location(signOut);
        assertTrue(location.startsWith(Tokens.keycloak() + "/realms/citiverse/protocol/openid-connect/logout?"),
                location);
        assertTrue(location.contains("id_token_hint="), "no confirmation page at the provider: " + location);
        HttpResponse<String> home = citizen.follow(signOut);
        assertEquals(TestServers.postgres() + "/", home.uri().toString().replaceFirst("\\?.*", ""));
        assertTrue(home.body().contains("You have signed out."), home.body());

        HttpResponse<String> again = citizen.follow(citizen.get("/citizen/"));
        assertTrue(again.uri().toString().startsWith(Tokens.keycloak()), "asked to sign in again");
        assertTrue(again.body().contains("kc-form-login"), "Keycloak's session ended too");
    }

    @Test
    void aResidentRegistersAtTheIdentityProviderAndArrivesAsACitizen() {
        PortalClient newcomer = new PortalClient(TestServers.postgres());
        HttpResponse<String> login = newcomer.follow(newcomer.get("/account/"));
        Matcher register = Pattern.compile("href=\"([^\"]*login-actions/registration[^\"]*)\"").matcher(login.body());
        assertTrue(register.find(), "Keycloak offers registration: " + login.body());
        HttpResponse<String> form = newcomer.follow(newcomer.get(login.uri().resolve(register.group(1).replace("&amp;", "&"))));
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-register-form\"[^>]*action=\"([^\"]+)\"|"
                + "<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-register-form\"").matcher(form.body());
        assertTrue(action.find(), form.body());
        String username = "newcomer-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> landed = newcomer.follow(newcomer.postForm(
                form.uri().resolve((action.group(1) != null ? action.group(1) : action.group(2)).replace("&amp;", "&")),
                Map.of("username", username, "email", username + "@example.org", "firstName", "Nina",
                        "lastName", "Newcomer", "password", "a-long-passphrase-1", "password-confirm",
                        "a-long-passphrase-1")));
        assertEquals("/citizen/", landed.uri().getPath(), "registered, signed in, in the citizen area");
        assertTrue(landed.body().contains("Signed in as Nina Newcomer"), landed.body());
        assertTrue(newcomer.get("/citizen/profile.xhtml").body().contains("Nina Newcomer"), "profile created");
    }

    @Test
    void someoneRemovedAtTheIdentityProviderLosesTheirPortalSession() {
        KeycloakAdmin keycloak = new KeycloakAdmin();
        keycloak.setBackChannelLogout("citiverse-portal",
                TestServers.postgres() + "/oidcclient/backchannel_logout/citiverse-portal");
        String username = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
        String id = keycloak.createUser(username, "Lee", "Leaver");
        PortalClient leaver = new PortalClient(TestServers.postgres()).signIn(username);
        assertEquals(200, leaver.get("/citizen/").statusCode(), "a self-registered person is a citizen");

        keycloak.signOut(id); // the administrator ends their sessions, then removes them
        keycloak.deleteUser(id);
        HttpResponse<String> after = leaver.get("/citizen/");
        assertEquals(302, after.statusCode(), "the portal session is gone");
        assertTrue(PortalClient.location(after).startsWith(AUTHORIZE), PortalClient.location(after));
        assertThrows(IllegalStateException.class, () -> new PortalClient(TestServers.postgres()).signIn(username),
                "and they cannot sign in again");
    }

    @Test
    void aForgedCallbackSignsNobodyIn() {
        PortalClient attacker = new PortalClient(TestServers.postgres());
        attacker.get("/citizen/");
        for (String query : new String[] {"code=forged&state=forged", "error=access_denied&state=x",
                "code=forged&state=" + "x".repeat(5000)}) {
            HttpResponse<String> callback = attacker.get("/oidcclient/redirect/citiverse-portal?" + query);
            assertTrue(callback.statusCode() >= 400, query + ": " + callback.statusCode());
            assertFalse(callback.body().contains("Exception") || callback.body().contains("at com."),
                    "no internals: " + callback.body());
        }
        // Without a state the server first answers with a page that re-posts the callback; that fails too.
        HttpResponse<String> stateless = attacker.follow(attacker.get("/oidcclient/redirect/citiverse-portal?code=x"));
        assertFalse(stateless.body().contains("Exception"), stateless.body());
        assertEquals(302, attacker.get("/citizen/").statusCode(), "still not signed in");
    }

    @Test
    void theSignInIsAudited() {
        PortalClient staff = new PortalClient(TestServers.postgres()).signIn("staff");
        staff.get("/staff/");
        String me = Json.object(staff.get("/api/audit?action=identity.signed-in&limit=1000").body())
                .getJsonArray("entries").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(e -> e.getString("objectId").equals(e.getString("actor")))
                .map(e -> e.getString("detail", "")).filter(d -> d.contains("roads")).findFirst().orElse(null);
        assertTrue(me != null && me.contains("lighting"), "departments come from Keycloak groups: " + me);
    }

    @Test
    void theDevelopmentConfigurationUsesThePortalsOwnForm() {
        PortalClient visitor = new PortalClient(TestServers.embedded());
        HttpResponse<String> response = visitor.get("/citizen/");
        assertEquals(302, response.statusCode());
        assertTrue(PortalClient.location(response).endsWith("/sign-in.xhtml"));

        HttpResponse<String> wrong = visitor.follow(visitor.postForm("/j_security_check",
                Map.of("j_username", "citizen", "j_password", "wrong")));
        assertTrue(wrong.body().contains("There is a problem"), wrong.body());
        assertTrue(wrong.body().contains("aria-invalid=\"true\""));
        assertTrue(wrong.body().contains("<title>Error: "));

        assertEquals(200, new PortalClient(TestServers.embedded()).signIn("citizen").get("/citizen/").statusCode());
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
