package org.citiverse.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What CitiVerse keeps about a signed-in person, and nothing more: the identity provider's
 * subject, the name to address them by, their language and, only if they give it, an e-mail
 * address for notifications. Created on first sign-in.
 */
@Entity
@Table(name = "identity_citizen_profile")
public class CitizenProfile {

    public static final int MAX_DISPLAY_NAME = 80;
    public static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    private UUID id;

    @Column(name = "subject", nullable = false, unique = true, length = 255)
    private String subject;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
    private String displayName;

    @Column(name = "preferred_language", nullable = false, length = 8)
    private String preferredLanguage;

    @Column(name = "email", length = MAX_EMAIL)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected CitizenProfile() {
        // for JPA
    }

    public CitizenProfile(String subject, String displayName, String preferredLanguage, Instant now) {
        this.id = UUID.randomUUID();
        this.subject = Objects.requireNonNull(subject);
        this.createdAt = now;
        change(displayName, preferredLanguage, null, now);
    }

    /** Applies a citizen's edit; rejects what the portal's form would not have let through. */
    public final void change(String newDisplayName, String newLanguage, String newEmail, Instant now) {
        String name = newDisplayName == null ? "" : newDisplayName.strip();
        if (name.isEmpty() || name.length() > MAX_DISPLAY_NAME) {
            throw new IllegalArgumentException("display name must be 1-" + MAX_DISPLAY_NAME + " characters");
        }
        String mail = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
        if (mail != null && (mail.length() > MAX_EMAIL || !EMAIL.matcher(mail).matches())) {
            throw new IllegalArgumentException("e-mail address is not valid");
        }
        this.displayName = name;
        this.preferredLanguage = Objects.requireNonNull(newLanguage);
        this.email = mail;
        this.updatedAt = now;
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public String email() {
        return email;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Increases with every saved change (optimistic locking). */
    public int version() {
        return version;
    }
}
