package org.citiverse.complaint.application;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A service request as the public sees it, and, only for staff and its reporter, who filed it
 * ({@code reporter} null otherwise).
 *
 * @param deviceFaulty for a request a device raised: whether the device still reports the fault; else null
 * @param photos       the numbers of its published photos (hidden ones too for staff)
 * @param description  what the reporter wrote (as moderated); none for the public when staff hid it
 * @param casework     who works it and its moderation: staff only, else null
 */
public record RequestView(long id, UUID token, String category, String categoryName, String department,
                          String status, String open311Status, String extendedStatus, String description,
                          JsonObject attributes, Double latitude, Double longitude, String address, String addressId,
                          String mediaUrl, String source, String publicNote, Instant requestedAt, Instant updatedAt,
                          Instant dueAt, Instant closedAt, boolean overdue, String twinId, Boolean deviceFaulty,
                          List<Integer> photos, Reporter reporter, String priority, Casework casework,
                          int version) {

    /** Who filed it and how to reach them: personal data, for staff and the reporter only. */
    public record Reporter(String subject, String apiApp, String name, String email, String phone) {
    }

    /**
     * Staff's side of the request: the colleague working it (subject and name, null when nobody),
     * whether its description is hidden from the public, and the reporter's words before staff
     * first edited them (null when never edited).
     */
    public record Casework(String assignee, String assigneeName, boolean descriptionHidden,
                           String originalDescription) {
    }

    /** The same request without personal data (a staff view's description stays as moderated). */
    public RequestView publicView() {
        return reporter == null && casework == null ? this : new RequestView(id, token, category, categoryName,
                department, status, open311Status, extendedStatus,
                casework != null && casework.descriptionHidden() ? null : description, attributes, latitude,
                longitude, address, addressId, mediaUrl, source, publicNote, requestedAt, updatedAt, dueAt, closedAt,
                overdue, twinId, deviceFaulty, photos, null, priority, null, version);
    }
}
