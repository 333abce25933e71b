package org.citiverse.simulator.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A door camera (L2): takes a snapshot on command. The picture is a small generated image (a figure
 * at the door, the time stamped on it), handed back with the answer as a data URI — never reported as
 * state, so pictures of visitors do not end up in the twin's history.
 */
public final class Camera extends SimulatedDevice {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private String snapshot = "";
    private String snapshotAt = "";

    public Camera(String id, String name) {
        super(id, name);
    }

    @Override
    public String profile() {
        return "camera";
    }

    @Override
    public String twinType() {
        return "camera";
    }

    @Override
    public Map<String, String> properties() {
        return Map.of("lastSnapshotAt", "TEXT");
    }

    @Override
    public List<String> actions() {
        return List.of("snapshot");
    }

    @Override
    protected void state(JsonObjectBuilder values) {
        values.add("lastSnapshotAt", snapshotAt);
    }

    @Override
    protected boolean step(RandomGenerator random) {
        return false; // reports when it takes a picture (and its heartbeat)
    }

    @Override
    protected String carryOut(String command, JsonObject parameters, Instant now) {
        snapshotAt = now.toString();
        snapshot = "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(picture(now)
                .getBytes(StandardCharsets.UTF_8));
        return "snapshot taken";
    }

    @Override
    protected JsonObject result(String command) {
        return org.citiverse.shared.domain.JsonText.JSON.createObjectBuilder().add("image", snapshot).build();
    }

    static String picture(Instant at) {
        return "<svg xmlns='http://www.w3.org/2000/svg' width='160' height='120' viewBox='0 0 160 120'>"
                + "<rect width='160' height='120' fill='#d9d4c7'/><rect x='50' y='10' width='60' height='110'"
                + " fill='#6b4f3a'/><circle cx='80' cy='45' r='14' fill='#2f3b4c'/><rect x='62' y='60' width='36'"
                + " height='60' rx='8' fill='#2f3b4c'/><text x='4' y='114' font-family='monospace' font-size='11'"
                + " fill='#000'>" + STAMP.format(at) + " UTC</text></svg>";
    }
}
