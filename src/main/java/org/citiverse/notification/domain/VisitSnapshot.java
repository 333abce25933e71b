package org.citiverse.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The camera's picture of a visitor: personal data, kept apart from the visit so it can be deleted
 * on its own (after the retention period, or sooner by a member). Only pictures that are what they
 * say they are (JPEG, PNG, WebP by their first bytes; SVG by its root element) and at most
 * {@link #MAX_BYTES} are taken.
 */
@Entity
@Table(name = "guest_visit_snapshot")
public class VisitSnapshot {

    public static final int MAX_BYTES = 48 * 1024;

    @Id
    @Column(name = "visit_id")
    private UUID visitId;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "image", nullable = false)
    private byte[] image;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    protected VisitSnapshot() {
        // for JPA
    }

    private VisitSnapshot(UUID visitId, String contentType, byte[] image, Instant takenAt) {
        this.visitId = visitId;
        this.contentType = contentType;
        this.image = image;
        this.takenAt = takenAt;
    }

    /** The picture in a {@code data:<type>;base64,<data>} URI for a visit, if it is a picture we take. */
    public static Optional<VisitSnapshot> fromDataUri(UUID visitId, String uri, Instant takenAt) {
        if (uri == null || !uri.startsWith("data:") || uri.length() > MAX_BYTES * 4 / 3 + 100) {
            return Optional.empty();
        }
        int comma = uri.indexOf(',');
        if (comma < 0 || !uri.substring(0, comma).endsWith(";base64")) {
            return Optional.empty();
        }
        String type = uri.substring("data:".length(), comma - ";base64".length());
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(uri.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length == 0 || bytes.length > MAX_BYTES || !looksLike(type, bytes)) {
            return Optional.empty();
        }
        return Optional.of(new VisitSnapshot(visitId, type, bytes, takenAt));
    }

    private static boolean looksLike(String type, byte[] b) {
        return switch (type) {
            case "image/jpeg" -> starts(b, 0xFF, 0xD8, 0xFF);
            case "image/png" -> starts(b, 0x89, 'P', 'N', 'G');
            case "image/webp" -> starts(b, 'R', 'I', 'F', 'F') && b.length > 12
                    && new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP");
            case "image/svg+xml" -> {
                String head = new String(b, 0, Math.min(b.length, 200), StandardCharsets.UTF_8).stripLeading();
                yield head.startsWith("<svg") || head.startsWith("<?xml");
            }
            default -> false;
        };
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    public UUID visitId() {
        return visitId;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] image() {
        return Arrays.copyOf(image, image.length);
    }

    public Instant takenAt() {
        return takenAt;
    }
}
