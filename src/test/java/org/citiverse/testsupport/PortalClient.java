package org.citiverse.testsupport;

import java.io.IOException;
import java.net.CookieHandler;
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
    private String bearerToken;

    public PortalClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                // HTTP/1.1: the h2c upgrade of a plain-HTTP request stalls on some chunked pages.
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new LocalhostCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Signs in as a person would: asks for the account page and answers whatever sign-in the
     * server asks for - the city's Keycloak (production configuration) or the portal's own form
     * (development configuration) - then follows the redirects back into the portal.
     */
    public PortalClient signIn(String user) {
        return signIn(user, TestServers.DEMO_PASSWORD);
    }

    public PortalClient signIn(String user, String password) {
        signInFrom("/account/", user, password);
        return this;
    }

    /** Asks for {@code page}, signs in when asked to, and returns the page the portal finally shows. */
    public HttpResponse<String> signInFrom(String page, String user) {
        return signInFrom(page, user, TestServers.DEMO_PASSWORD);
    }

    public HttpResponse<String> signInFrom(String page, String user, String password) {
        HttpResponse<String> response = get(page);
        if (response.statusCode() != 302) {
            throw new IllegalStateException(page + " did not ask for sign-in: " + response.statusCode());
        }
        String location = location(response);
        if (location.startsWith(Tokens.keycloak())) {
            HttpResponse<String> loginPage = follow(send(request(URI.create(location)).GET().build()));
            response = postForm(URI.create(keycloakFormAction(loginPage.body())),
                    Map.of("username", user, "password", password, "credentialId", ""));
        } else {
            response = postForm("/j_security_check", Map.of("j_username", user, "j_password", password));
        }
        HttpResponse<String> landed = follow(response);
        if (landed.statusCode() != 200 || !landed.uri().toString().startsWith(base)
                || landed.uri().getPath().contains("sign-in")) {
            throw new IllegalStateException("sign-in of " + user + " failed at " + landed.uri() + ": "
                    + landed.statusCode());
        }
        return landed;
    }

    /** Sends this access token with every request to the portal, as an API client does. */
    public PortalClient withBearer(String token) {
        this.bearerToken = token;
        return this;
    }

    /** The URL the login form of a Keycloak sign-in page posts to. */
    public static String keycloakFormAction(String loginPage) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|"
                        + "<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"").matcher(loginPage);
        if (!m.find()) {
            throw new IllegalStateException("no Keycloak login form in the page");
        }
        return (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
    }

    /** Follows redirects (across hosts: portal and identity provider) to the final answer. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            current = send(request(current.uri().resolve(location(current))).GET().build());
        }
        return current;
    }

    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("no Location in " + response.statusCode()));
    }

    /** A GET anywhere (the identity provider's pages), with this client's cookies. */
    public HttpResponse<String> get(URI target) {
        return send(request(target).GET().build());
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A resource as bytes (a picture). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).GET();
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /**
     * Submits a Faces form of a page as a browser would: its fields, its view state and the
     * button pressed (found by its visible label or its aria-label).
     */
    public HttpResponse<String> submit(String page, String formId, String button, Map<String, String> fields) {
        String form = tag(page, "form", "id", formId);
        Map<String, String> post = new java.util.LinkedHashMap<>(fields);
        post.put(formId, formId);
        post.put(formId + "_SUBMIT", "1");
        post.put("jakarta.faces.ViewState", viewState(page));
        java.util.regex.Matcher inputs = java.util.regex.Pattern.compile("<input[^>]*type=\"submit\"[^>]*>")
                .matcher(page);
        String name = null;
        while (inputs.find() && name == null) {
            String input = inputs.group();
            if (button.equals(attribute(input, "value")) || button.equals(attribute(input, "aria-label"))) {
                name = attribute(input, "name");
            }
        }
        if (name == null) {
            throw new IllegalStateException("no button " + button + " in the page");
        }
        post.put(name, button);
        return postForm(URI.create(base).resolve(attribute(form, "action").replace("&amp;", "&")), post);
    }

    private static String tag(String page, String element, String attribute, String value) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<" + element + "\\b[^>]*>").matcher(page);
        while (m.find()) {
            if (value.equals(attribute(m.group(), attribute))) {
                return m.group();
            }
        }
        throw new IllegalStateException("no <" + element + " " + attribute + "=" + value + "> in the page");
    }

    private static String attribute(String tag, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
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

    /** Any method, with a JSON body or none. */
    public HttpResponse<String> send(String method, String path, String json) {
        return send(method, path, "application/json", json);
    }

    /** Any method, with a body of this content type or none. */
    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path);
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return send(builder.build());
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

    /** A POST of any body: bytes that are not text, or a stream sent in chunks (no Content-Length). */
    public HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body) {
        return send(request(path).header("Content-Type", contentType).POST(body).build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        return postForm(URI.create(base + path), fields);
    }

    public HttpResponse<String> postForm(URI target, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(target).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /**
     * Opens a server-sent event stream as the browser's EventSource does; the answer's status is there
     * once the headers are, events arrive as they are sent. Close it when done.
     */
    public EventStream events(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/event-stream")
                .GET().build();
        if (bearerToken != null) {
            request = HttpRequest.newBuilder(request, (name, value) -> true)
                    .header("Authorization", "Bearer " + bearerToken).build();
        }
        try {
            return new EventStream(http.send(request, HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return request(URI.create(base + path));
    }

    private HttpRequest.Builder request(URI target) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30));
        if (bearerToken != null && target.toString().startsWith(base)) {
            builder.header("Authorization", "Bearer " + bearerToken);
        }
        return builder;
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

    /**
     * Cookies as a browser keeps them: browsers treat http://localhost as a secure origin and
     * send it "Secure" cookies (Keycloak marks all its cookies Secure); Java's cookie store
     * sends them only over https.
     */
    private static final class LocalhostCookies extends CookieHandler {

        private final CookieManager store = new CookieManager();

        @Override
        public Map<String, java.util.List<String>> get(URI uri, Map<String, java.util.List<String>> headers)
                throws IOException {
            return store.get(asSecure(uri), headers);
        }

        @Override
        public void put(URI uri, Map<String, java.util.List<String>> headers) throws IOException {
            store.put(asSecure(uri), headers);
        }

        private static URI asSecure(URI uri) {
            return "localhost".equals(uri.getHost()) && "http".equals(uri.getScheme())
                    ? URI.create("https" + uri.toString().substring(4)) : uri;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
