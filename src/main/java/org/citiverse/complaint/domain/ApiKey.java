package org.citiverse.complaint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import org.citiverse.shared.domain.PlainText;
import org.citiverse.shared.domain.Sha256;

/**
 * The key of a third-party app that files requests through Open311. The key is shown once when it
 * is made; only its hash is kept. A revoked key is kept so its requests still name their app.
 */
@Entity
@Table(name = "complaint_api_key")
public class ApiKey {

    public static final int MAX_NAME = 80;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private int version;

    protected ApiKey() {
        // for JPA
    }

    private ApiKey(String name, String keyHash, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.keyHash = keyHash;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** A new key for an app: the key in clear (to show once) and the entity that keeps its hash. */
    public static Issued issue(String appName, String createdBy, Instant now) {
        String name = PlainText.clean(appName, MAX_NAME);
        if (name == null) {
            throw new ComplaintException(ComplaintException.Reason.KEY_NAME_INVALID, "name");
        }
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new ApiKey(name, hash(key), createdBy, now), key);
    }

    /** A new key and its clear text. */
    public record Issued(ApiKey entity, String key) {
    }

    public static String hash(String key) {
        return Sha256.hex("open311-key:" + key);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean active() {
        return revokedAt == null;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiKey k && Objects.equals(id, k.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
