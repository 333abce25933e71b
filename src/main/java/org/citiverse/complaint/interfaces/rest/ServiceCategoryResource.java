package org.citiverse.complaint.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.citiverse.complaint.application.CategoryCatalogue;
import org.citiverse.complaint.application.CategorySettings;
import org.citiverse.complaint.domain.CategoryAttribute;
import org.citiverse.complaint.domain.CategoryDetails;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The kinds of problem (Open311 services) for city administrators' tools: every setting in both
 * languages and the questions, which the public reads through Open311. Each change names the
 * version it is based on; the answer is the category with its new version.
 */
@Path("/v1/service-categories")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service categories", description = "Kinds of problem and their questions, managed by city administrators.")
public class ServiceCategoryResource {

    private static final String INVALID = "service-category/invalid";
    private static final Set<String> DETAILS = Set.of("nameEn", "nameNl", "descriptionEn", "descriptionNl", "groupEn",
            "groupNl", "keywords", "department", "dueDays", "anonymousAllowed", "active");
    private static final Set<String> NEW = union(DETAILS, Set.of("code"));
    private static final Set<String> CHANGE = union(DETAILS, Set.of("version"));
    private static final Set<String> QUESTION = Set.of("version", "datatype", "required", "descriptionEn",
            "descriptionNl", "values");
    private static final Set<String> NEW_QUESTION = union(QUESTION, Set.of("code"));
    private static final String DETAILS_TEXT = "nameEn, nameNl, descriptionEn, descriptionNl, groupEn, groupNl "
            + "(texts), keywords (a list of texts), department (a code), dueDays (a whole number), anonymousAllowed "
            + "and active (true or false)";
    private static final String QUESTION_TEXT = "datatype, descriptionEn and descriptionNl (texts), required (true "
            + "or false) and values (a list of {key, nameEn, nameNl}) ";

    @Inject
    CategoryCatalogue catalogue;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Every category, offered or not, with its questions, by code")
    @APIResponse(responseCode = "200", description = "The categories.", content = @Content(
            schema = @Schema(implementation = CategorySettings.class, type = SchemaType.ARRAY)))
    public List<CategorySettings> all() {
        return catalogue.all();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One category with its questions and version")
    @APIResponse(responseCode = "200", description = "The category.",
            content = @Content(schema = @Schema(implementation = CategorySettings.class)))
    @APIResponse(responseCode = "404", description = "No such category.")
    public CategorySettings one(@PathParam("code") String code) {
        return catalogue.find(code).orElseThrow(() -> new ComplaintException(ComplaintException.Reason.CATEGORY_NOT_FOUND));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a kind of problem (without questions; add those one by one)",
            description = "Body: {\"code\": 2 to 40 of a-z, 0-9 and -, starting with a letter (permanent), \"nameEn\", "
                    + "\"nameNl\" (1 to 80 characters), \"descriptionEn\", \"descriptionNl\" (1 to 300), \"groupEn\", "
                    + "\"groupNl\" (1 to 80), \"keywords\"?: [texts of at most 40 characters, 300 together], "
                    + "\"department\": an open department's code, \"dueDays\": 1 to 365, \"anonymousAllowed\", "
                    + "\"active\": true to offer it at once}. Audited.")
    @APIResponse(responseCode = "201", description = "The new category (version 0); Location is its address.",
            content = @Content(schema = @Schema(implementation = CategorySettings.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule or the code is taken (the problem says which).")
    public Response create(JsonValue body) {
        JsonObject json = object(body, NEW, Set.of("code"), "a JSON object with code, " + DETAILS_TEXT);
        CategorySettings created = catalogue.create(text(json, "code"), details(json));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a category's settings (not its code or questions)",
            description = "Body: every field of a new category but code, and \"version\": the version you read. "
                    + "Reports filed before keep their department and due date. Audited.")
    @APIResponse(responseCode = "200", description = "The changed category.",
            content = @Content(schema = @Schema(implementation = CategorySettings.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule.")
    @APIResponse(responseCode = "404", description = "No such category.")
    @APIResponse(responseCode = "409", description = "Changed meanwhile: read it again.")
    public CategorySettings change(@PathParam("code") String code, JsonValue body) {
        JsonObject json = object(body, CHANGE, Set.of("version"), "a JSON object with version (a number), "
                + DETAILS_TEXT);
        return catalogue.change(code, version(json), details(json));
    }

    @POST
    @Path("{code}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a question after the others",
            description = "Body: {\"version\", \"code\": 1 to 40 of a-z, 0-9 and _, starting with a letter (permanent: "
                    + "answers are kept under it), \"datatype\": string, number, datetime, text, singlevaluelist or "
                    + "multivaluelist, \"required\"?, \"descriptionEn\", \"descriptionNl\" (1 to 200 characters), "
                    + "\"values\": for lists only, 1 to 30 of {\"key\", \"nameEn\", \"nameNl\"}}. At most 20 "
                    + "questions. Audited.")
    @APIResponse(responseCode = "201", description = "The category with the new question.",
            content = @Content(schema = @Schema(implementation = CategorySettings.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the code is taken.")
    @APIResponse(responseCode = "404", description = "No such category.")
    @APIResponse(responseCode = "409", description = "Changed meanwhile: read it again.")
    public Response addQuestion(@PathParam("code") String code, JsonValue body) {
        JsonObject json = object(body, NEW_QUESTION, Set.of("version", "code"), "a JSON object with version (a "
                + "number), code, " + QUESTION_TEXT);
        CategorySettings changed = catalogue.addQuestion(code, version(json), question(text(json, "code"), json));
        return Response.created(uri.getBaseUriBuilder().path(ServiceCategoryResource.class).path(changed.code())
                .build()).entity(changed).build();
    }

    @PUT
    @Path("{code}/questions/{questionCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a question in its place (not its code)",
            description = "Body: as for a new question, without code. Reports that answered it keep their answers "
                    + "as given. Audited.")
    @APIResponse(responseCode = "200", description = "The category with the changed question.",
            content = @Content(schema = @Schema(implementation = CategorySettings.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule.")
    @APIResponse(responseCode = "404", description = "No such category or question.")
    @APIResponse(responseCode = "409", description = "Changed meanwhile: read it again.")
    public CategorySettings changeQuestion(@PathParam("code") String code,
                                           @PathParam("questionCode") String questionCode, JsonValue body) {
        JsonObject json = object(body, QUESTION, Set.of("version"), "a JSON object with version (a number), "
                + QUESTION_TEXT);
        return catalogue.changeQuestion(code, version(json), questionCode, question(questionCode, json));
    }

    @DELETE
    @Path("{code}/questions/{questionCode}")
    @Operation(summary = "Remove a question (?version= the version you read)",
            description = "New reports no longer answer it; reports that did keep their answer. Audited.")
    @APIResponse(responseCode = "200", description = "The category without the question.",
            content = @Content(schema = @Schema(implementation = CategorySettings.class)))
    @APIResponse(responseCode = "400", description = "No version.")
    @APIResponse(responseCode = "404", description = "No such category or question.")
    @APIResponse(responseCode = "409", description = "Changed meanwhile: read it again.")
    public CategorySettings removeQuestion(@PathParam("code") String code,
                                           @PathParam("questionCode") String questionCode,
                                           @QueryParam("version") String version) {
        if (version == null) {
            throw new InvalidRequestException(INVALID, "version is the version of the category you read");
        }
        return catalogue.removeQuestion(code, InvalidRequestException.wholeNumber(version, "version", INVALID),
                questionCode);
    }

    @POST
    @Path("{code}/questions/{questionCode}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a question one place up or down",
            description = "Body: {\"version\", \"direction\": \"up\" (asked sooner) or \"down\"}. Audited.")
    @APIResponse(responseCode = "200", description = "The category with its questions in the new order.",
            content = @Content(schema = @Schema(implementation = CategorySettings.class)))
    @APIResponse(responseCode = "400", description = "No direction, or the first question up or the last down.")
    @APIResponse(responseCode = "404", description = "No such category or question.")
    @APIResponse(responseCode = "409", description = "Changed meanwhile: read it again.")
    public CategorySettings moveQuestion(@PathParam("code") String code,
                                         @PathParam("questionCode") String questionCode, JsonValue body) {
        String what = "a JSON object with version (a number) and direction (up or down)";
        JsonObject json = object(body, Set.of("version", "direction"), Set.of("version", "direction"), what);
        String direction = text(json, "direction");
        if (!"up".equals(direction) && !"down".equals(direction)) {
            throw new InvalidRequestException(INVALID, what);
        }
        return catalogue.moveQuestion(code, version(json), questionCode, "up".equals(direction));
    }

    private static CategoryDetails details(JsonObject json) {
        return new CategoryDetails(text(json, "nameEn"), text(json, "nameNl"), text(json, "descriptionEn"),
                text(json, "descriptionNl"), text(json, "groupEn"), text(json, "groupNl"), texts(json, "keywords"),
                text(json, "department"), whole(json, "dueDays"), bool(json, "anonymousAllowed"), bool(json, "active"));
    }

    private static CategoryAttribute question(String code, JsonObject json) {
        List<CategoryAttribute.Choice> values = new ArrayList<>();
        JsonValue given = json.get("values");
        if (given != null && given != JsonValue.NULL) {
            if (!(given instanceof JsonArray array) || !array.stream().allMatch(JsonObject.class::isInstance)) {
                throw new InvalidRequestException(INVALID, "values is a list of {key, nameEn, nameNl}");
            }
            for (JsonObject value : array.getValuesAs(JsonObject.class)) {
                if (!Set.of("key", "nameEn", "nameNl").containsAll(value.keySet())) {
                    throw new InvalidRequestException(INVALID, "values is a list of {key, nameEn, nameNl}");
                }
                values.add(new CategoryAttribute.Choice(text(value, "key"), text(value, "nameEn"),
                        text(value, "nameNl")));
            }
        }
        boolean required = json.containsKey("required") && bool(json, "required");
        return CategoryAttribute.draft(code, text(json, "datatype"), required, text(json, "descriptionEn"),
                text(json, "descriptionNl"), values);
    }

    /** The body as an object of these fields only, with those it needs. */
    private static JsonObject object(JsonValue body, Set<String> fields, Set<String> needed, String what) {
        if (!(body instanceof JsonObject json) || !fields.containsAll(json.keySet())
                || !json.keySet().containsAll(needed)) {
            throw new InvalidRequestException(INVALID, what);
        }
        return json;
    }

    private static int version(JsonObject json) {
        return whole(json, "version");
    }

    private static String text(JsonObject json, String name) {
        return InvalidRequestException.text(json, name, INVALID);
    }

    private static List<String> texts(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (value instanceof JsonArray array && array.stream().allMatch(JsonString.class::isInstance)) {
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
        throw new InvalidRequestException(INVALID, name + " is a list of texts");
    }

    private static int whole(JsonObject json, String name) {
        if (json.get(name) instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                // too large: refused below
            }
        }
        throw new InvalidRequestException(INVALID, name + " is a whole number");
    }

    private static boolean bool(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new InvalidRequestException(INVALID, name + " is true or false");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
