package org.citiverse.permit.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.citiverse.permit.domain.DocumentRules;
import org.citiverse.permit.domain.PermitApplication;
import org.citiverse.permit.domain.PermitApplicationException;

/**
 * A broken rule of permit applications as a problem: 404 an application (or document) that is not
 * there or not the caller's, 409 a step its status does not allow (a second submit) or one document
 * too many, 413 a document too large, 415 a document that is no PDF, JPEG or PNG, 422 a check that
 * does not need a permit, else 400; {@code problems} says what exactly (missing kinds, the file).
 */
@Provider
public class PermitApplicationExceptionMapper implements ExceptionMapper<PermitApplicationException> {

    @Override
    public Response toResponse(PermitApplicationException e) {
        int status = switch (e.reason()) {
            case NOT_FOUND -> Response.Status.NOT_FOUND.getStatusCode();
            case WRONG_STATUS, DOCUMENT_TOO_MANY -> Response.Status.CONFLICT.getStatusCode();
            case DOCUMENT_TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode();
            case DOCUMENT_TYPE_INVALID -> Response.Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode();
            case CHECK_NOT_PERMIT_REQUIRED -> PermitProblem.UNPROCESSABLE;
            default -> Response.Status.BAD_REQUEST.getStatusCode();
        };
        return PermitProblem.response(status, "permit-application/"
                + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'), explain(e.reason()), e.details());
    }

    static String explain(PermitApplicationException.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> "There is no such application (or document) of yours.";
            case CHECK_NOT_PERMIT_REQUIRED -> "Only a check whose outcome is PERMIT_REQUIRED can become an "
                    + "application.";
            case WRONG_STATUS -> "The application's status does not allow this step (it was submitted, decided or "
                    + "withdrawn already, or no information is requested).";
            case DESCRIPTION_INVALID -> "description is text of at most " + PermitApplication.MAX_DESCRIPTION
                    + " characters.";
            case CONTACT_INVALID -> "contactEmail is an e-mail address, contactPhone a phone number; both optional.";
            case DECLARATION_MISSING -> "Declare that the information is true: {\"declaration\": true}.";
            case DOCUMENTS_MISSING -> "Add the required documents first; the missing kinds are listed.";
            case DOCUMENT_KIND_INVALID -> "kind is one of " + String.join(", ", DocumentRules.KINDS) + ".";
            case DOCUMENT_EMPTY -> "The document is empty.";
            case DOCUMENT_TOO_LARGE -> "The document is larger than permit.application.document.max.bytes.";
            case DOCUMENT_TYPE_INVALID -> "A document is a PDF, JPEG or PNG file (read from its content).";
            case DOCUMENT_TOO_MANY -> "The application has as many documents as permit.application.document.max.count "
                    + "allows.";
            case MESSAGE_INVALID -> "The text is required, at most " + PermitApplication.MAX_MESSAGE + " characters.";
            case DECISION_INVALID -> "decision is GRANTED or REFUSED.";
            case REASON_MISSING -> "A decision needs its reason (text of at most " + PermitApplication.MAX_MESSAGE
                    + " characters).";
            case ASSIGNEE_INVALID -> "assignee is \"me\", null (nobody) or the subject of a staff member seen at the "
                    + "permit desk.";
        };
    }
}
