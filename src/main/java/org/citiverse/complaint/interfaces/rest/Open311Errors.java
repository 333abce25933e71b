package org.citiverse.complaint.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citiverse.complaint.interfaces.rest.Open311Body.Format;
import org.citiverse.complaint.interfaces.rest.Open311Body.Items;

/** Errors as GeoReport v2 writes them: a list of code (the HTTP status) and description. */
final class Open311Errors {

    private Open311Errors() {
    }

    static Response response(Format format, Response.Status status, String description) {
        return Response.status(status).type(format.mediaType())
                .entity(Open311Body.write(format, "errors", errors(status.getStatusCode(), description))).build();
    }

    /** The body of an error answer, under the root element "errors". */
    static Items errors(int code, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("description", description);
        return new Items("error", List.of(error));
    }

    /** The format a path asks for by its suffix; JSON when it names none we know. */
    static Format formatOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? Format.JSON : Format.of(path.substring(dot + 1)).orElse(Format.JSON);
    }
}
