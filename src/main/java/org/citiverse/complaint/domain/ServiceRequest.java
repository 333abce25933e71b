package org.citiverse.complaint.domain;

import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.citiverse.complaint.domain.ComplaintException.Reason;
import org.citiverse.shared.domain.CityArea;
import org.citiverse.shared.domain.JsonText;
import org.citiverse.shared.domain.Sha256;

/**
 * A problem in public space reported to the city (an Open311 service request). Its number is the
 * public tracking id. Who reported it and how to reach them stay with staff; the category, place,
 * description, status and public note are public.
 */
@Entity
@Table(name = "complaint_request")
public class ServiceRequest {

    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_ASSIGNEE_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_request_seq")
    @SequenceGenerator(name = "complaint_request_seq", sequenceName = "complaint_request_seq", allocationSize = 20)
    private Long id;

    @Column(name = "token", nullable = false, unique = true)
    private UUID token;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @Column(name = "department_code", nullable = false, length = 40)
    private String departmentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RequestStatus status;

    @Column(name = "is_open", nullable = false)
    private boolean open;

    @Column(name = "description", length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "attributes", nullable = false, length = 4000)
    private String attributes;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Column(name = "address", length = Submission.MAX_ADDRESS)
    private String address;

    @Column(name = "address_id", length = Submission.MAX_ADDRESS_ID)
    private String addressId;

    @Column(name = "media_url", length = Submission.MAX_MEDIA_URL)
    private String mediaUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 10)
    private Submission.Source source;

    @Column(name = "reporter")
    private String reporter;

    @Column(name = "api_key_id")
    private UUID apiKeyId;

    @Column(name = "twin_id", length = 60)
    private String twinId;

    @Column(name = "fault_property", length = 40)
    private String faultProperty;

    @Column(name = "device_faulty")
    private Boolean deviceFaulty;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "contact_language", length = 8)
    private String contactLanguage;

    @Column(name = "fingerprint", nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "public_note", length = RequestUpdate.MAX_NOTE)
    private String publicNote;

    @Column(name = "assignee")
    private String assignee;

    @Column(name = "assignee_name", length = MAX_ASSIGNEE_NAME)
    private String assigneeName;

    // Stored by its place in Priority (urgent first), so the queue sorts by it with an index.
    @Enumerated(EnumType.ORDINAL)
    @Column(name = "priority", nullable = false)
    private Priority priority;

    @Column(name = "description_hidden", nullable = false)
    private boolean descriptionHidden;

    @Column(name = "original_description", length = MAX_DESCRIPTION)
    private String originalDescription;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private int version;

    protected ServiceRequest() {
        // for JPA
    }

    /**
     * Files a submission under its category: the answers are checked against the category's
     * questions, the place against the city, and it is routed to the category's department with
     * the category's service level.
     */
    public static ServiceRequest file(Category category, Submission submission, CityArea city, Instant now) {
        if (!category.active() || !category.code().equals(submission.categoryCode())) {
            throw new ComplaintException(Reason.CATEGORY_UNKNOWN, "service_code");
        }
        if (submission.anonymous() && !category.anonymousAllowed()) {
            throw new ComplaintException(Reason.CATEGORY_NOT_ANONYMOUS, "email");
        }
        if (submission.latitude() != null && !city.contains(submission.latitude(), submission.longitude())) {
            throw new ComplaintException(Reason.LOCATION_OUTSIDE_CITY, "lat");
        }
        JsonObject answers = CategoryAttribute.answers(category.attributes(), submission.attributes());
        ServiceRequest r = new ServiceRequest();
        r.token = UUID.randomUUID();
        r.categoryCode = category.code();
        r.departmentCode = category.departmentCode();
        r.status = RequestStatus.OPEN;
        r.open = true;
        r.priority = Priority.NORMAL;
        r.description = submission.description();
        r.attributes = answers.toString();
        r.latitude = submission.latitude();
        r.longitude = submission.longitude();
        r.address = submission.address();
        r.addressId = submission.addressId();
        r.mediaUrl = submission.mediaUrl();
        r.source = submission.source();
        r.reporter = submission.reporter();
        r.apiKeyId = submission.apiKeyId();
        r.twinId = submission.twinId();
        r.contactName = submission.contact().name();
        r.contactEmail = submission.contact().email();
        r.contactPhone = submission.contact().phone();
        r.fingerprint = fingerprint(submission, answers);
        r.requestedAt = now;
        r.updatedAt = now;
        r.dueAt = now.plus(category.serviceLevel());
        return r;
    }

    /**
     * What makes two submissions the same one sent twice: the same sender (subject, key or device)
     * and the same content.
     */
    public static String fingerprint(Submission s, JsonObject answers) {
        return Sha256.hex(String.join("\u001f", String.valueOf(s.reporter()), String.valueOf(s.apiKeyId()),
                String.valueOf(s.twinId()), s.categoryCode(), String.valueOf(s.latitude()),
                String.valueOf(s.longitude()), String.valueOf(s.address()), String.valueOf(s.addressId()),
                String.valueOf(s.description()), answers.toString(), String.valueOf(s.contact().email())));
    }

    /**
     * A staff change: a new status, a note, or both. A public note becomes the request's latest
     * public note; an internal one is for staff only. Returns the update to keep.
     */
    public RequestUpdate change(RequestStatus newStatus, String note, boolean internal, String author, Instant now) {
        RequestStatus to = newStatus == null ? status : newStatus;
        String cleanNote = RequestUpdate.note(note);
        if (to == status && cleanNote == null) {
            throw new ComplaintException(Reason.NOTE_INVALID, "note");
        }
        if (to == RequestStatus.WITHDRAWN && to != status) {
            // Only the reporter withdraws (withdraw()); staff close with a reason.
            throw new ComplaintException(Reason.STATUS_INVALID, "status");
        }
        return apply(to, cleanNote, internal, author, now);
    }

    /**
     * Staff move the request to another category (it goes to that category's department) and/or
     * straight to another department. Kept as an internal update.
     */
    public RequestUpdate reroute(Category category, String department, String author, Instant now) {
        String before = categoryCode + " / " + departmentCode;
        if (category != null) {
            if (!category.active()) {
                throw new ComplaintException(Reason.CATEGORY_UNKNOWN, "category");
            }
            categoryCode = category.code();
            departmentCode = category.departmentCode();
        }
        if (department != null) {
            departmentCode = department;
        }
        String after = categoryCode + " / " + departmentCode;
        if (before.equals(after)) {
            throw new ComplaintException(Reason.NOTE_INVALID, "category");
        }
        updatedAt = now;
        return new RequestUpdate(id, status, "Routed from " + before + " to " + after + ".", true, author, now);
    }

    /** Staff close this open request as one reported before (its original stays the one to follow). */
    public RequestUpdate duplicateOf(ServiceRequest original, String author, Instant now) {
        if (original.id.equals(id) || !status.isOpen()) {
            throw new ComplaintException(Reason.STATUS_INVALID, "original");
        }
        return apply(RequestStatus.DUPLICATE, "This was reported before as report " + original.id + ".", false,
                author, now);
    }

    /**
     * The reporter opens their closed request again (the problem is back): only within
     * {@code window} of its closing, and not one they withdrew or staff closed as reported before.
     */
    public RequestUpdate reopen(java.time.Duration window, String author, Instant now) {
        if (!mayReopen(window, now)) {
            throw new ComplaintException(Reason.STATUS_INVALID, "status");
        }
        return apply(RequestStatus.OPEN, null, false, author, now);
    }

    public boolean mayReopen(java.time.Duration window, Instant now) {
        return !status.isOpen() && status != RequestStatus.WITHDRAWN && status != RequestStatus.DUPLICATE
                && closedAt != null && !now.isAfter(closedAt.plus(window));
    }

    /**
     * A public comment from someone other than the city (a third-party app on behalf of its user):
     * kept as an update, never as the city's answer (the public note), and the status stays.
     */
    public RequestUpdate comment(String note, String author, Instant now) {
        String clean = RequestUpdate.note(note);
        if (clean == null) {
            throw new ComplaintException(Reason.NOTE_INVALID, "description");
        }
        updatedAt = now;
        return new RequestUpdate(id, status, clean, false, author, now);
    }

    /** The reporter takes their own open request back. */
    public RequestUpdate withdraw(String author, Instant now) {
        if (!status.isOpen()) {
            throw new ComplaintException(Reason.STATUS_INVALID, "status");
        }
        return apply(RequestStatus.WITHDRAWN, null, false, author, now);
    }

    /** A device-raised request: the device reports the fault again, or that it has recovered. */
    public RequestUpdate deviceReported(boolean faulty, String author, Instant now) {
        this.deviceFaulty = faulty;
        this.updatedAt = now;
        return new RequestUpdate(id, status, faulty ? "The device reports the fault again."
                : "The device reports it works again.", true, author, now);
    }

    /**
     * Staff give the request to one of them ({@code subject} and the name colleagues see), or to
     * nobody (null). Kept as an internal update.
     */
    public RequestUpdate assign(String subject, String name, String author, Instant now) {
        if (java.util.Objects.equals(subject, assignee)) {
            throw new ComplaintException(Reason.ASSIGNEE_INVALID, "assignee");
        }
        if (subject != null && (name == null || name.isBlank())) {
            throw new ComplaintException(Reason.ASSIGNEE_INVALID, "assignee");
        }
        assignee = subject;
        assigneeName = subject == null ? null : name.strip().length() > MAX_ASSIGNEE_NAME
                ? name.strip().substring(0, MAX_ASSIGNEE_NAME) : name.strip();
        updatedAt = now;
        return new RequestUpdate(id, status, subject == null ? "No longer assigned." : "Assigned to " + assigneeName
                + ".", true, author, now);
    }

    /** Staff judge how urgent the request is. Kept as an internal update. */
    public RequestUpdate prioritise(Priority to, String author, Instant now) {
        if (to == null || to == priority) {
            throw new ComplaintException(Reason.PRIORITY_INVALID, "priority");
        }
        String note = "Priority " + priority.name().toLowerCase(java.util.Locale.ROOT) + " → "
                + to.name().toLowerCase(java.util.Locale.ROOT) + ".";
        priority = to;
        updatedAt = now;
        return new RequestUpdate(id, status, note, true, author, now);
    }

    /**
     * Moderation: staff edit the description (a name, an insult, a phone number) and/or hide it
     * from the public. The reporter's own words are kept the first time they are edited; staff
     * always see the current text. Kept as an internal update.
     */
    public RequestUpdate moderate(String newDescription, boolean hide, String author, Instant now) {
        String edited = newDescription == null ? description : Submission.description(newDescription);
        boolean textChanged = !java.util.Objects.equals(edited, description);
        if (!textChanged && hide == descriptionHidden) {
            throw new ComplaintException(Reason.NOTE_INVALID, "description");
        }
        if (textChanged && originalDescription == null) {
            originalDescription = description;
        }
        description = edited;
        descriptionHidden = hide;
        updatedAt = now;
        String note = (textChanged ? "Description edited" : "Description unchanged")
                + (hide ? ", hidden from the public." : ", shown to the public.");
        return new RequestUpdate(id, status, note, true, author, now);
    }

    /** The description the public may see: none when staff hid it. */
    public String publicDescription() {
        return descriptionHidden ? null : description;
    }

    /**
     * The e-mail address of a visitor who reported on the portal without signing in, and the
     * language to write to them in: they are told the number and the city's answers like a
     * signed-in reporter. Empty for everyone else (apps tell their own users).
     */
    public java.util.Optional<String> visitorEmail() {
        return reporter == null && source == Submission.Source.PORTAL && contactEmail != null
                ? java.util.Optional.of(contactEmail) : java.util.Optional.empty();
    }

    public void writeToVisitorIn(String language) {
        this.contactLanguage = "nl".equals(language) ? "nl" : "en";
    }

    public String contactLanguage() {
        return contactLanguage == null ? "en" : contactLanguage;
    }

    public void markDeviceRaised(String property) {
        this.faultProperty = property;
        this.deviceFaulty = true;
    }

    private RequestUpdate apply(RequestStatus to, String note, boolean internal, String author, Instant now) {
        if (to.isOpen() != status.isOpen()) {
            closedAt = to.isOpen() ? null : now;
        }
        status = to;
        open = to.isOpen();
        if (note != null && !internal) {
            publicNote = note;
        }
        updatedAt = now;
        return new RequestUpdate(id, to, note, internal, author, now);
    }

    public boolean overdue(Instant now) {
        return status.isOpen() && now.isAfter(dueAt);
    }

    public Long id() {
        return id;
    }

    public UUID token() {
        return token;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public RequestStatus status() {
        return status;
    }

    public String description() {
        return description;
    }

    public JsonObject attributes() {
        return JsonText.object(attributes);
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public String address() {
        return address;
    }

    public String addressId() {
        return addressId;
    }

    public String mediaUrl() {
        return mediaUrl;
    }

    public Submission.Source source() {
        return source;
    }

    public String reporter() {
        return reporter;
    }

    public UUID apiKeyId() {
        return apiKeyId;
    }

    public String twinId() {
        return twinId;
    }

    public String faultProperty() {
        return faultProperty;
    }

    public Boolean deviceFaulty() {
        return deviceFaulty;
    }

    public Submission.Contact contact() {
        return new Submission.Contact(contactName, contactEmail, contactPhone);
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String publicNote() {
        return publicNote;
    }

    public String assignee() {
        return assignee;
    }

    public String assigneeName() {
        return assigneeName;
    }

    public Priority priority() {
        return priority;
    }

    public boolean descriptionHidden() {
        return descriptionHidden;
    }

    public String originalDescription() {
        return originalDescription;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public int version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceRequest r && id != null && Objects.equals(id, r.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(token);
    }
}
