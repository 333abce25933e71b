package org.citiverse.permit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One version of the rules for an activity in a zone type: a DMN decision model and the test cases it
 * must pass. Uploaded as a DRAFT; activated (its test cases pass) it is in force from its effective
 * date; when a later version is activated it is RETIRED but kept, so checks made under it can be
 * explained and dates before its successor took effect still find it.
 */
@Entity
@Table(name = "permit_rule_set")
public class RuleSet {

    /** Activity and zone-type codes: lower case, digits and hyphens, e.g. {@code solar-panels}. */
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    /** The largest decision model accepted, in characters. */
    public static final int MAX_DMN_CHARS = 1_000_000;

    @Id
    private UUID id;

    @Column(name = "activity", nullable = false, length = 40)
    private String activity;

    @Column(name = "zone_type", nullable = false, length = 40)
    private String zoneType;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private RuleSetStatus status;

    @Column(name = "dmn", nullable = false)
    private String dmn;

    @Column(name = "test_cases", nullable = false)
    private String testCases;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Version
    private int version;

    protected RuleSet() {
        // for JPA
    }

    /**
     * A new draft. The model and the test cases are checked by the caller (the engine and
     * {@link RuleTestCase#parse}); here only what the entity itself can judge.
     */
    public RuleSet(String activity, String zoneType, int versionNumber, LocalDate effectiveFrom, String dmn,
                   String testCases, String uploadedBy, Instant now) {
        this.activity = code(activity, PermitException.Reason.ACTIVITY_INVALID);
        this.zoneType = code(zoneType, PermitException.Reason.ZONE_TYPE_INVALID);
        if (effectiveFrom == null) {
            throw new PermitException(PermitException.Reason.EFFECTIVE_DATE_MISSING);
        }
        if (dmn == null || dmn.isBlank()) {
            throw new PermitException(PermitException.Reason.DMN_MISSING);
        }
        if (dmn.length() > MAX_DMN_CHARS) {
            throw new PermitException(PermitException.Reason.DMN_TOO_LARGE);
        }
        this.id = UUID.randomUUID();
        this.versionNumber = versionNumber;
        this.effectiveFrom = effectiveFrom;
        this.status = RuleSetStatus.DRAFT;
        this.dmn = dmn;
        this.testCases = testCases;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    /** An activity or zone-type code as given, checked; lower-cased and trimmed. */
    public static String code(String text, PermitException.Reason ifInvalid) {
        String c = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new PermitException(ifInvalid);
        }
        return c;
    }

    /** The draft's test cases as they are stored. */
    public List<RuleTestCase> cases() {
        return RuleTestCase.parse(testCases);
    }

    /**
     * Puts this draft in force (its test cases have passed).
     *
     * @param previous the version that was ACTIVE until now, if any: it is retired
     */
    public void activate(RuleSet previous, Instant now) {
        if (status != RuleSetStatus.DRAFT) {
            throw new PermitException(PermitException.Reason.NOT_DRAFT);
        }
        if (previous != null && previous != this) {
            previous.status = RuleSetStatus.RETIRED;
            previous.retiredAt = now;
        }
        status = RuleSetStatus.ACTIVE;
        activatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String activity() {
        return activity;
    }

    public String zoneType() {
        return zoneType;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public RuleSetStatus status() {
        return status;
    }

    public String dmn() {
        return dmn;
    }

    public String testCases() {
        return testCases;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public int version() {
        return version;
    }
}
