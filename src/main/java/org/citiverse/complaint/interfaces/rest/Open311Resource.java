package org.citiverse.complaint.interfaces.rest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.citiverse.complaint.application.ApiKeyService;
import org.citiverse.complaint.application.ApiKeyView;
import org.citiverse.complaint.application.ComplaintService;
import org.citiverse.complaint.application.Filed;
import org.citiverse.complaint.application.RequestView;
import org.citiverse.complaint.application.SubmissionLimits;
import org.citiverse.complaint.application.TooManySubmissions;
import org.citiverse.complaint.application.UpdateView;
import org.citiverse.complaint.interfaces.rest.Open311Body.Format;
import org.citiverse.complaint.interfaces.rest.Open311Body.Items;
import org.citiverse.shared.domain.Uuids;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2), public at /open311/v2: every
 * resource in XML and JSON by its suffix, errors in the specification's format. Anyone may read;
 * filing needs an API key (made by city administrators). FixMyStreet's servicerequestupdates
 * extension and page/page_size paging are offered too.
 */
// One instance for all requests: apps poll this API, and building a resource per request (its
// configuration, context proxies and representation) cost more than reading the database.
@ApplicationScoped
@Path("/open311/v2")
@PermitAll
@Tag(name = "Open311", description = "Open311 GeoReport v2 (public at /open311/v2; XML or JSON by suffix).")
public class Open311Resource {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    static final String CHANGESET = "2026-12-03T00:00:00Z";
    private static final int MAX_FORM_BYTES = 64 * 1024;

    @Inject
    ComplaintService complaints;

    @Inject
    ApiKeyService keys;

    @Inject
    SubmissionLimits limits;

    @Inject
    Open311Queries queries;

    @Inject
    @ConfigProperty(name = "open311.jurisdiction", defaultValue = "citiverse.example")
    String jurisdiction;

    @Inject
    @ConfigProperty(name = "open311.contact", defaultValue = "The city's service desk answers questions about this API.")
    String contact;

    @Inject
    @ConfigProperty(name = "open311.key.service", defaultValue = "Ask the city's IT department for an API key.")
    String keyService;

    @Inject
    @ConfigProperty(name = "complaint.time.zone", defaultValue = "Europe/Amsterdam")
    String timeZone;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest http;

    private Open311Representation shapes;

    @PostConstruct
    void init() {
        shapes = new Open311Representation(ZoneId.of(timeZone));
    }

    @GET
    @Path("discovery.{format}")
    @Operation(summary = "Service discovery: this endpoint, its specification and formats")
    public Response discovery(@PathParam("format") String format) {
        return answer(format, null, f -> body(f, "discovery", Open311Representation.discovery(
                uri.getBaseUri().resolve("../open311/v2").toString(), contact, keyService)));
    }

    @GET
    @Path("services.{format}")
    @Operation(summary = "The services (categories) requests can be filed under")
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdictionId) {
        return answer(format, jurisdictionId, f -> body(f, "services", new Items("service",
                complaints.categories(language()).stream().map(Open311Representation::service).toList())));
    }

    @GET
    @Path("services/{code}.{format}")
    @Operation(summary = "A service's definition: the attributes (extra questions) a request answers")
    public Response definition(@PathParam("code") String code, @PathParam("format") String format,
                               @QueryParam("jurisdiction_id") String jurisdictionId) {
        return answer(format, jurisdictionId, f -> complaints.category(code, language())
                .map(c -> body(f, "service_definition", Open311Representation.definition(c)))
                .orElseGet(() -> Open311Errors.response(f, Response.Status.NOT_FOUND,
                        "service_code " + code + " is not a service of this city.")));
    }

    @GET
    @Path("requests.{format}")
    @Operation(summary = "Service requests: by ids, or by service, status and a time window (90 days by default)")
    public Response requests(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdictionId) {
        return answer(format, jurisdictionId, f -> {
            String photos = photoBase();
            return body(f, "service_requests", new Items("request",
                    complaints.findPublic(queries.of(uri.getQueryParameters()), language()).stream()
                            .map(r -> shapes.request(r, photos)).toList()));
        });
    }

    @GET
    @Path("requests/{serviceRequestId}.{format}")
    @Operation(summary = "One service request")
    public Response request(@PathParam("serviceRequestId") String id, @PathParam("format") String format,
                            @QueryParam("jurisdiction_id") String jurisdictionId) {
        return answer(format, jurisdictionId, f -> Open311Queries.number(id)
                .flatMap(n -> complaints.findPublic(Open311Queries.one(n), language()).stream().findFirst())
                .map(r -> body(f, "service_requests", new Items("request", List.of(shapes.request(r, photoBase())))))
                .orElseGet(() -> Open311Errors.response(f, Response.Status.NOT_FOUND,
                        "There is no service request " + id + ".")));
    }

    @GET
    @Path("tokens/{token}.{format}")
    @Operation(summary = "The service request a token stands for")
    public Response token(@PathParam("token") String token, @PathParam("format") String format,
                          @QueryParam("jurisdiction_id") String jurisdictionId) {
        return answer(format, jurisdictionId, f -> Uuids.parse(token).flatMap(complaints::byToken)
                .map(r -> body(f, "service_requests", new Items("request", List.of(Open311Representation.token(r)))))
                .orElseGet(() -> Open311Errors.response(f, Response.Status.NOT_FOUND,
                        "There is no token " + token + ".")));
    }

    @POST
    @Path("requests.{format}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "File a service request (needs api_key)")
    public Response file(@PathParam("format") String format, MultivaluedMap<String, String> form) {
        return answer(format, form.getFirst("jurisdiction_id"), f -> {
            ApiKeyView key = admit(form);
            Filed filed = complaints.submit(queries.submission(form, key));
            // 200 either way: Open311 clients expect it, and a resubmission gets the first request back.
            return Response.ok().type(f.mediaType()).entity(Open311Body.write(f, "service_requests",
                            new Items("request", List.of(Open311Representation.filed(filed.request()))))).build();
        });
    }

    @GET
    @Path("servicerequestupdates.{format}")
    @Operation(summary = "Public updates of requests in a time window (FixMyStreet extension)")
    public Response updates(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdictionId) {
        return answer(format, jurisdictionId, f -> {
            Open311Queries.Window window = queries.updateWindow(uri.getQueryParameters());
            List<UpdateView> updates = complaints.updates(window.requestIds(), window.from(), window.to(), false,
                    window.offset(), window.limit());
            return body(f, "service_request_updates", new Items("request_update",
                    updates.stream().map(shapes::update).toList()));
        });
    }

    @POST
    @Path("servicerequestupdates.{format}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Add a public comment to a request (FixMyStreet extension; needs api_key)")
    public Response comment(@PathParam("format") String format, MultivaluedMap<String, String> form) {
        return answer(format, form.getFirst("jurisdiction_id"), f -> {
            ApiKeyView key = admit(form);
            String status = form.getFirst("status");
            if (status == null || status.isBlank()) {
                return Open311Errors.response(f, Response.Status.BAD_REQUEST, "status is required (OPEN or CLOSED).");
            }
            long id = Open311Queries.number(form.getFirst("service_request_id")).orElse(-1L);
            UpdateView update = complaints.comment(id, form.getFirst("description"), key.name());
            return Response.ok().type(f.mediaType()).entity(Open311Body.write(f,
                    "service_request_updates", new Items("request_update",
                            List.of(Open311Representation.commented(update))))).build();
        });
    }

    /** What every submission is checked for first: its size, its key, and the sender's budget. */
    private ApiKeyView admit(MultivaluedMap<String, String> form) {
        // The declared length first; a chunked body declares none, so what was read is counted too.
        long read = form.entrySet().stream().mapToLong(e -> e.getKey().length()
                + e.getValue().stream().mapToLong(v -> v == null ? 0 : v.length() + 1).sum()).sum();
        if (http.getContentLengthLong() > MAX_FORM_BYTES || read > MAX_FORM_BYTES) {
            throw new Open311Refusal(Response.Status.REQUEST_ENTITY_TOO_LARGE, "A submission is at most 64 KiB.");
        }
        ApiKeyView key = keys.authenticate(form.getFirst("api_key")).orElseThrow(() -> new Open311Refusal(
                Response.Status.FORBIDDEN, "api_key is missing or not valid. " + keyService));
        try {
            limits.take(key.id().toString(), http.getRemoteAddr());
        } catch (TooManySubmissions e) {
            throw new Open311Refusal(Response.Status.TOO_MANY_REQUESTS, "Too many submissions; try again in "
                    + e.retryAfterSeconds() + " s.", e.retryAfterSeconds());
        }
        return key;
    }

    /** Checks the format and jurisdiction, then answers in that format. */
    private Response answer(String suffix, String jurisdictionId, java.util.function.Function<Format, Response> body) {
        Optional<Format> format = Format.of(suffix);
        if (format.isEmpty()) {
            return Open311Errors.response(Format.JSON, Response.Status.NOT_FOUND,
                    "The formats are xml and json (e.g. services.xml).");
        }
        if (jurisdictionId != null && !jurisdictionId.isBlank() && !jurisdictionId.strip().equals(jurisdiction)) {
            return Open311Errors.response(format.get(), Response.Status.NOT_FOUND,
                    "jurisdiction_id " + jurisdictionId + " is not served here; this endpoint serves " + jurisdiction + ".");
        }
        return body.apply(format.get());
    }

    /** Where the platform API serves request photos. */
    private String photoBase() {
        return uri.getBaseUri().resolve("v1/service-requests/").toString();
    }

    private static Response body(Format f, String root, Object tree) {
        return Response.ok(Open311Body.write(f, root, tree), f.mediaType()).build();
    }

    private String language() {
        String wanted = http.getLocale() == null ? "en" : http.getLocale().getLanguage();
        return "nl".equals(wanted) ? "nl" : "en";
    }
}
