package org.citiverse.complaint.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.shared.interfaces.rest.Problem;

/**
 * A broken complaint rule: in the Open311 error format on /open311 (in the path's format), as a
 * problem elsewhere. 404 for what does not exist, 409 for a change made meanwhile, else 400 (also
 * for a code that is taken: the caller chose it).
 */
@Provider
public class ComplaintExceptionMapper implements ExceptionMapper<ComplaintException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ComplaintException e) {
        Response.Status status = switch (e.reason()) {
            case NOT_FOUND, CATEGORY_NOT_FOUND, QUESTION_NOT_FOUND -> Response.Status.NOT_FOUND;
            case CHANGED_ELSEWHERE, CATEGORY_CHANGED_ELSEWHERE -> Response.Status.CONFLICT;
            default -> Response.Status.BAD_REQUEST;
        };
        String detail = explain(e);
        String path = uri == null ? "" : uri.getPath();
        if (path.startsWith("/open311/") || path.startsWith("open311/")) {
            return Open311Errors.response(Open311Errors.formatOf(path), status, detail);
        }
        return Problem.response(status, "complaint/" + e.reason().name(), detail);
    }

    static String explain(ComplaintException e) {
        String field = e.field() == null ? "" : e.field();
        String attribute = "attribute[" + field + "]";
        return switch (e.reason()) {
            case CATEGORY_UNKNOWN -> "service_code is not a service of this city.";
            case CATEGORY_NOT_ANONYMOUS -> "This service needs a way to reach the reporter: give an email or phone.";
            case LOCATION_MISSING -> "Give the place: lat and long, address_string or address_id.";
            case LOCATION_INVALID -> "lat and long must both be given as decimal degrees (lat -90 to 90, long -180 "
                    + "to 180).";
            case LOCATION_OUTSIDE_CITY -> "The place is outside the city; report it to the city it is in.";
            case ADDRESS_INVALID -> field + " is too long or holds control characters.";
            case DESCRIPTION_INVALID -> "description is at most 4000 characters of text.";
            case ATTRIBUTE_MISSING -> attribute + " is required for this service.";
            case ATTRIBUTE_INVALID -> attribute + " is not an allowed answer (see the service definition).";
            case ATTRIBUTE_UNKNOWN -> attribute + " is not a question of this service.";
            case CONTACT_INVALID -> field + " is not valid.";
            case MEDIA_URL_INVALID -> "media_url must be an http or https URL of at most 500 characters.";
            case NOTE_INVALID -> "Give a note of at most 2000 characters, or a new status.";
            case STATUS_INVALID -> "status is not one this request can take now.";
            case NOT_FOUND -> "There is no such service request.";
            case CHANGED_ELSEWHERE -> "The request was changed meanwhile; reload it and try again.";
            case KEY_NAME_INVALID -> "name is the app's name: 1 to 80 characters.";
            case PHOTO_TOO_MANY -> "A report has at most 3 photos.";
            case PHOTO_EMPTY -> "The photo is empty.";
            case PHOTO_TOO_LARGE -> "A photo is at most 8 MiB.";
            case PHOTO_NOT_AN_IMAGE -> "A photo is a JPEG or PNG image.";
            case PHOTO_TOO_MANY_PIXELS -> "A photo is at most 40 megapixels and 12,000 pixels on a side.";
            case PHOTO_UNREADABLE -> "The photo could not be read.";
            case CATEGORY_NAME_INVALID -> "Both names are 1 to 80 characters.";
            case SERVICE_LEVEL_INVALID -> "The service level is 1 to 365 days.";
            case TEMPLATE_INVALID -> "A response needs a title and its text in both languages.";
            case ASSIGNEE_INVALID -> "assignee is a staff member of the request's department who has used the back "
                    + "office (see /staff), \"me\", or null for nobody; and not the one it has now.";
            case PRIORITY_INVALID -> "priority is URGENT, HIGH, NORMAL or LOW, and not the one it has now.";
            case ADDRESS_UNKNOWN -> "address_id is not an address of the city's register (see /api/v1/addresses).";
            case FILTER_INVALID -> "A saved filter has a name of 1 to 60 characters and the queue's query string "
                    + "(status, category, department, overdue, source, order, assignee, priority, area) of at most "
                    + "1000 characters; at most 30 per person.";
            case CATEGORY_NOT_FOUND -> "There is no such service category.";
            case CATEGORY_CHANGED_ELSEWHERE -> "The category was changed meanwhile; read it again and send your "
                    + "change with its new version.";
            case CATEGORY_CODE_INVALID -> "code is 2 to 40 lower-case letters, digits and dashes, starting with a "
                    + "letter.";
            case CATEGORY_CODE_TAKEN -> "There is a category with this code already.";
            case CATEGORY_DESCRIPTION_INVALID -> field + " is 1 to 300 characters of text.";
            case CATEGORY_GROUP_INVALID -> field + " is 1 to 80 characters of text.";
            case KEYWORDS_INVALID -> "keywords are texts of at most 40 characters without commas, at most 300 "
                    + "characters together.";
            case DEPARTMENT_UNKNOWN -> "department is the code of an open department of the city.";
            case QUESTION_NOT_FOUND -> "The category has no question with this code.";
            case QUESTION_CODE_INVALID -> "code is 1 to 40 lower-case letters, digits and underscores, starting "
                    + "with a letter, and stays as it is.";
            case QUESTION_CODE_TAKEN -> "The category has a question with this code already.";
            case QUESTION_DATATYPE_INVALID -> "datatype is string, number, datetime, text, singlevaluelist or "
                    + "multivaluelist.";
            case QUESTION_DESCRIPTION_INVALID -> field + " is 1 to 200 characters of text.";
            case QUESTION_VALUES_INVALID -> "A list question has 1 to 30 values; other questions have none.";
            case QUESTION_VALUE_KEY_INVALID -> field + " is 1 to 40 lower-case letters, digits, dashes and "
                    + "underscores, starting with a letter or digit.";
            case QUESTION_VALUE_KEY_TAKEN -> field + " is the key of another value of this question.";
            case QUESTION_VALUE_NAME_INVALID -> field + " is 1 to 80 characters of text.";
            case QUESTIONS_TOO_MANY -> "A category has at most 20 questions, all of them together at most 8,000 "
                    + "characters as JSON.";
            case QUESTION_CANNOT_MOVE -> "The first question cannot move up, nor the last one down.";
        };
    }
}
