package org.citiverse.place.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.citiverse.place.application.PlaceException;
import org.citiverse.place.application.WhatIsHere;
import org.citiverse.shared.application.NearbyPlaces.Place;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "What is here?" (FGMV-28 7.3.3) for anyone: the city's services near a position for everyone,
 * and the twins there that the caller may see (REQ-DT-05) — none for an anonymous visitor.
 */
@Path("/v1/places")
@Tag(name = "Places", description = "What is near a position: twins, services (and later complaints).")
@Produces(MediaType.APPLICATION_JSON)
public class PlaceResource {

    private static final String INVALID = "place/invalid-request";
    private static final double DEFAULT_RADIUS = 500;

    @Inject
    WhatIsHere here;

    @GET
    @PermitAll
    @Operation(summary = "What is near a position, nearest first",
            description = "Each place has a kind (twin, service, report), id, name, detail (a twin's type, a service's "
                    + "address), latitude, longitude and distanceMetres. Twins only when signed in and granted.")
    @APIResponse(responseCode = "200", description = "{\"places\": [...]}")
    @APIResponse(responseCode = "400", description = "near is not lat,lon on the globe, or radius is not 1-5000.")
    public Map<String, List<Place>> near(
            @Parameter(description = "lat,lon in WGS84 degrees", required = true) @QueryParam("near") String near,
            @Parameter(description = "metres, up to 5000") @QueryParam("radius") @DefaultValue("500") String radius,
            @Parameter(description = "en or nl: the language of service names") @QueryParam("lang")
            @DefaultValue("en") String language) {
        double[] point = InvalidRequestException.numbers(near, 2, "near", INVALID);
        if (point == null) {
            throw new InvalidRequestException(INVALID, "near is required: lat,lon such as 52.0907,5.1214");
        }
        double[] given = InvalidRequestException.numbers(radius, 1, "radius", INVALID);
        double metres = given == null ? DEFAULT_RADIUS : given[0];
        try {
            return Map.of("places", here.near(point[0], point[1], metres, "nl".equals(language) ? "nl" : "en"));
        } catch (PlaceException e) {
            throw new InvalidRequestException(e.messageKey().replace(".error.", "/"),
                    "near must be a latitude -90..90 and longitude -180..180, radius more than 0 and at most "
                            + (int) WhatIsHere.MAX_RADIUS_METRES + " metres");
        }
    }
}
