package org.citiverse.permit.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.citiverse.identity.application.IdentityProvider;
import org.citiverse.permit.application.ApplicationPage;
import org.citiverse.permit.application.ApplicationView;
import org.citiverse.permit.application.CheckParameters;
import org.citiverse.permit.application.DocumentContent;
import org.citiverse.permit.application.DocumentView;
import org.citiverse.permit.application.PermitApplicationService;
import org.citiverse.permit.domain.ApplicationQuery;
import org.citiverse.permit.domain.ApplicationStatus;
import org.citiverse.permit.domain.PermitApplicationException;
import org.citiverse.shared.domain.Uuids;
import org.citiverse.shared.interfaces.rest.Csv;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Permit applications. Citizens make one from a check that says PERMIT_REQUIRED, add documents,
 * declare and submit, answer questions and may withdraw — their own only (another's is 404). Staff
 * work the queue: filter, export, assign, ask for information, decide with a reason.
 */
@Path("/v1/permit-applications")
@Tag(name = "Permit applications", description = "Applying for a permit after a check, and the staff review.")
@Produces(MediaType.APPLICATION_JSON)
public class PermitApplicationResource {

    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_EXPORT = 10_000;
    private static final String INVALID = "permit-application/invalid-request";

    @Inject
    PermitApplicationService applications;

    @Inject
    IdentityProvider identity;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("citizen")
    @Operation(summary = "Start an application (a draft) from a permit check",
            description = "Body: {checkId} of a check the citizen saved, or the check's parameters {addressId or "
                    + "latitude and longitude, activity, date?, inputs: the answers}. The server makes the check "
                    + "again; only the outcome PERMIT_REQUIRED can become an application, which keeps the check "
                    + "as it was (parcel, zone, answers, computed facts, rule, reason, rule set and version). Audited.")
    @APIResponse(responseCode = "201", description = "The draft; Location is its address.",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Not the JSON asked for, no place, a bad date or answers.")
    @APIResponse(responseCode = "404", description = "No parcel there, or no saved check of yours with that id.")
    @APIResponse(responseCode = "422", description = "The check's outcome is not PERMIT_REQUIRED.")
    public Response create(String body) {
        PermitApplicationRequests.Create request = read(body, PermitApplicationRequests.Create.class);
        CheckParameters parameters;
        if (request.checkId() != null) {
            parameters = applications.savedCheck(request.checkId(), subject())
                    .orElseThrow(() -> new PermitApplicationException(PermitApplicationException.Reason.NOT_FOUND));
        } else {
            parameters = new CheckParameters(request.addressId(), request.latitude(), request.longitude(),
                    request.activity(), date(request.date()), request.inputs());
        }
        ApplicationView created = applications.create(parameters, subject());
        return Response.created(UriBuilder.fromPath("/api/v1/permit-applications/{reference}")
                .build(created.reference())).entity(created).build();
    }

    @GET
    @RolesAllowed({"citizen", "staff", "admin"})
    @Operation(summary = "Citizens: their own applications. Staff: the queue, by deadline",
            description = "Staff filters: status (comma-separated: SUBMITTED, INFORMATION_REQUESTED, GRANTED, "
                    + "REFUSED, WITHDRAWN; drafts are never listed), activity, zone (a zone type or code), assignee "
                    + "(me, none, or a staff subject), overdue=true; page (from 1) and pageSize (at most 200). "
                    + "Ordered by decision deadline, soonest first.")
    @APIResponse(responseCode = "200", description = "{applications, total, page, pageSize}",
            content = @Content(schema = @Schema(implementation = ApplicationPage.class)))
    @APIResponse(responseCode = "400", description = "A filter is malformed.")
    public ApplicationPage list(@QueryParam("status") String status, @QueryParam("activity") String activity,
                                @QueryParam("zone") String zone, @QueryParam("assignee") String assignee,
                                @QueryParam("overdue") String overdue, @QueryParam("page") String page,
                                @QueryParam("pageSize") String pageSize) {
        if (!staff()) {
            var mine = applications.mine(subject());
            return new ApplicationPage(mine, mine.size(), 1, Math.max(1, mine.size()));
        }
        int size = pageSize == null ? 50 : InvalidRequestException.wholeNumber(pageSize, "pageSize", INVALID);
        int number = page == null ? 1 : InvalidRequestException.wholeNumber(page, "page", INVALID);
        if (size < 1 || size > MAX_PAGE_SIZE || number < 1) {
            throw new InvalidRequestException(INVALID, "page is 1 or more, pageSize 1 to " + MAX_PAGE_SIZE);
        }
        return applications.search(statuses(status), activity, zone, assignee(assignee), flag(overdue), number, size);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "The filtered queue as a CSV file (the list's filters; at most 10,000 rows, by deadline)")
    @APIResponse(responseCode = "200", description = "A CSV file with a header row.")
    @APIResponse(responseCode = "400", description = "A filter is malformed.")
    public Response export(@QueryParam("status") String status, @QueryParam("activity") String activity,
                           @QueryParam("zone") String zone, @QueryParam("assignee") String assignee,
                           @QueryParam("overdue") String overdue) {
        ApplicationPage found = applications.search(statuses(status), activity, zone, assignee(assignee),
                flag(overdue), 1, MAX_EXPORT);
        String csv = Csv.of("reference,status,activity,zone_type,zone_code,address_id,rule_id,submitted_at,"
                + "decision_due,paused,overdue,assignee", found.applications().stream().map(a -> Arrays.asList(
                a.reference(), a.status(), a.activity(), a.zoneType(), a.zoneCode(), a.addressId(), a.outcomeRuleId(),
                String.valueOf(a.submittedAt()), String.valueOf(a.decisionDue()), String.valueOf(a.paused()),
                String.valueOf(a.overdue()), a.assigneeName())));
        return Response.ok(csv, Csv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"citiverse-permit-applications.csv\"").build();
    }

    @GET
    @Path("{reference}")
    @RolesAllowed({"citizen", "staff", "admin"})
    @Operation(summary = "One application: the check it was made from, documents, the exchange with staff")
    @APIResponse(responseCode = "200", description = "The application.",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application of yours (staff: none sent in).")
    public ApplicationView get(@PathParam("reference") String reference) {
        return staff() ? applications.get(reference) : applications.own(reference, subject());
    }

    @PUT
    @Path("{reference}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("citizen")
    @Operation(summary = "Describe the plan in a draft, with an optional contact",
            description = "Body: {description, contactEmail?, contactPhone?}; blank contact fields are none. Audited.")
    @APIResponse(responseCode = "200", description = "The draft.")
    @APIResponse(responseCode = "400", description = "Too long, or not an e-mail address or phone number.")
    @APIResponse(responseCode = "404", description = "No such application of yours.")
    @APIResponse(responseCode = "409", description = "Not a draft any more.")
    public ApplicationView describe(@PathParam("reference") String reference, String body) {
        PermitApplicationRequests.Describe request = read(body, PermitApplicationRequests.Describe.class);
        return applications.describe(reference, subject(), request.description(), request.contactEmail(),
                request.contactPhone());
    }

    @POST
    @Path("{reference}/documents")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("citizen")
    @Operation(summary = "Add a document to a draft, or with an answer to a request for information",
            description = "The body is the file; its type is read from its content (PDF, JPEG or PNG), never from "
                    + "its name or Content-Type. kind: site-plan, drawing, photo or other; name: the file's name, "
                    + "for display. At most permit.application.document.max.bytes per file and "
                    + "permit.application.document.max.count per application. Audited.")
    @RequestBody(content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "The document added.",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Empty, or an unknown kind.")
    @APIResponse(responseCode = "404", description = "No such application of yours.")
    @APIResponse(responseCode = "409", description = "Documents cannot be added now, or there are as many as allowed.")
    @APIResponse(responseCode = "413", description = "Larger than permit.application.document.max.bytes.")
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG file.")
    public Response addDocument(@PathParam("reference") String reference, @QueryParam("kind") String kind,
                                @QueryParam("name") String name,
                                @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
                                InputStream body) {
        long max = applications.maxDocumentBytes();
        if (declaredLength(length) > max) { // refused before a byte is read
            throw new PermitApplicationException(PermitApplicationException.Reason.DOCUMENT_TOO_LARGE);
        }
        byte[] content;
        try {
            content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, max + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentView added = applications.addDocument(reference, subject(), kind, name, content);
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @GET
    @Path("{reference}/documents/{documentId}")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    @RolesAllowed({"citizen", "staff", "admin"})
    @Operation(summary = "A document: to view in the browser, or download=true to save it",
            description = "Served with nosniff and a sandbox: the file can never run as a page of the portal.")
    @APIResponse(responseCode = "200", description = "The document as it was added.")
    @APIResponse(responseCode = "404", description = "No such document of an application of yours (staff: sent in).")
    public Response document(@PathParam("reference") String reference, @PathParam("documentId") String documentId,
                             @QueryParam("download") String download) {
        UUID id = Uuids.parse(documentId)
                .orElseThrow(() -> new PermitApplicationException(PermitApplicationException.Reason.NOT_FOUND));
        DocumentContent document = applications.document(reference, id, subject(), staff());
        return Response.ok(document.bytes(), document.contentType()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Disposition", (flag(download) ? "attachment" : "inline") + "; filename=\""
                        + document.fileName().replace("\"", "") + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @DELETE
    @Path("{reference}/documents/{documentId}")
    @RolesAllowed("citizen")
    @Operation(summary = "Remove a document from a draft. Audited.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "404", description = "No such document of an application of yours.")
    @APIResponse(responseCode = "409", description = "Not a draft any more.")
    public Response removeDocument(@PathParam("reference") String reference,
                                   @PathParam("documentId") String documentId) {
        UUID id = Uuids.parse(documentId)
                .orElseThrow(() -> new PermitApplicationException(PermitApplicationException.Reason.NOT_FOUND));
        applications.removeDocument(reference, subject(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{reference}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("citizen")
    @Operation(summary = "Submit the draft to the city",
            description = "Body: {declaration: true}: the applicant declares the information true. Every required "
                    + "kind of document must be there. The decision deadline is today plus permit.decision.days. "
                    + "Audited.")
    @APIResponse(responseCode = "200", description = "The application, SUBMITTED, with its decision deadline.")
    @APIResponse(responseCode = "400", description = "No declaration, or required documents missing (listed).")
    @APIResponse(responseCode = "404", description = "No such application of yours.")
    @APIResponse(responseCode = "409", description = "Submitted before (or withdrawn).")
    public ApplicationView submit(@PathParam("reference") String reference, String body) {
        PermitApplicationRequests.Submit request = read(body, PermitApplicationRequests.Submit.class);
        return applications.submit(reference, subject(), Boolean.TRUE.equals(request.declaration()));
    }

    @POST
    @Path("{reference}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("citizen")
    @Operation(summary = "Answer the city's request for information",
            description = "Body: {text}. Add documents first if the answer needs them. The decision term runs "
                    + "again, its deadline moved on by the days it waited. Audited.")
    @APIResponse(responseCode = "200", description = "The application, SUBMITTED again.")
    @APIResponse(responseCode = "400", description = "No text, or too long.")
    @APIResponse(responseCode = "404", description = "No such application of yours.")
    @APIResponse(responseCode = "409", description = "No information is requested.")
    public ApplicationView answer(@PathParam("reference") String reference, String body) {
        return applications.answer(reference, subject(), read(body, PermitApplicationRequests.Message.class).text());
    }

    @POST
    @Path("{reference}/withdrawal")
    @RolesAllowed("citizen")
    @Operation(summary = "Withdraw the application (before a decision). Audited.")
    @APIResponse(responseCode = "200", description = "The application, WITHDRAWN.")
    @APIResponse(responseCode = "404", description = "No such application of yours.")
    @APIResponse(responseCode = "409", description = "Decided or withdrawn already.")
    public ApplicationView withdraw(@PathParam("reference") String reference) {
        return applications.withdraw(reference, subject());
    }

    @PUT
    @Path("{reference}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Give the application to a staff member, or to nobody",
            description = "Body: {assignee: \"me\", a staff subject seen at the permit desk, or null}. Audited.")
    @APIResponse(responseCode = "200", description = "The application.")
    @APIResponse(responseCode = "400", description = "Not a staff member seen at the permit desk.")
    @APIResponse(responseCode = "404", description = "No such application sent in.")
    @APIResponse(responseCode = "409", description = "Decided or withdrawn.")
    public ApplicationView assign(@PathParam("reference") String reference, String body) {
        String assignee = read(body, PermitApplicationRequests.Assign.class).assignee();
        String who = assignee == null || assignee.isBlank() ? null
                : "me".equals(assignee.strip()) ? subject() : assignee.strip();
        if (subject().equals(who)) {
            // Known at the permit desk by the name the sign-in gave (none for an API token).
            applications.seen(subject(), identity.currentClaims().name());
        }
        return applications.assign(reference, who, subject());
    }

    @POST
    @Path("{reference}/information-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Ask the applicant for information",
            description = "Body: {text}: the question the applicant reads. The decision term pauses until they "
                    + "answer. Audited.")
    @APIResponse(responseCode = "200", description = "The application, INFORMATION_REQUESTED.")
    @APIResponse(responseCode = "400", description = "No text, or too long.")
    @APIResponse(responseCode = "404", description = "No such application sent in.")
    @APIResponse(responseCode = "409", description = "Not with the city (asked already, decided or withdrawn).")
    public ApplicationView requestInformation(@PathParam("reference") String reference, String body) {
        return applications.requestInformation(reference, read(body, PermitApplicationRequests.Message.class).text(),
                subject());
    }

    @POST
    @Path("{reference}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Decide: grant or refuse, with the reason",
            description = "Body: {decision: GRANTED or REFUSED, reason: the text the applicant reads}. Audited.")
    @APIResponse(responseCode = "200", description = "The application, decided.")
    @APIResponse(responseCode = "400", description = "No such decision, or no reason.")
    @APIResponse(responseCode = "404", description = "No such application sent in.")
    @APIResponse(responseCode = "409", description = "Decided or withdrawn already.")
    public ApplicationView decide(@PathParam("reference") String reference, String body) {
        PermitApplicationRequests.Decide request = read(body, PermitApplicationRequests.Decide.class);
        return applications.decide(reference, request.decision(), request.reason(), subject());
    }

    private boolean staff() {
        return security.isUserInRole("staff") || security.isUserInRole("admin");
    }

    private String subject() {
        return security.getUserPrincipal().getName();
    }

    private String assignee(String text) {
        String a = text == null ? "" : text.strip();
        return switch (a) {
            case "", "any" -> null;
            case "none" -> ApplicationQuery.NOBODY;
            case "me" -> subject();
            default -> a;
        };
    }

    private static Set<ApplicationStatus> statuses(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<ApplicationStatus> statuses = EnumSet.noneOf(ApplicationStatus.class);
        for (String part : text.split(",")) {
            ApplicationStatus s = ApplicationStatus.parse(part);
            if (s == null || s == ApplicationStatus.DRAFT) {
                throw new InvalidRequestException(INVALID, "status is any of " + List.of(ApplicationStatus.values())
                        .subList(1, ApplicationStatus.values().length));
            }
            statuses.add(s);
        }
        return statuses;
    }

    private static boolean flag(String text) {
        if (text == null || text.isBlank() || text.strip().equals("false")) {
            return false;
        }
        if (text.strip().equals("true")) {
            return true;
        }
        throw new InvalidRequestException(INVALID, "a flag is true or false");
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The body as the request it should be; anything else (not JSON, wrong kinds of values) is a 400. */
    private static <T> T read(String body, Class<T> type) {
        T value = RequestBodies.readOrNull(body, type, INVALID);
        if (value == null) {
            throw new InvalidRequestException(INVALID, "the body is the JSON object this operation takes");
        }
        return value;
    }

    private static LocalDate date(String text) {
        return RequestBodies.date(text, "date", INVALID);
    }
}
