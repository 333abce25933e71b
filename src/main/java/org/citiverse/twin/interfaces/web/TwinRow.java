package org.citiverse.twin.interfaces.web;

import jakarta.json.JsonValue;
import java.util.List;
import org.citiverse.twin.application.TwinView;

/**
 * A twin as a row of a page: its name, type, where it sits in its home (depth), and its state in
 * words ("open: true", "battery: 87").
 */
public record TwinRow(String id, String name, String type, String owner, int depth, List<String> state,
                      String observedAt, String place) {

    static TwinRow of(TwinView t, int depth) {
        List<String> state = t.properties().keySet().stream()
                .map(p -> p + ": " + text(t.state().getOrDefault(p, JsonValue.NULL))).toList();
        String place = t.location() == null ? null
                : String.format(java.util.Locale.ROOT, "%.5f, %.5f", t.location().latitude(), t.location().longitude());
        return new TwinRow(t.id(), t.name(), t.type(), t.owner(), depth, state,
                t.stateObservedAt() == null ? null : t.stateObservedAt().toString(), place);
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> "–";
            case STRING -> ((jakarta.json.JsonString) value).getString();
            default -> value.toString();
        };
    }
}
