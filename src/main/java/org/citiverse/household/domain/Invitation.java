package org.citiverse.household.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.citiverse.household.domain.HouseholdException.Reason;
import org.citiverse.shared.domain.PlainText;
import org.citiverse.shared.domain.Sha256;

/**
 * An owner's invitation to join their household. The owner passes the code on in person or by
 * message (CitiVerse needs no address of the person invited); whoever signs in with the code can
 * accept or decline it, once, before it expires. Only the code's hash is stored.
 */
@Entity
@Table(name = "household_invitation")
public class Invitation {

    public static final int MAX_NOTE = 80;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "code_hash", nullable = false, unique = true, length = 64)
    private String codeHash;

    @Column(name = "invited_by", nullable = false, length = 255)
    private String invitedBy;

    @Column(name = "note", length = MAX_NOTE)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private InvitationStatus status;

    @Column(name = "answered_by", length = 255)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private int version;

    protected Invitation() {
        // for JPA
    }

    private Invitation(UUID householdId, String codeHash, String invitedBy, String note, Instant now, Duration valid) {
        this.id = UUID.randomUUID();
        this.householdId = householdId;
        this.codeHash = codeHash;
        this.invitedBy = invitedBy;
        this.note = note;
        this.createdAt = now;
        this.expiresAt = now.plus(valid);
        this.status = InvitationStatus.PENDING;
    }

    /** A new invitation and its code; the code exists only in the returned value. */
    public static Issued issue(Household household, String ownerSubject, String note, Instant now, Duration valid) {
        household.requireOwner(ownerSubject);
        // The note is optional: blank means none; anything else must be plain text.
        String cleanNote = note == null || note.isBlank() ? null : PlainText.clean(note, MAX_NOTE);
        if (note != null && !note.isBlank() && cleanNote == null) {
            throw new HouseholdException(Reason.NOTE_INVALID);
        }
        byte[] secret = new byte[15];
        RANDOM.nextBytes(secret);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new Invitation(household.id(), hash(code), ownerSubject, cleanNote, now, valid), code);
    }

    /** The invitation and the code to pass on. */
    public record Issued(Invitation invitation, String code) {
    }

    /** How codes are looked up: never stored or compared in clear. */
    public static String hash(String code) {
        return Sha256.hex(code);
    }

    /** A code as a person may type or paste it: the right length and alphabet, nothing else. */
    public static boolean isWellFormed(String code) {
        return code != null && code.matches("[A-Za-z0-9_-]{20}");
    }

    public void accept(Household household, String subject, Instant now) {
        requirePending(now);
        household.join(subject, now);
        answer(InvitationStatus.ACCEPTED, subject, now);
    }

    public void decline(String subject, Instant now) {
        requirePending(now);
        answer(InvitationStatus.DECLINED, subject, now);
    }

    public void withdraw(Household household, String ownerSubject, Instant now) {
        household.requireOwner(ownerSubject);
        if (status != InvitationStatus.PENDING) {
            throw new HouseholdException(Reason.INVITATION_ANSWERED);
        }
        answer(InvitationStatus.WITHDRAWN, ownerSubject, now);
    }

    public boolean isOpen(Instant now) {
        return status == InvitationStatus.PENDING && now.isBefore(expiresAt);
    }

    /** Refuses an invitation that can no longer be answered: used, declined, withdrawn or expired. */
    public void requirePending(Instant now) {
        if (status != InvitationStatus.PENDING) {
            throw new HouseholdException(Reason.INVITATION_ANSWERED);
        }
        if (!now.isBefore(expiresAt)) {
            throw new HouseholdException(Reason.INVITATION_EXPIRED);
        }
    }

    private void answer(InvitationStatus newStatus, String subject, Instant now) {
        this.status = newStatus;
        this.answeredBy = subject;
        this.answeredAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public String note() {
        return note;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public InvitationStatus status() {
        return status;
    }
}
