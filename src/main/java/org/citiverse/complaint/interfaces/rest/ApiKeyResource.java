package org.citiverse.complaint.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.citiverse.complaint.application.ApiKeyService;
import org.citiverse.complaint.application.ApiKeyView;
import org.citiverse.complaint.application.NewApiKey;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.shared.domain.Uuids;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Open311 API keys of third-party apps, for city administrators. */
@Path("/v1/open311/keys")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open311 keys", description = "API keys of the apps that file requests through Open311.")
public class ApiKeyResource {

    @Inject
    ApiKeyService keys;

    @GET
    @Operation(summary = "Every key made, active and revoked (never the key itself)")
    @APIResponse(responseCode = "200", description = "The keys, oldest first.")
    public List<ApiKeyView> all() {
        return keys.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a key for an app", description = "Body: {\"name\": the app's name}. The key is in "
            + "the answer only: give it to the app's makers; it is not shown again.")
    @APIResponse(responseCode = "201", description = "{\"id\", \"name\", \"key\"}.")
    @APIResponse(responseCode = "400", description = "No usable name.")
    public Response create(JsonValue body) {
        if (!(body instanceof JsonObject json) || !Set.of("name").containsAll(json.keySet())
                || !(json.get("name") instanceof JsonString name)) {
            throw new InvalidRequestException("open311-key/invalid", "a JSON object with the app's name");
        }
        NewApiKey key = keys.create(name.getString());
        return Response.status(Response.Status.CREATED).entity(key).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a key: the app can no longer file requests")
    @APIResponse(responseCode = "200", description = "The revoked key.")
    @APIResponse(responseCode = "404", description = "No such key.")
    public ApiKeyView revoke(@PathParam("id") String id) {
        return keys.revoke(Uuids.parse(id).orElseThrow(() -> new ComplaintException(ComplaintException.Reason.NOT_FOUND)));
    }
}
