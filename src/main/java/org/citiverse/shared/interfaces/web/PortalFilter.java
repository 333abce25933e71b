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
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
        chain.doFilter(request, response);
    }
}
