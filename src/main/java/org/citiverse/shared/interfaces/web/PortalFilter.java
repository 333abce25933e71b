package org.citiverse.shared.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the language asked for with {@code ?lang=} before a page renders, and sends the
 * security headers every portal page needs.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST,
        jakarta.servlet.DispatcherType.FORWARD, jakarta.servlet.DispatcherType.ERROR})
public class PortalFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    LanguageSelection language;

    /** The identity provider's origin: forms (signing out) may lead there and nowhere else. */
    @Inject
    @ConfigProperty(name = "oidc.issuer", defaultValue = "")
    String issuer;

    private String contentSecurityPolicy;

    @Override
    public void init() {
        contentSecurityPolicy = contentSecurityPolicy(issuer);
    }

    /**
     * Scripts, styles and everything else from the portal only, no inline script or style, no
     * framing, and forms that lead only to the portal and, for signing out, the identity provider.
     * (PrimeFaces' inline settings script is refused too: no page loads PrimeFaces' JavaScript yet.)
     */
    static String contentSecurityPolicy(String issuer) {
        String origin = "";
        try {
            java.net.URI uri = java.net.URI.create(issuer);
            if (uri.getScheme() != null && uri.getHost() != null) {
                origin = " " + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            }
        } catch (IllegalArgumentException notAUri) {
            // no provider configured: forms stay on the portal
        }
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "base-uri 'self'; frame-ancestors 'none'; form-action 'self'" + origin;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        language.initialise(Collections.list(request.getLocales()));
        String asked = request.getParameter("lang");
        if (asked != null) {
            language.select(asked);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
        chain.doFilter(request, response);
    }
}
