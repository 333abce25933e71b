package org.citiverse.permit.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.citiverse.permit.application.CheckReport;
import org.citiverse.permit.application.PermitJourney;
import org.citiverse.permit.interfaces.web.CheckDocument;
import org.citiverse.permit.interfaces.web.CheckPdf;
import org.citiverse.permit.interfaces.web.PermitWording;
import org.citiverse.shared.interfaces.web.LanguageSelection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A permit check not kept, as a PDF for anyone: computed from the parameters of its link (the
 * printable page's), nothing stored.
 */
@Path("/v1/permit-checks/pdf")
@Tag(name = "Permit checks", description = "Whether a planned activity needs a permit.")
public class PermitCheckPdfResource {

    @Inject
    PermitJourney journey;

    @GET
    @Produces("application/pdf")
    @PermitAll
    @Operation(summary = "A permit check as a PDF, from its inputs",
            description = "Parameters: addressId (or latitude and longitude), activity, and q.<name> for each answer "
                    + "the rules in force ask (numbers with a decimal point), lang (en, nl). The content is the "
                    + "printable page's, as a tagged PDF.")
    @APIResponse(responseCode = "200", description = "The PDF.")
    @APIResponse(responseCode = "400", description = "No place, no parcel there, or an answer missing or wrong.")
    public Response pdf(@Context UriInfo uri, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Map<String, String> p = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((k, v) -> {
            if (!v.isEmpty()) {
                p.put(k, v.get(0));
            }
        });
        CheckReport report = journey.check(journey.fromParameters(p));
        return pdf(report, lang, headers, "permit-check.pdf");
    }

    /** The PDF of a check in the language asked for (else the first the browser names that the portal speaks). */
    static Response pdf(CheckReport report, String lang, HttpHeaders headers, String fileName) {
        Locale locale = LanguageSelection.AVAILABLE.stream().map(LanguageSelection.Language::tag)
                .filter(t -> t.equals(lang)).findFirst().map(Locale::forLanguageTag)
                .or(() -> headers.getAcceptableLanguages().stream()
                        .filter(l -> LanguageSelection.AVAILABLE.stream().anyMatch(a -> a.tag().equals(l.getLanguage())))
                        .map(l -> Locale.forLanguageTag(l.getLanguage())).findFirst())
                .orElse(Locale.ENGLISH);
        byte[] bytes = CheckPdf.of(CheckDocument.of(report, new PermitWording(locale)), locale.toLanguageTag());
        return Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
