package org.citiverse.permit.domain;

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
 * A document of a permit application (a site plan, a drawing, a photo, anything else), stored in the
 * database with the application as sent; its type was read from its bytes ({@link DocumentRules}).
 */
@Entity
@Table(name = "permit_application_document")
public class ApplicationDocument {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "kind", nullable = false, length = 20)
    private String kind;

    @Column(name = "file_name", nullable = false, length = DocumentRules.MAX_NAME)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 30)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ApplicationDocument() {
        // for JPA
    }

    /**
     * A document, checked: kind, type from the bytes, size.
     *
     * @throws PermitApplicationException DOCUMENT_KIND_INVALID, DOCUMENT_EMPTY, DOCUMENT_TOO_LARGE,
     *                                    DOCUMENT_TYPE_INVALID
     */
    public ApplicationDocument(long applicationId, String kind, String fileName, byte[] content, long maxBytes,
                               String uploadedBy, Instant now) {
        this.kind = DocumentRules.kind(kind);
        this.fileName = DocumentRules.fileName(fileName);
        this.contentType = DocumentRules.contentType(content, maxBytes, this.fileName);
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public UUID id() {
        return id;
    }

    public Long applicationId() {
        return applicationId;
    }

    public String kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicationDocument d && Objects.equals(id, d.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
