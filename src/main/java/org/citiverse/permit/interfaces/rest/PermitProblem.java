package org.citiverse.permit.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.citiverse.shared.interfaces.rest.Problem;

/** The shared problem format with what exactly was wrong: each problem of a model (with its line), each failed test case. */
public record PermitProblem(String type, String title, int status, String detail, List<String> problems) {

    /** 422: the request was understood but its content breaks a rule (failed test cases). */
    static final int UNPROCESSABLE = 422;

    static Response response(int status, String type, String detail, List<String> problems) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Unprocessable Content";
        return Response.status(status).type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .entity(new PermitProblem(type, title, status, detail, problems))
                .build();
    }
}
