package org.citiverse.notification.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.citiverse.notification.application.GuestNotifications;
import org.citiverse.notification.application.NotificationPreferences;
import org.citiverse.shared.domain.JsonText;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's notification preferences: quiet hours (city time) and sound. */
@Path("/v1/notification-preferences")
@Tag(name = "Guest visits")
@RolesAllowed("citizen")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationPreferenceResource {

    private static final Set<String> FIELDS = Set.of("quietFrom", "quietUntil", "sound", "email");
    private static final String INVALID = "notification-preferences/invalid-request";

    @Inject
    GuestNotifications notifications;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The caller's quiet hours and sound setting")
    @APIResponse(responseCode = "200", description = "The preferences (no quiet hours and no sound at first).")
    public JsonObject get() {
        return json(notifications.preferences(security.getUserPrincipal().getName()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's quiet hours and sound setting",
            description = "Body: {\"quietFrom\": \"22:00\" | null, \"quietUntil\": \"07:00\" | null, \"sound\": true, "
                    + "\"email\": false}. Quiet hours are in the city's local time and may pass midnight; rings during "
                    + "them wait in the visit log. email: a ring while the caller is not signed in is e-mailed to the "
                    + "address in their profile (when the city has configured e-mail).")
    @APIResponse(responseCode = "200", description = "The preferences as saved.")
    @APIResponse(responseCode = "400", description = "Malformed, a time that is not HH:MM, or only one of the two.")
    public JsonObject put(JsonValue body) {
        if (!(body instanceof JsonObject json) || !FIELDS.containsAll(json.keySet())
                || !flag(json, "sound") || !flag(json, "email")) {
            throw new InvalidRequestException(INVALID, "{\"quietFrom\": \"HH:MM\" | null, \"quietUntil\": \"HH:MM\" | null, "
                    + "\"sound\": true | false, \"email\": true | false}");
        }
        NotificationPreferences wanted = new NotificationPreferences(time(json, "quietFrom"), time(json, "quietUntil"),
                json.get("sound") == JsonValue.TRUE, json.get("email") == JsonValue.TRUE);
        return json(notifications.changePreferences(security.getUserPrincipal().getName(), wanted));
    }

    /** Absent (false), or true or false. */
    private static boolean flag(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value == null || value == JsonValue.TRUE || value == JsonValue.FALSE;
    }

    private static LocalTime time(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text) || text.getString().length() != 5) {
            throw new InvalidRequestException(INVALID, name + " is a time HH:MM or null");
        }
        try {
            return LocalTime.parse(text.getString());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(INVALID, name + " is a time HH:MM or null");
        }
    }

    private static JsonObject json(NotificationPreferences p) {
        JsonObjectBuilder json = JsonText.JSON.createObjectBuilder();
        if (p.quietFrom() == null) {
            json.addNull("quietFrom").addNull("quietUntil");
        } else {
            json.add("quietFrom", p.quietFrom().toString()).add("quietUntil", p.quietUntil().toString());
        }
        return json.add("sound", p.sound()).add("email", p.email()).build();
    }
}
