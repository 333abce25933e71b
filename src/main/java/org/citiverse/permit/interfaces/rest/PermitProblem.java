package org.citiverse.permit.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.citiverse.shared.interfaces.rest.Problem;

/** The shared problem format with what exactly was wrong: each problem of a model (with its line), each failed test case. */
public record PermitProblem(String type, String title, int status, String detail, List<String> problems) {

    static Response response(Response.Status status, String type, String detail, List<String> problems) {
        return Response.status(status).type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .entity(new PermitProblem(type, status.getReasonPhrase(), status.getStatusCode(), detail, problems))
                .build();
    }
}
