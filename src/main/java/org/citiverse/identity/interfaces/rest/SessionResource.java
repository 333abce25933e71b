package org.citiverse.identity.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.citiverse.shared.interfaces.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Stay signed in": the portal's session-timeout warning calls this so a person reading or
 * typing does not lose their work. Touching the session is the whole effect.
 */
@Path("/session/keep-alive")
@Tag(name = "Session", description = "The portal session of the signed-in person.")
public class SessionResource {

    @Context
    HttpServletRequest request;

    @POST
    @RolesAllowed({"citizen", "staff", "admin"})
    @Operation(summary = "Keep the portal session alive")
    @APIResponse(responseCode = "204", description = "The session's inactivity timer starts again.")
    @APIResponse(responseCode = "401", description = "There is no session (it has already ended).")
    @APIResponse(responseCode = "403", description = "Not a portal user.")
    public Response keepAlive() {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Problem.response(Response.Status.UNAUTHORIZED, "session-ended",
                    "The session has ended. Sign in again.");
        }
        return Response.noContent().header("X-Session-Timeout", session.getMaxInactiveInterval()).build();
    }
}
