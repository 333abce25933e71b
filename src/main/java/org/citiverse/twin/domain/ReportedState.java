package org.citiverse.twin.domain;

import static org.citiverse.shared.domain.JsonText.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.citiverse.shared.domain.JsonText;
import org.citiverse.twin.domain.TwinException.Reason;

/**
 * A twin's reported state and the rules reports follow (REQ-DT-07): values must fit the twin's
 * property types; newer than the state, they change it; older (late data), they leave it as it is.
 * The twin entity applies reports through it, and so does the device pipeline's batch, which reads
 * and writes these columns as sets without loading entities.
 */
public final class ReportedState {

    private final String twinId;
    private final String type;
    private final JsonObject properties;
    private JsonObject state;
    private Instant observedAt;
    private long version;
    private boolean changed;

    public ReportedState(String twinId, String type, String propertiesJson, String stateJson, Instant observedAt,
                         long version) {
        this.twinId = twinId;
        this.type = type;
        this.properties = JsonText.object(propertiesJson);
        this.state = JsonText.object(stateJson);
        this.observedAt = observedAt;
        this.version = version;
    }

    /** Why these values cannot be reported (too large, unknown property, wrong type), if they cannot. */
    public Optional<Reason> problemWith(JsonObject values) {
        if (values.toString().length() > Twin.MAX_STATE_JSON) {
            return Optional.of(Reason.TOO_LARGE);
        }
        for (Map.Entry<String, JsonValue> e : values.entrySet()) {
            if (!properties.containsKey(e.getKey())) {
                return Optional.of(Reason.PROPERTY_UNKNOWN);
            }
            if (e.getValue().getValueType() != JsonValue.ValueType.NULL
                    && !PropertyType.valueOf(properties.getString(e.getKey())).accepts(e.getValue())) {
                return Optional.of(Reason.PROPERTY_TYPE);
            }
        }
        if (merged(values).toString().length() > Twin.MAX_STATE_JSON) {
            return Optional.of(Reason.TOO_LARGE);
        }
        return Optional.empty();
    }

    /**
     * Applies values observed at a time: newer than the state, the state changes; older, nothing
     * changes here (the history keeps them).
     *
     * @return whether the state changed
     * @throws TwinException for values that cannot be reported; nothing is applied
     */
    public boolean report(JsonObject values, Instant at) {
        problemWith(values).ifPresent(reason -> {
            throw new TwinException(reason);
        });
        if (observedAt != null && !at.isAfter(observedAt)) {
            return false;
        }
        state = merged(values);
        observedAt = at;
        version++;
        changed = true;
        return true;
    }

    private JsonObject merged(JsonObject values) {
        JsonObjectBuilder merged = JSON.createObjectBuilder(state);
        values.forEach(merged::add);
        return merged.build();
    }

    public String twinId() {
        return twinId;
    }

    public String type() {
        return type;
    }

    public JsonObject state() {
        return state;
    }

    public Instant observedAt() {
        return observedAt;
    }

    public long version() {
        return version;
    }

    /** Whether a report changed it since it was read. */
    public boolean changed() {
        return changed;
    }
}
