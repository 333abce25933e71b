package org.citiverse.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real HTTP client with its own cookie jar: one per signed-in person. Redirects are not
 * followed, so tests see exactly what the server answered.
 */
public final class PortalClient {

    private final String base;
    private final HttpClient http;

    public PortalClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                // HTTP/1.1: the h2c upgrade of a plain-HTTP request stalls on some chunked pages.
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Signs in through the portal's form login, as a browser would. */
    public PortalClient signIn(String user) {
        get("/citizen/"); // a protected page first, as the server expects
        HttpResponse<String> response = postForm("/j_security_check",
                Map.of("j_username", user, "j_password", TestServers.DEMO_PASSWORD));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("sign-in-failed")) {
            throw new IllegalStateException("sign-in of " + user + " failed: " + response.statusCode() + " " + location);
        }
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).GET();
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /** The Faces view state of the last page, needed to post one of its forms. */
    public static String viewState(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no Faces view state in the page");
        }
        return m.group(1);
    }

    public HttpResponse<String> postJson(String path, String json, Map<String, String> headers) {
        return post(path, "application/json", json, headers);
    }

    public HttpResponse<String> post(String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
