package org.citiverse.permit.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.citiverse.permit.application.CityModel;
import org.citiverse.permit.application.CityModelImport;
import org.citiverse.permit.application.ImportReport;
import org.citiverse.permit.application.ParcelView;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.citiverse.shared.interfaces.rest.Problem;
import org.citiverse.shared.interfaces.rest.SpooledBody;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The city model of permit checks: anyone finds the parcel at a position or of an address with its
 * zone and buildings; city administrators load parcels, zones and buildings from GeoJSON.
 */
@Path("/v1/permit-city-model")
@Tag(name = "Permit city model", description = "Parcels, zones of the zoning plan and building footprints.")
@Produces(MediaType.APPLICATION_JSON)
public class CityModelResource {

    static final String GEOJSON = "application/geo+json";
    private static final String INVALID = "permit/invalid-request";

    private static final String IMPORT_RULES = "Each feature needs an id (the feature's id or property id: 1-40 "
            + "of A-Z a-z 0-9 . _ : -) and a valid Polygon or MultiPolygon (WGS84, longitude latitude) inside the "
            + "city's bounds. Each feature adds the one with its id or replaces it; features that break a rule are "
            + "left out and listed with their index in features (from 0), id and reason: the first 100, "
            + "rejectedCount counts all. All accepted features are stored in one transaction; the model in memory "
            + "is rebuilt after it. Audited. The file is application/geo+json (or application/json), at most "
            + "permit.import.max.bytes (20 MiB). Answers {accepted, updated, rejectedCount, rejected: [{index, id, "
            + "reason}]}; 400 for a file that is no JSON, not UTF-8 or no FeatureCollection; 401 without "
            + "credentials; 403 for anyone but a city administrator; 409 while another import is stored; 413 for "
            + "a larger file; 415 for another content type.";

    @Inject
    CityModel model;

    @Inject
    CityModelImport importer;

    @Inject
    @ConfigProperty(name = "permit.import.max.bytes", defaultValue = "20971520")
    long maxImportBytes;

    @GET
    @Path("parcels")
    @PermitAll
    @Operation(summary = "The parcel at a position or of an address, with its zone and buildings",
            description = "Give near=lat,lon (the parcel the position lies on) or addressId= (an id of the address "
                    + "register, /api/v1/addresses). The parcel has id (cadastral), addressId, areaM2, its centroid, "
                    + "geometry (WGS84 WKT, longitude latitude), zone (code, type, name, maxHeightM, minSetbackM, "
                    + "maxLotCoveragePct, monument, conservation, treeProtection; a limit the plan does not set is "
                    + "null; null when no zone covers it) and buildings (id, heightM, areaM2, geometry).")
    @APIResponse(responseCode = "200", description = "The parcel.",
            content = @Content(schema = @Schema(implementation = ParcelView.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of near and addressId, near not lat,lon, "
            + "or a position off the globe or outside the city.")
    @APIResponse(responseCode = "404", description = "No parcel there, or none of this address.")
    public Response parcel(
            @Parameter(description = "lat,lon in WGS84 degrees") @QueryParam("near") String near,
            @Parameter(description = "An address id of the register") @QueryParam("addressId") String addressId) {
        double[] point = InvalidRequestException.numbers(near, 2, "near", INVALID);
        if ((point == null) == (addressId == null || addressId.isBlank())) {
            throw new InvalidRequestException(INVALID, "give near=lat,lon or addressId, one of them");
        }
        Optional<ParcelView> parcel = point != null ? model.parcelAt(point[0], point[1])
                : model.parcelOfAddress(addressId.strip());
        return parcel.map(p -> Response.ok(p).build()).orElseGet(() -> Problem.response(Response.Status.NOT_FOUND,
                "permit/parcel-not-found", point != null ? "The city model has no parcel at this position."
                        : "The city model has no parcel of this address."));
    }

    @GET
    @Path("parcels/{parcelId}")
    @PermitAll
    @Operation(summary = "One parcel by its cadastral id, with its zone and buildings")
    @APIResponse(responseCode = "200", description = "The parcel.",
            content = @Content(schema = @Schema(implementation = ParcelView.class)))
    @APIResponse(responseCode = "404", description = "The city model has no parcel with this id.")
    public Response parcelById(@PathParam("parcelId") String id) {
        return model.parcel(id).map(p -> Response.ok(p).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "permit/parcel-not-found",
                        "The city model has no parcel with this id."));
    }

    @POST
    @Path("parcels")
    @Consumes({GEOJSON, MediaType.APPLICATION_JSON})
    @RolesAllowed("admin")
    @Operation(summary = "Load parcels from a GeoJSON FeatureCollection (city administrators)",
            description = "Property addressId (optional): the register's id of the parcel's address. " + IMPORT_RULES)
    @RequestBody(content = @Content(mediaType = GEOJSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "What was stored and what was left out.",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public Response importParcels(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
                                  InputStream body) {
        return importFile(CityModelImport.Kind.PARCELS, length, body);
    }

    @POST
    @Path("zones")
    @Consumes({GEOJSON, MediaType.APPLICATION_JSON})
    @RolesAllowed("admin")
    @Operation(summary = "Load zones of the zoning plan from a GeoJSON FeatureCollection (city administrators)",
            description = "Properties: type (required, e.g. residential, conservation, commercial, green), name "
                    + "(required), maxHeightM, minSetbackM, maxLotCoveragePct (optional numbers), monument, "
                    + "conservation, treeProtection (true/false, false when absent). The id is the zone's code. "
                    + IMPORT_RULES)
    @RequestBody(content = @Content(mediaType = GEOJSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "What was stored and what was left out.",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public Response importZones(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
                                InputStream body) {
        return importFile(CityModelImport.Kind.ZONES, length, body);
    }

    @POST
    @Path("buildings")
    @Consumes({GEOJSON, MediaType.APPLICATION_JSON})
    @RolesAllowed("admin")
    @Operation(summary = "Load existing building footprints from a GeoJSON FeatureCollection (city administrators)",
            description = "Properties: heightM (required, metres), parcelId (optional; without it a building stands "
                    + "on the parcel holding its interior point). " + IMPORT_RULES)
    @RequestBody(content = @Content(mediaType = GEOJSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "What was stored and what was left out.",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public Response importBuildings(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
                                    InputStream body) {
        return importFile(CityModelImport.Kind.BUILDINGS, length, body);
    }

    private Response importFile(CityModelImport.Kind what, String length, InputStream body) {
        if (declaredLength(length) > maxImportBytes) { // refused before a byte is read
            return tooLarge();
        }
        try (SpooledBody file = SpooledBody.of(body, maxImportBytes)) {
            if (file == null) {
                return tooLarge();
            }
            try (InputStream content = file.open()) {
                return Response.ok(importer.importFeatures(what, content)).build();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Response tooLarge() {
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "permit/file-too-large",
                "An import is at most " + maxImportBytes + " bytes; split the file and send the parts one by one.");
    }
}
