package org.citiverse.place.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.citiverse.place.application.AddressRegister;
import org.citiverse.place.application.AddressView;
import org.citiverse.place.application.ImportResult;
import org.citiverse.place.application.ImportRow;
import org.citiverse.shared.interfaces.rest.CsvReader;
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
 * The city's address register: everyone finds an address by what they type or names a position
 * by its nearest address (maps are never the only way to give a place); administrators load the
 * register from a CSV export of the national one.
 */
@Path("/v1/addresses")
@Tag(name = "Addresses", description = "The city's address register: search, look up, nearest address, import.")
@Produces(MediaType.APPLICATION_JSON)
public class AddressResource {

    static final String CSV = "text/csv";
    private static final String INVALID = "address/invalid-request";
    private static final String INVALID_FILE = "address/file-invalid";
    /** Far longer than any address row; a guard against a file that is one endless line. */
    private static final int MAX_ROW_CHARS = 2_000;

    @Inject
    AddressRegister register;

    @Inject
    @ConfigProperty(name = "address.import.max.bytes", defaultValue = "20971520")
    long maxImportBytes;

    @GET
    @PermitAll
    @Operation(summary = "Find addresses by what someone types, or the address nearest a position",
            description = "q: a street or its start, a house number with letter or addition, a postcode, a town "
                    + "after a comma (\"Oudegracht 12a\", \"oudeg\", \"3511 AB 12\", \"3511AB\", \"Oudegracht 12, "
                    + "Utrecht\"); the street as typed comes first, then the number as typed, then the nearest "
                    + "numbers. near: lat,lon instead of q; answers the nearest address within 1,000 metres, with "
                    + "its distanceMetres, or none. Each address has id (the register's), label, street, "
                    + "houseNumber, houseLetter, addition, postcode, town, latitude and longitude.")
    @APIResponse(responseCode = "200", description = "{\"addresses\": [...]}, best first.")
    @APIResponse(responseCode = "400", description = "Neither or both of q and near, q longer than 100 characters "
            + "or naming no street or postcode, near not lat,lon on the globe, limit not 1-20.")
    public Map<String, List<AddressView>> search(
            @Parameter(description = "What was typed, at most 100 characters") @QueryParam("q") String query,
            @Parameter(description = "lat,lon in WGS84 degrees, instead of q") @QueryParam("near") String near,
            @Parameter(description = "How many, 1-20 (q only)") @QueryParam("limit") @DefaultValue("10")
            String limit) {
        double[] point = InvalidRequestException.numbers(near, 2, "near", INVALID);
        if (point != null && query != null) {
            throw new InvalidRequestException(INVALID, "give q or near, not both");
        }
        if (point != null) {
            return Map.of("addresses", register.nearest(point[0], point[1]).stream().toList());
        }
        int max = InvalidRequestException.wholeNumber(limit, "limit", INVALID);
        return Map.of("addresses", register.search(query, max));
    }

    @GET
    @Path("{addressId}")
    @PermitAll
    @Operation(summary = "One address by the register's id")
    @APIResponse(responseCode = "200", description = "The address.",
            content = @Content(schema = @Schema(implementation = AddressView.class)))
    @APIResponse(responseCode = "404", description = "The register has no address with this id.")
    public Response find(@PathParam("addressId") String id) {
        return register.find(id).map(a -> Response.ok(a).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "address/not-found",
                        "The register has no address with this id."));
    }

    @POST
    @Consumes(CSV)
    @RolesAllowed("admin")
    @Operation(summary = "Load addresses into the register from a CSV file (city administrators)",
            description = "UTF-8 CSV; the first line is the header id,street,house_number,house_letter,addition,"
                    + "postcode,town,latitude,longitude. Each row adds an address or replaces the one with its id. "
                    + "Rows that break a rule (a missing field, a number that is none, a position outside the "
                    + "city, a postcode that is not 1234 AB, a field too long, an id already given on an earlier "
                    + "line) are left out and listed with their line: the first 100, and rejectedCount counts all. "
                    + "accepted counts the rows stored, updated those of them whose id the register had. A file "
                    + "that cannot be read to its end stores nothing. Audited.")
    @RequestBody(description = "The CSV file, at most address.import.max.bytes (20 MiB).",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "{accepted, updated, rejectedCount, rejected: [{line, reason}]}",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Empty, no header line, not UTF-8 text, or a quoted field "
            + "never closed.")
    @APIResponse(responseCode = "401", description = "No credentials.")
    @APIResponse(responseCode = "403", description = "Not a city administrator.")
    @APIResponse(responseCode = "409", description = "Another import is being stored.")
    @APIResponse(responseCode = "413", description = "Larger than address.import.max.bytes.")
    @APIResponse(responseCode = "415", description = "Not text/csv.")
    public Response importCsv(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
                              InputStream body) {
        if (declaredLength(length) > maxImportBytes) { // refused before a byte is read
            return tooLarge();
        }
        try (SpooledBody file = SpooledBody.of(body, maxImportBytes)) {
            if (file == null) {
                return tooLarge();
            }
            try (InputStream content = file.open()) {
                CsvReader csv = new CsvReader(content, MAX_ROW_CHARS, INVALID_FILE);
                return Response.ok(register.importRows(rows(csv))).build();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Iterator<ImportRow> rows(CsvReader csv) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(csv, 0), false)
                .map(r -> new ImportRow(r.line(), r.cells(), r.problem())).iterator();
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Response tooLarge() {
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "address/file-too-large",
                "An import is at most " + maxImportBytes + " bytes; split the file and send the parts one by one.");
    }
}
