package org.citiverse.testsupport;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What a city's Keycloak administrator does, through Keycloak's admin REST API, with the admin
 * account src/test/it/environment.sh created (its password is in the test environment's folder).
 */
public final class KeycloakAdmin {

    private static final String REALM = Tokens.keycloak() + "/admin/realms/citiverse";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String token;

    public KeycloakAdmin() {
        String password;
        try {
            password = Files.readString(Path.of(System.getProperty("citiverse.keycloak.admin.password.file",
                    "target/it-environment/keycloak-admin-password"))).strip();
        } catch (IOException e) {
            throw new IllegalStateException("no Keycloak admin password from the test environment", e);
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(Tokens.keycloak()
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin"
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))), 200);
        token = Json.object(response.body()).getString("access_token");
    }

    /** A new person in the citiverse realm (default roles: citizen); returns their id. */
    public String createUser(String username, String firstName, String lastName) {
        String user = jakarta.json.Json.createObjectBuilder().add("username", username).add("enabled", true)
                .add("firstName", firstName).add("lastName", lastName).add("email", username + "@example.org")
                .add("emailVerified", true)
                .add("credentials", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                        .add("type", "password").add("value", TestServers.DEMO_PASSWORD).add("temporary", false)))
                .build().toString();
        HttpResponse<String> created = send(admin("/users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user)), 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Where Keycloak tells the portal that someone's session ended (OpenID Connect back-channel logout). */
    public void setBackChannelLogout(String clientId, String url) {
        JsonObject client = Json.array(send(admin("/clients?clientId=" + clientId).GET(), 200).body())
                .getJsonObject(0);
        JsonObject attributes = jakarta.json.Json.createObjectBuilder(client.getJsonObject("attributes"))
                .add("backchannel.logout.url", url).add("backchannel.logout.session.required", "true").build();
        String updated = jakarta.json.Json.createObjectBuilder(client).add("attributes", attributes).build().toString();
        send(admin("/clients/" + client.getString("id")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(updated)), 204);
    }

    /** Ends every session of the person, as an administrator removing someone does first. */
    public void signOut(String userId) {
        send(admin("/users/" + userId + "/logout").POST(HttpRequest.BodyPublishers.noBody()), 204);
    }

    public void deleteUser(String userId) {
        send(admin("/users/" + userId).DELETE(), 204);
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(REALM + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException("Keycloak admin: " + response.statusCode() + " " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
