package org.citiverse.notification.interfaces.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.citiverse.notification.application.VisitView;
import org.citiverse.shared.domain.JsonText;

/**
 * A visit as the API and the event stream show it. Built as JSON directly, because events are
 * written from the committing thread, outside any request's providers.
 */
final class VisitJson {

    private VisitJson() {
    }

    static JsonObject of(VisitView v, String apiBase) {
        JsonObjectBuilder json = JsonText.JSON.createObjectBuilder()
                .add("id", v.id().toString())
                .add("door", v.door())
                .add("rangAt", v.rangAt().toString())
                .add("expiresAt", v.expiresAt().toString())
                .add("status", v.status())
                .add("lock", v.lock());
        text(json, "answeredBy", v.answeredBy());
        time(json, "answeredAt", v.answeredAt());
        time(json, "outcomeAt", v.outcomeAt());
        if (v.snapshot()) {
            json.add("snapshot", apiBase + "/v1/visits/" + v.id() + "/snapshot");
        } else {
            json.addNull("snapshot");
        }
        return json.build();
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static void time(JsonObjectBuilder json, String name, Instant value) {
        text(json, name, value == null ? null : value.toString());
    }
}
