package org.citiverse.shared.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * API callers get a plain 401 problem, never a redirect to the portal's sign-in page.
 * Role checks ({@code @RolesAllowed}, 403) follow once the caller is known.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationRequiredFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean open = resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(PermitAll.class)
                || resource.getResourceClass().isAnnotationPresent(PermitAll.class));
        if (!open && request.getSecurityContext().getUserPrincipal() == null) {
            Response unauthorised = Problem.response(Response.Status.UNAUTHORIZED, "authentication-required",
                    "Sign in, or send credentials with the request.");
            request.abortWith(Response.fromResponse(unauthorised)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "FormBased realm=\"citiverse\"").build());
        }
    }
}
