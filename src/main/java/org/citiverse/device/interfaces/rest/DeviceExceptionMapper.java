package org.citiverse.device.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citiverse.device.domain.DeviceException;
import org.citiverse.shared.interfaces.rest.Problem;

/** A broken device rule as a problem: 404 unknown, 409 taken or no device, 503 not configured, else 400. */
@Provider
public class DeviceExceptionMapper implements ExceptionMapper<DeviceException> {

    @Override
    public Response toResponse(DeviceException e) {
        Response.Status status = switch (e.reason()) {
            case NOT_FOUND, COMMAND_NOT_FOUND -> Response.Status.NOT_FOUND;
            case ID_TAKEN, NO_DEVICE -> Response.Status.CONFLICT;
            case CREDENTIALS_NOT_CONFIGURED -> Response.Status.SERVICE_UNAVAILABLE;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            default -> Response.Status.BAD_REQUEST;
        };
        return Problem.response(status, e.messageKey().replace(".error.", "/"), switch (e.reason()) {
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
                    + "without one) may change its credential.";
        });
    }
}
