package org.citiverse.permit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.permit.domain.ApplicationDocument;
import org.citiverse.permit.domain.ApplicationMessage;
import org.citiverse.permit.domain.ApplicationQuery;
import org.citiverse.permit.domain.ApplicationStatus;
import org.citiverse.permit.domain.CheckSnapshot;
import org.citiverse.permit.domain.DecisionTerm;
import org.citiverse.permit.domain.DocumentRules;
import org.citiverse.permit.domain.PermitApplication;
import org.citiverse.permit.domain.PermitApplicationException;
import org.citiverse.permit.domain.PermitApplicationException.Reason;
import org.citiverse.permit.domain.PermitApplicationRepository;
import org.citiverse.permit.domain.PermitReviewer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Permit applications: citizens make one from a check that says PERMIT_REQUIRED (checked again here,
 * never taken from the caller), add documents, declare and submit, answer staff's questions and may
 * withdraw; staff work the queue: assign, ask for information, decide with a reason. A citizen only
 * ever reaches their own (another's is "not found"). Every change is audited, without personal data.
 */
@ApplicationScoped
public class PermitApplicationService {

    /** The most a citizen's list shows. */
    public static final int MY_LIMIT = 200;
    private static final String AUDIT_TYPE = "permit-application";

    @Inject
    PermitApplicationRepository applications;

    @Inject
    PermitCheckService checks;

    @Inject
    Instance<CheckSnapshotSource> savedChecks;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "permit.decision.days", defaultValue = "56")
    int decisionDays;

    @Inject
    @ConfigProperty(name = "permit.application.document.max.bytes", defaultValue = "10485760")
    long maxDocumentBytes;

    @Inject
    @ConfigProperty(name = "permit.application.document.max.count", defaultValue = "10")
    int maxDocuments;

    Clock clock = Clock.systemUTC();

    /** The largest document taken, in bytes. */
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** The most documents one application takes. */
    public int maxDocuments() {
        return maxDocuments;
    }

    /** The check as the server makes it now (for a page to show before the citizen starts an application). */
    public ParcelCheck check(CheckParameters parameters) {
        return checks.check(parameters.addressId(), parameters.latitude(), parameters.longitude(),
                parameters.activity(), parameters.date(), parameters.answers());
    }

    /** The parameters of a check the citizen saved, when the permit context keeps saved checks. */
    public Optional<CheckParameters> savedCheck(String checkId, String applicant) {
        if (checkId == null || checkId.isBlank() || !savedChecks.isResolvable()) {
            return Optional.empty();
        }
        return savedChecks.get().parameters(checkId.strip(), applicant);
    }

    /**
     * A draft application from a check made again with these parameters.
     *
     * @throws PermitApplicationException CHECK_NOT_PERMIT_REQUIRED when the check says anything else
     */
    @Transactional
    public ApplicationView create(CheckParameters parameters, String applicant) {
        ParcelCheck check = check(parameters);
        Instant now = clock.instant();
        LocalDate day = parameters.date() != null ? parameters.date() : now.atZone(DecisionTerm.CITY).toLocalDate();
        CheckSnapshot snapshot = new CheckSnapshot(check.addressId(), check.parcelId(),
                check.zone() == null ? null : check.zone().code(), check.zone() == null ? null : check.zone().type(),
                parameters.activity() == null ? null : parameters.activity().strip(), parameters.answers(),
                check.facts(), check.result().outcome(), check.result().ruleId(), check.result().reason(),
                check.result().ruleSetId(), check.result().ruleSetVersion(), day);
        PermitApplication.requirePermitNeeded(snapshot); // before a number is taken: no gaps for refusals
        PermitApplication application = new PermitApplication(applications.nextNumber(), applicant, snapshot, now);
        applications.add(application);
        audit.record("permit.application-created", AUDIT_TYPE, application.reference(),
                "activity " + snapshot.activity() + ", rule " + snapshot.ruleId());
        return view(application, false);
    }

    /** The citizen's own applications, newest first. */
    @Transactional
    public List<ApplicationSummary> mine(String applicant) {
        LocalDate today = today();
        return applications.ofApplicant(applicant, MY_LIMIT).stream().map(a -> summary(a, today)).toList();
    }

    /** One of the citizen's own applications. */
    @Transactional
    public ApplicationView own(String reference, String applicant) {
        return view(owned(reference, applicant, false), false);
    }

    /** Any application sent in, for staff (drafts, also withdrawn ones, stay the applicant's). */
    @Transactional
    public ApplicationView get(String reference) {
        return view(sent(reference, false), true);
    }

    /** The description and an optional contact of a draft. */
    @Transactional
    public ApplicationView describe(String reference, String applicant, String description, String email,
                                    String phone) {
        PermitApplication application = owned(reference, applicant, true);
        application.describe(description, email, phone, clock.instant());
        audit.record("permit.application-described", AUDIT_TYPE, application.reference(), null);
        return view(application, false);
    }

    /**
     * Adds a document to a draft, or with an answer while information is requested.
     *
     * @throws PermitApplicationException WRONG_STATUS, DOCUMENT_TOO_MANY, DOCUMENT_KIND_INVALID, DOCUMENT_EMPTY,
     *                                    DOCUMENT_TOO_LARGE, DOCUMENT_TYPE_INVALID
     */
    @Transactional
    public DocumentView addDocument(String reference, String applicant, String kind, String fileName, byte[] content) {
        PermitApplication application = owned(reference, applicant, true);
        application.requireDocumentsOpen();
        String name = DocumentRules.fileName(fileName);
        if (applications.documents(application.id()).size() >= maxDocuments) {
            throw new PermitApplicationException(Reason.DOCUMENT_TOO_MANY, List.of(name));
        }
        ApplicationDocument document = new ApplicationDocument(application.id(), kind, name, content,
                maxDocumentBytes, applicant, clock.instant());
        applications.addDocument(document);
        audit.record("permit.application-document-added", AUDIT_TYPE, application.reference(),
                document.kind() + ", " + document.contentType() + ", " + document.sizeBytes() + " bytes");
        return document(document);
    }

    /** Removes a document from a draft. */
    @Transactional
    public void removeDocument(String reference, String applicant, UUID documentId) {
        PermitApplication application = owned(reference, applicant, true);
        if (application.status() != ApplicationStatus.DRAFT) {
            throw new PermitApplicationException(Reason.WRONG_STATUS, List.of("the application is "
                    + application.status()));
        }
        ApplicationDocument document = applications.document(application.id(), documentId)
                .orElseThrow(() -> new PermitApplicationException(Reason.NOT_FOUND));
        applications.removeDocument(document);
        audit.record("permit.application-document-removed", AUDIT_TYPE, application.reference(), document.kind());
    }

    /**
     * Sends the draft to the city.
     *
     * @throws PermitApplicationException WRONG_STATUS (sent before), DOCUMENTS_MISSING, DECLARATION_MISSING
     */
    @Transactional
    public ApplicationView submit(String reference, String applicant, boolean declared) {
        PermitApplication application = owned(reference, applicant, true);
        application.submit(declared, kinds(application), new DecisionTerm(decisionDays), clock.instant());
        audit.record("permit.application-submitted", AUDIT_TYPE, application.reference(),
                "decision due " + application.decisionDue());
        return view(application, false);
    }

    /** The applicant answers staff's request for information; the term runs again. */
    @Transactional
    public ApplicationView answer(String reference, String applicant, String text) {
        PermitApplication application = owned(reference, applicant, true);
        Instant now = clock.instant();
        ApplicationMessage answer = new ApplicationMessage(application.id(), ApplicationMessage.Kind.ANSWER, applicant,
                text, now);
        application.answered(now);
        applications.addMessage(answer);
        audit.record("permit.application-answered", AUDIT_TYPE, application.reference(),
                "decision due " + application.decisionDue());
        return view(application, false);
    }

    /** The applicant takes the application back. */
    @Transactional
    public ApplicationView withdraw(String reference, String applicant) {
        PermitApplication application = owned(reference, applicant, true);
        application.withdraw(clock.instant());
        audit.record("permit.application-withdrawn", AUDIT_TYPE, application.reference(), null);
        return view(application, false);
    }

    /** A document's content: for its applicant, or for staff once the application is sent in. */
    @Transactional
    public DocumentContent document(String reference, UUID documentId, String subject, boolean staff) {
        PermitApplication application = staff ? sent(reference, false) : owned(reference, subject, false);
        ApplicationDocument document = applications.document(application.id(), documentId)
                .orElseThrow(() -> new PermitApplicationException(Reason.NOT_FOUND));
        return new DocumentContent(document.contentType(), document.fileName(), document.content());
    }

    /** A page of the staff queue, by deadline. */
    @Transactional
    public ApplicationPage search(Set<ApplicationStatus> statuses, String activity, String zone, String assignee,
                                  boolean overdue, int page, int pageSize) {
        ApplicationQuery query = new ApplicationQuery(statuses, blankIsNull(activity), blankIsNull(zone), assignee,
                overdue, today(), Math.max(1, page), pageSize);
        LocalDate today = today();
        List<ApplicationSummary> found = applications.search(query).stream().map(a -> summary(a, today)).toList();
        return new ApplicationPage(found, applications.count(query), query.page(), pageSize);
    }

    /** The zone types of the applications sent in. */
    @Transactional
    public List<String> zoneTypes() {
        return applications.zoneTypes();
    }

    /**
     * Gives an application to a staff member seen at the permit desk (or to the caller themself), or to
     * nobody (null).
     *
     * @throws PermitApplicationException ASSIGNEE_INVALID for someone else never seen at the desk
     */
    @Transactional
    public ApplicationView assign(String reference, String assignee, String caller) {
        PermitApplication application = sent(reference, true);
        String name = null;
        if (assignee != null) {
            Optional<PermitReviewer> known = applications.reviewer(assignee);
            if (known.isEmpty() && assignee.equals(caller)) {
                seen(caller, null);
                known = applications.reviewer(caller);
            }
            name = known.map(PermitReviewer::name)
                    .orElseThrow(() -> new PermitApplicationException(Reason.ASSIGNEE_INVALID));
        }
        application.assign(assignee, name, clock.instant());
        audit.record("permit.application-assigned", AUDIT_TYPE, application.reference(),
                assignee == null ? "nobody" : "to " + assignee);
        return view(application, true);
    }

    /** Staff ask the applicant for information; the term pauses until they answer. */
    @Transactional
    public ApplicationView requestInformation(String reference, String message, String staff) {
        PermitApplication application = sent(reference, true);
        Instant now = clock.instant();
        ApplicationMessage question = new ApplicationMessage(application.id(),
                ApplicationMessage.Kind.INFORMATION_REQUEST, staff, message, now);
        application.requestInformation(now);
        applications.addMessage(question);
        audit.record("permit.application-information-requested", AUDIT_TYPE, application.reference(), null);
        return view(application, true);
    }

    /**
     * Decides: GRANTED or REFUSED, with the reason the applicant reads.
     *
     * @throws PermitApplicationException DECISION_INVALID, REASON_MISSING, WRONG_STATUS
     */
    @Transactional
    public ApplicationView decide(String reference, String decision, String reason, String staff) {
        ApplicationStatus outcome = ApplicationStatus.parse(decision);
        if (outcome != ApplicationStatus.GRANTED && outcome != ApplicationStatus.REFUSED) {
            throw new PermitApplicationException(Reason.DECISION_INVALID);
        }
        PermitApplication application = sent(reference, true);
        application.decide(outcome == ApplicationStatus.GRANTED, reason, staff, clock.instant());
        audit.record("permit.application-decided", AUDIT_TYPE, application.reference(), outcome.name());
        return view(application, true);
    }

    /** The staff member opened the permit desk: colleagues can give them applications from now on. */
    @Transactional
    public void seen(String subject, String name) {
        Instant now = clock.instant();
        applications.reviewer(subject).ifPresentOrElse(r -> r.seen(name, now),
                () -> applications.addReviewer(new PermitReviewer(subject, name, now)));
    }

    /** Staff seen at the permit desk, by name. */
    @Transactional
    public List<ReviewerView> reviewers() {
        return applications.reviewers().stream().map(r -> new ReviewerView(r.subject(), r.name())).toList();
    }

    private PermitApplication owned(String reference, String applicant, boolean locked) {
        return find(reference, locked).filter(a -> a.applicant().equals(applicant))
                .orElseThrow(() -> new PermitApplicationException(Reason.NOT_FOUND));
    }

    private PermitApplication sent(String reference, boolean locked) {
        return find(reference, locked).filter(a -> a.submittedAt() != null)
                .orElseThrow(() -> new PermitApplicationException(Reason.NOT_FOUND));
    }

    private Optional<PermitApplication> find(String reference, boolean locked) {
        if (reference == null || !PermitApplication.REFERENCE.matcher(reference.strip()).matches()) {
            return Optional.empty();
        }
        return locked ? applications.lockedByReference(reference.strip()) : applications.byReference(reference.strip());
    }

    private Set<String> kinds(PermitApplication application) {
        return applications.documents(application.id()).stream().map(ApplicationDocument::kind)
                .collect(Collectors.toSet());
    }

    private ApplicationView view(PermitApplication a, boolean staff) {
        List<DocumentView> documents = applications.documents(a.id()).stream().map(PermitApplicationService::document)
                .toList();
        List<ApplicationMessageView> messages = applications.messages(a.id()).stream()
                .map(m -> new ApplicationMessageView(m.kind().name(), m.body(), m.createdAt(),
                        staff ? m.author() : null)).toList();
        Set<String> kinds = documents.stream().map(DocumentView::kind).collect(Collectors.toSet());
        return new ApplicationView(a.reference(), a.status().name(), a.applicant(), a.check(), a.description(),
                a.contactEmail(), a.contactPhone(), a.createdAt(), a.submittedAt(), a.declaredAt(), a.decisionDue(),
                a.pausedSince() != null, a.overdue(today()), a.assignee(), a.assigneeName(), a.decidedAt(),
                a.decisionReason(), DocumentRules.required(a.activity()), a.missingDocuments(kinds), documents,
                messages);
    }

    private ApplicationSummary summary(PermitApplication a, LocalDate today) {
        String question = null;
        if (a.status() == ApplicationStatus.INFORMATION_REQUESTED) {
            question = applications.messages(a.id()).stream()
                    .filter(m -> m.kind() == ApplicationMessage.Kind.INFORMATION_REQUEST)
                    .reduce((first, second) -> second).map(ApplicationMessage::body).orElse(null);
        }
        CheckSnapshot check = a.check();
        return new ApplicationSummary(a.reference(), a.status().name(), a.activity(), a.zoneType(), a.zoneCode(),
                check.addressId(), check.ruleId(), a.createdAt(), a.submittedAt(), a.decisionDue(),
                a.pausedSince() != null, a.overdue(today), a.assignee(), a.assigneeName(), question);
    }

    private static DocumentView document(ApplicationDocument d) {
        return new DocumentView(d.id(), d.kind(), d.fileName(), d.contentType(), d.sizeBytes(), d.uploadedAt());
    }

    private LocalDate today() {
        return clock.instant().atZone(DecisionTerm.CITY).toLocalDate();
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Answers of a check given as text (a query string, a form): numbers and true/false as such. */
    public static Map<String, Object> answers(Map<String, String> texts) {
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        texts.forEach((name, text) -> {
            String value = text == null ? "" : text.strip();
            if (value.equals("true") || value.equals("false")) {
                answers.put(name, Boolean.valueOf(value));
            } else if (value.matches("-?[0-9]{1,9}(\\.[0-9]{1,6})?")) {
                answers.put(name, new java.math.BigDecimal(value));
            } else {
                answers.put(name, value);
            }
        });
        return answers;
    }
}
