package org.citiverse.organisation.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.citiverse.organisation.application.DepartmentService;
import org.citiverse.organisation.application.DepartmentView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The city's departments for staff tools. */
@Path("/departments")
@Tag(name = "Departments", description = "The city's departments and the identity groups of their staff.")
public class DepartmentResource {

    @Inject
    DepartmentService departments;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "All departments, open and closed, by code")
    @APIResponse(responseCode = "200", description = "The departments.",
            content = @Content(schema = @Schema(implementation = DepartmentView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No credentials.")
    @APIResponse(responseCode = "403", description = "Not staff.")
    public List<DepartmentView> all() {
        return departments.all();
    }
}
