package org.citiverse.permit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A permit check a citizen kept: the least that answers "what did the city say, and why" later —
 * whose it is (the identity provider's subject, no name), the address id or parcel (no coordinates),
 * the activity and answers, what the city model computed, and the rules' answer. Never changed; the
 * owner deletes it.
 */
@Entity
@Table(name = "permit_saved_check")
public class SavedCheck {

    /** The most checks one citizen keeps. */
    public static final int MAX_PER_OWNER = 100;

    @Id
    private UUID id;

    @Column(name = "owner_subject", nullable = false)
    private String ownerSubject;

    @Column(name = "address_id", length = 40)
    private String addressId;

    @Column(name = "parcel_id", nullable = false, length = 40)
    private String parcelId;

    @Column(name = "zone_code", length = 40)
    private String zoneCode;

    @Column(name = "zone_name", length = CityFeature.MAX_NAME)
    private String zoneName;

    @Column(name = "zone_type", length = 40)
    private String zoneType;

    @Column(name = "activity", nullable = false, length = 40)
    private String activity;

    /** The answers as a JSON object (name → number, text or true/false). */
    @Column(name = "answers", nullable = false)
    private String answers;

    /** What the city model computed, as a JSON object (name → number). */
    @Column(name = "facts", nullable = false)
    private String facts;

    @Column(name = "outcome", nullable = false, length = 20)
    private String outcome;

    @Column(name = "rule_id", length = 40)
    private String ruleId;

    @Column(name = "reason", length = 80)
    private String reason;

    @Column(name = "rule_set_id")
    private UUID ruleSetId;

    @Column(name = "rule_set_version")
    private Integer ruleSetVersion;

    @Column(name = "fingerprint", nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedCheck() {
        // for JPA
    }

    /** The place and the question: whose, where, what. */
    public record Subject(String owner, String addressId, String parcelId, String zoneCode, String zoneName,
                          String zoneType, String activity) {
    }

    /** The answer: what was given and computed (JSON objects) and what the rules said. */
    public record Answer(String answers, String facts, String outcome, String ruleId, String reason, UUID ruleSetId,
                         Integer ruleSetVersion) {
    }

    public SavedCheck(Subject subject, Answer answer, String fingerprint, Instant now) {
        id = UUID.randomUUID();
        ownerSubject = subject.owner();
        addressId = subject.addressId();
        parcelId = subject.parcelId();
        zoneCode = subject.zoneCode();
        zoneName = subject.zoneName();
        zoneType = subject.zoneType();
        activity = subject.activity();
        answers = answer.answers();
        facts = answer.facts();
        outcome = answer.outcome();
        ruleId = answer.ruleId();
        reason = answer.reason();
        ruleSetId = answer.ruleSetId();
        ruleSetVersion = answer.ruleSetVersion();
        this.fingerprint = fingerprint;
        createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String ownerSubject() {
        return ownerSubject;
    }

    public Subject subject() {
        return new Subject(ownerSubject, addressId, parcelId, zoneCode, zoneName, zoneType, activity);
    }

    public Answer answer() {
        return new Answer(answers, facts, outcome, ruleId, reason, ruleSetId, ruleSetVersion);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
