package org.citiverse.permit.domain;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.citiverse.permit.domain.PermitApplicationException.Reason;
import org.citiverse.shared.domain.JsonText;

/**
 * A citizen's application for a permit, made from a check that said PERMIT_REQUIRED and keeping that
 * check as it was ({@link CheckSnapshot}). Its lifecycle: DRAFT (documents, description, the
 * declaration) → SUBMITTED (the decision term runs, see {@link DecisionTerm}) → INFORMATION_REQUESTED
 * (paused) ⇄ SUBMITTED → GRANTED or REFUSED with a reason; WITHDRAWN by the applicant before a
 * decision. Of the applicant it keeps the subject only, and a contact e-mail or phone only when they give one.
 */
@Entity
@Table(name = "permit_application")
public class PermitApplication {

    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_MESSAGE = 4000;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PHONE = 30;
    public static final int MAX_NAME = 200;

    /** PA-2026-000123: the year it was made and its number. */
    public static final Pattern REFERENCE = Pattern.compile("PA-[0-9]{4}-[0-9]{6,12}");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,28}");

    // The number of its reference, from the sequence permit_application_seq (PermitApplicationRepository.nextNumber).
    @Id
    private Long id;

    @Column(name = "reference", nullable = false, length = 24)
    private String reference;

    @Column(name = "applicant", nullable = false)
    private String applicant;

    @Column(name = "contact_email", length = MAX_EMAIL)
    private String contactEmail;

    @Column(name = "contact_phone", length = MAX_PHONE)
    private String contactPhone;

    @Column(name = "address_id", length = 40)
    private String addressId;

    @Column(name = "parcel_id", nullable = false, length = 40)
    private String parcelId;

    @Column(name = "zone_code", length = 40)
    private String zoneCode;

    @Column(name = "zone_type", length = 40)
    private String zoneType;

    @Column(name = "activity", nullable = false, length = 40)
    private String activity;

    @Column(name = "answers", nullable = false)
    private String answers;

    @Column(name = "facts", nullable = false)
    private String facts;

    @Column(name = "outcome", nullable = false, length = 20)
    private String outcome;

    @Column(name = "rule_id", length = 40)
    private String ruleId;

    @Column(name = "reason", length = 100)
    private String reason;

    @Column(name = "rule_set_id")
    private UUID ruleSetId;

    @Column(name = "rule_set_version")
    private Integer ruleSetVersion;

    @Column(name = "check_date", nullable = false)
    private LocalDate checkDate;

    @Column(name = "description", length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 25)
    private ApplicationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decision_due")
    private LocalDate decisionDue;

    @Column(name = "paused_since")
    private LocalDate pausedSince;

    @Column(name = "assignee")
    private String assignee;

    @Column(name = "assignee_name", length = MAX_NAME)
    private String assigneeName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_reason", length = MAX_MESSAGE)
    private String decisionReason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected PermitApplication() {
        // for JPA
    }

    /**
     * A draft from a check; only a check that said PERMIT_REQUIRED can become one (a permit-free plan
     * needs none, one that is not allowed cannot get one, an undecided one needs the city's advice first).
     *
     * @param number its number, unique (the reference is PA-&lt;year&gt;-&lt;number&gt;)
     */
    public PermitApplication(long number, String applicant, CheckSnapshot check, Instant now) {
        requirePermitNeeded(check);
        this.applicant = Objects.requireNonNull(applicant, "applicant");
        this.addressId = check.addressId();
        this.parcelId = check.parcelId();
        this.zoneCode = check.zoneCode();
        this.zoneType = check.zoneType();
        this.activity = check.activity();
        this.answers = json(check.answers());
        this.facts = json(check.facts());
        this.outcome = check.outcome();
        this.ruleId = check.ruleId();
        this.reason = check.reason();
        this.ruleSetId = check.ruleSetId();
        this.ruleSetVersion = check.ruleSetVersion();
        this.checkDate = check.checkDate();
        this.status = ApplicationStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
        this.id = number;
        this.reference = "PA-%d-%06d".formatted(now.atZone(DecisionTerm.CITY).getYear(), number);
    }

    /** Refuses a check whose outcome is not PERMIT_REQUIRED (CHECK_NOT_PERMIT_REQUIRED). */
    public static void requirePermitNeeded(CheckSnapshot check) {
        if (!Outcome.PERMIT_REQUIRED.name().equals(check.outcome())) {
            throw new PermitApplicationException(Reason.CHECK_NOT_PERMIT_REQUIRED,
                    List.of("the check's outcome is " + check.outcome()));
        }
    }

    /** The applicant's own words and a way to reach them, while a draft. Blank contact fields are none. */
    public void describe(String newDescription, String email, String phone, Instant now) {
        requireStatus(ApplicationStatus.DRAFT);
        this.description = text(newDescription, MAX_DESCRIPTION, Reason.DESCRIPTION_INVALID, true);
        this.contactEmail = contact(email, EMAIL, MAX_EMAIL);
        this.contactPhone = contact(phone, PHONE, MAX_PHONE);
        this.updatedAt = now;
    }

    /**
     * Sends the draft to the city: the applicant must have declared the information true and added
     * every kind of document the activity requires; the decision term starts today.
     *
     * @param kindsAdded the kinds of the documents added so far
     * @throws PermitApplicationException WRONG_STATUS (not a draft: a second submit), DECLARATION_MISSING,
     *                                    DOCUMENTS_MISSING (listing the kinds)
     */
    public void submit(boolean declared, Collection<String> kindsAdded, DecisionTerm term, Instant now) {
        requireStatus(ApplicationStatus.DRAFT);
        List<String> missing = missingDocuments(kindsAdded);
        if (!missing.isEmpty()) {
            throw new PermitApplicationException(Reason.DOCUMENTS_MISSING, missing);
        }
        if (!declared) {
            throw new PermitApplicationException(Reason.DECLARATION_MISSING);
        }
        this.declaredAt = now;
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = now;
        this.decisionDue = term.deadline(today(now));
        this.updatedAt = now;
    }

    /** The required kinds of document not among those added. */
    public List<String> missingDocuments(Collection<String> kindsAdded) {
        return DocumentRules.required(activity).stream().filter(k -> !kindsAdded.contains(k)).toList();
    }

    /** Staff ask the applicant something: the decision term pauses from today. */
    public void requestInformation(Instant now) {
        requireStatus(ApplicationStatus.SUBMITTED);
        this.status = ApplicationStatus.INFORMATION_REQUESTED;
        this.pausedSince = today(now);
        this.updatedAt = now;
    }

    /** The applicant answered: back with the city, the deadline moved on by the days it waited. */
    public void answered(Instant now) {
        requireStatus(ApplicationStatus.INFORMATION_REQUESTED);
        resume(now);
        this.status = ApplicationStatus.SUBMITTED;
        this.updatedAt = now;
    }

    /**
     * Staff decide, always with a reason the applicant can read. Also while information is requested
     * (an applicant who never answers can be refused); the pause ends then.
     */
    public void decide(boolean granted, String why, String staff, Instant now) {
        requireStatus(ApplicationStatus.SUBMITTED, ApplicationStatus.INFORMATION_REQUESTED);
        String clean = text(why, MAX_MESSAGE, Reason.REASON_MISSING, false);
        resume(now);
        this.status = granted ? ApplicationStatus.GRANTED : ApplicationStatus.REFUSED;
        this.decisionReason = clean;
        this.decidedBy = staff;
        this.decidedAt = now;
        this.updatedAt = now;
    }

    /** The applicant takes it back, at any point before a decision. */
    public void withdraw(Instant now) {
        requireStatus(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.INFORMATION_REQUESTED);
        resume(now);
        this.status = ApplicationStatus.WITHDRAWN;
        this.updatedAt = now;
    }

    /** Given to a staff member (subject and the name to show), or to nobody (null). Not once decided. */
    public void assign(String subject, String name, Instant now) {
        if (status == ApplicationStatus.DRAFT || status.isFinished()) {
            throw new PermitApplicationException(Reason.WRONG_STATUS, List.of("the application is " + status));
        }
        this.assignee = subject;
        this.assigneeName = subject == null ? null : (name == null || name.isBlank() ? subject
                : name.strip().substring(0, Math.min(name.strip().length(), MAX_NAME)));
        this.updatedAt = now;
    }

    /** Documents may be added to a draft, and with an answer while information is requested. */
    public void requireDocumentsOpen() {
        requireStatus(ApplicationStatus.DRAFT, ApplicationStatus.INFORMATION_REQUESTED);
    }

    /** Whether the decision is late: with the city (not paused) after its deadline day. */
    public boolean overdue(LocalDate today) {
        return status == ApplicationStatus.SUBMITTED && decisionDue != null && today.isAfter(decisionDue);
    }

    /** A message of staff or applicant: trimmed, not blank, bounded; line breaks kept. */
    public static String message(String text) {
        return text(text, MAX_MESSAGE, Reason.MESSAGE_INVALID, false);
    }

    private void resume(Instant now) {
        if (pausedSince != null && decisionDue != null) {
            decisionDue = DecisionTerm.afterPause(decisionDue, pausedSince, today(now));
        }
        pausedSince = null;
    }

    private void requireStatus(ApplicationStatus... allowed) {
        for (ApplicationStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new PermitApplicationException(Reason.WRONG_STATUS, List.of("the application is " + status));
    }

    private static LocalDate today(Instant now) {
        return now.atZone(DecisionTerm.CITY).toLocalDate();
    }

    /** Text people type in a text area: line breaks and tabs kept, other control characters refused. */
    private static String text(String value, int max, Reason invalid, boolean optional) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            if (optional) {
                return null;
            }
            throw new PermitApplicationException(invalid);
        }
        boolean bad = clean.length() > max || clean.chars().anyMatch(c -> (Character.isISOControl(c)
                && c != '\n' && c != '\r' && c != '\t') || c == 0xFFFE || c == 0xFFFF);
        if (bad) {
            throw new PermitApplicationException(invalid);
        }
        return clean;
    }

    private static String contact(String value, Pattern pattern, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.length() > max || !pattern.matcher(clean).matches()) {
            throw new PermitApplicationException(Reason.CONTACT_INVALID);
        }
        return clean;
    }

    private static String json(Map<String, Object> values) {
        JsonObjectBuilder object = JsonText.JSON.createObjectBuilder();
        values.forEach((name, value) -> {
            if (value instanceof Boolean b) {
                object.add(name, b);
            } else if (value instanceof Number n) {
                object.add(name, new BigDecimal(n.toString()));
            } else if (value != null) {
                object.add(name, value.toString());
            }
        });
        return object.build().toString();
    }

    private static Map<String, Object> map(String json) {
        JsonObject object = JsonText.object(json);
        Map<String, Object> values = new LinkedHashMap<>();
        object.forEach((name, value) -> {
            if (value instanceof JsonNumber n) {
                values.put(name, n.bigDecimalValue());
            } else if (value instanceof JsonString s) {
                values.put(name, s.getString());
            } else if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                values.put(name, value == JsonValue.TRUE);
            }
        });
        return values;
    }

    /** The check it was made from. */
    public CheckSnapshot check() {
        return new CheckSnapshot(addressId, parcelId, zoneCode, zoneType, activity, map(answers), map(facts), outcome,
                ruleId, reason, ruleSetId, ruleSetVersion, checkDate);
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String applicant() {
        return applicant;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String activity() {
        return activity;
    }

    public String zoneType() {
        return zoneType;
    }

    public String zoneCode() {
        return zoneCode;
    }

    public String description() {
        return description;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate decisionDue() {
        return decisionDue;
    }

    public LocalDate pausedSince() {
        return pausedSince;
    }

    public String assignee() {
        return assignee;
    }

    public String assigneeName() {
        return assigneeName;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PermitApplication a && id != null && Objects.equals(id, a.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
