package org.citiverse.device.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citiverse.device.domain.ClaimAttempts;
import org.citiverse.device.domain.DeviceException;
import org.citiverse.shared.interfaces.rest.Problem;

/**
 * A broken device rule as a problem: 404 unknown, 409 taken, claimed or nothing to act on, 429 too
 * many wrong claim codes, 503 not configured, else 400.
 */
@Provider
public class DeviceExceptionMapper implements ExceptionMapper<DeviceException> {

    @Override
    public Response toResponse(DeviceException e) {
        Response.Status status = switch (e.reason()) {
            case NOT_FOUND, COMMAND_NOT_FOUND, NO_DESCRIPTION, HOUSEHOLD_NOT_FOUND -> Response.Status.NOT_FOUND;
            case ID_TAKEN, NO_DEVICE, NO_TWIN, ALREADY_CLAIMED -> Response.Status.CONFLICT;
            case TOO_MANY_CLAIM_ATTEMPTS -> Response.Status.TOO_MANY_REQUESTS;
            case CREDENTIALS_NOT_CONFIGURED -> Response.Status.SERVICE_UNAVAILABLE;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            default -> Response.Status.BAD_REQUEST;
        };
        Response problem = Problem.response(status, e.messageKey().replace(".error.", "/"), describe(e.reason()));
        return e.reason() != DeviceException.Reason.TOO_MANY_CLAIM_ATTEMPTS ? problem : Response.fromResponse(problem)
                .header(HttpHeaders.RETRY_AFTER, ClaimAttempts.WINDOW.toSeconds()).build();
    }

    private static String describe(DeviceException.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> "There is no device with this id.";
            case ID_INVALID -> "id must be 1-100 letters, digits, '.', '_', ':' or '-', as the device's messages carry it.";
            case ID_TAKEN -> "A device with this id is registered already.";
            case NAME_INVALID -> "name must be 1-120 characters without control characters.";
            case PROFILE_INVALID -> "profile must be 1-40 lower-case letters, digits or dashes, such as doorbell.";
            case CREDENTIALS_NOT_CONFIGURED -> "Device credentials are not configured on this server "
                    + "(device.credentials.secret, at least 16 characters).";
            case NO_DEVICE -> "No active device acts for this twin.";
            case COMMAND_NOT_FOUND -> "There is no command with this id that you may see.";
            case PARAMETERS_INVALID -> "parameters must be a JSON object of at most 2000 characters.";
            case FORBIDDEN -> "Only those who administer the device's twin (city administrators for a device "
                    + "without one) may change its credential, description or claim code.";
            case NO_TWIN -> "The device reports for no twin, so there is nothing to describe; link it to a twin first.";
            case NO_DESCRIPTION -> "The device has not described itself and its profile is not a built-in one.";
            case ALREADY_CLAIMED -> "A household has claimed this device already.";
            case CLAIM_CODE_UNKNOWN -> "This claim code does not match a device. Check it, or ask for a new one.";
            case CLAIM_CODE_EXPIRED -> "This claim code has expired. Ask for a new one.";
            case CLAIM_CODE_USED -> "This claim code has been used already. Ask for a new one.";
            case TOO_MANY_CLAIM_ATTEMPTS -> "Too many wrong claim codes were entered for this household within the "
                    + "hour. Try again later.";
            case HOUSEHOLD_NOT_FOUND -> "You are not in a household with this id, or the device is not in it.";
        };
    }
}
