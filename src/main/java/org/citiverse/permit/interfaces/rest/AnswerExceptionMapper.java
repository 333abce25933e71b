package org.citiverse.permit.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citiverse.permit.application.AnswerException;
import org.citiverse.shared.interfaces.rest.Problem;

/** An answer a permit question cannot take, as a 400 naming the question and what is wrong. */
@Provider
public class AnswerExceptionMapper implements ExceptionMapper<AnswerException> {

    @Override
    public Response toResponse(AnswerException e) {
        String problem = e.messageKey().substring("permit.answer.".length());
        return Problem.response(Response.Status.BAD_REQUEST, "permit/answer-invalid", "inputs." + e.question() + ": "
                + switch (problem) {
                    case "required", "choose" -> "an answer is needed";
                    case "number" -> "a number is needed";
                    case "positive" -> "a number greater than 0 is needed";
                    case "not-negative" -> "a number of 0 or more is needed";
                    case "too-large" -> "at most " + e.params().get(0);
                    case "too-long" -> "at most " + e.params().get(0) + " characters";
                    default -> problem;
                } + (problem.equals("choose") ? " (one of the question's values)" : ""));
    }
}
