package org.citiverse.complaint.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A photo of a report, numbered from 1 in the order it was added: the cleaned pixels of
 * {@link Photo}, never the upload. Staff may hide it (a face, a number plate); hidden photos are
 * kept for the record but no longer published.
 */
@Entity
@Table(name = "complaint_photo")
public class RequestPhoto {

    public static final int MAX_PER_REQUEST = 3;

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "image", nullable = false)
    private byte[] image;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RequestPhoto() {
        // for JPA
    }

    public RequestPhoto(long requestId, int position, Photo photo, Instant now) {
        if (position < 1 || position > MAX_PER_REQUEST) {
            throw new ComplaintException(ComplaintException.Reason.PHOTO_TOO_MANY, "photo");
        }
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.position = position;
        this.contentType = photo.contentType();
        this.image = photo.bytes();
        this.width = photo.width();
        this.height = photo.height();
        this.createdAt = now;
    }

    public void hide(boolean hide) {
        this.hidden = hide;
    }

    public Long requestId() {
        return requestId;
    }

    public int position() {
        return position;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] image() {
        return image.clone();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean hidden() {
        return hidden;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestPhoto p && Objects.equals(id, p.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
