package org.citiverse.permit.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citiverse.permit.application.ApplicationView;
import org.citiverse.permit.application.CheckParameters;
import org.citiverse.permit.application.ParcelCheck;
import org.citiverse.permit.application.PermitApplicationService;
import org.citiverse.permit.domain.ApplicationStatus;
import org.citiverse.permit.domain.DocumentRules;
import org.citiverse.permit.domain.PermitApplicationException;
import org.citiverse.shared.domain.RuleViolation;
import org.citiverse.shared.domain.Uuids;
import org.citiverse.shared.interfaces.web.CurrentSubject;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * A citizen's permit application. Started from a check: a saved one ({@code ?check=<id>}) or the
 * check's own parameters ({@code ?addressId=…&activity=fence&location=front&height=1.5}: every other
 * parameter is an answer), checked again by the server; only PERMIT_REQUIRED can be applied for. Then,
 * as a draft ({@code ?id=PA-…}): a description and an optional contact, documents one at a time (each
 * refusal on the file field, naming the file), the declaration and submission. While the city asks for
 * information: its question, more documents and the answer. Afterwards: where it stands, the decision.
 */
@Named("permitApplicationPage")
@ViewScoped
public class PermitApplicationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Parameters that are not answers of the check. */
    private static final Set<String> NOT_ANSWERS = Set.of("id", "check", "addressId", "latitude", "longitude",
            "activity", "date", "lang");

    @Inject
    PermitApplicationService applications;

    @Inject
    PageMessages messages;

    @Inject
    PermitApplicationText text;

    @Inject
    CurrentSubject subject;

    @Inject
    HttpServletRequest http;

    private String reference;
    private CheckParameters parameters;
    // Read again after a postback that lost them (the view keeps only what is serialisable and small).
    private transient ApplicationView application;
    private transient ParcelCheck check;
    private String checkProblem;
    private String description;
    private String contactEmail;
    private String contactPhone;
    private String kind;
    private transient Part upload;
    private boolean declaration;
    private String answer;

    /** Reads what the page was opened with: an application, a saved check, or a check's parameters. */
    public void load() {
        String id = http.getParameter("id");
        if (id != null && !id.isBlank()) {
            reference = id.strip();
            if (application() == null) {
                messages.notFound();
                return;
            }
            description = application.description();
            contactEmail = application.contactEmail();
            contactPhone = application.contactPhone();
            return;
        }
        String saved = http.getParameter("check");
        if (saved != null && !saved.isBlank()) {
            Optional<CheckParameters> found = applications.savedCheck(saved, subject.get());
            if (found.isEmpty()) {
                messages.notFound();
                return;
            }
            parameters = found.get();
        } else if (http.getParameter("activity") != null) {
            parameters = fromQuery();
        }
        if (parameters != null) {
            check();
        }
    }

    private CheckParameters fromQuery() {
        Map<String, String> texts = new LinkedHashMap<>();
        http.getParameterMap().forEach((name, values) -> {
            if (!NOT_ANSWERS.contains(name) && values.length > 0 && name.length() <= 40) {
                texts.put(name, values[0]);
            }
        });
        LocalDate date = null;
        try {
            String day = http.getParameter("date");
            date = day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            checkProblem = messages.text("permitApplication.start.dateInvalid");
        }
        return new CheckParameters(http.getParameter("addressId"), number("latitude"), number("longitude"),
                http.getParameter("activity"), date, PermitApplicationService.answers(texts));
    }

    private Double number(String name) {
        try {
            String value = http.getParameter(name);
            return value == null || value.isBlank() ? null : Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The check made again now; a place or answer the city model and rules refuse is said on the page. */
    private void check() {
        if (checkProblem != null) {
            return;
        }
        try {
            check = applications.check(parameters);
        } catch (RuleViolation e) {
            checkProblem = messages.text(e.messageKey());
        }
    }

    /** Starts the application (a draft) from the check. */
    public String start() {
        if (parameters == null) {
            return null;
        }
        try {
            ApplicationView created = applications.create(parameters, subject.get());
            return messages.doneThenGo("/citizen/permit-application.xhtml?id=" + created.reference(),
                    "permitApplication.created", created.reference());
        } catch (PermitApplicationException e) {
            text.refused(e, null);
        } catch (RuleViolation e) {
            messages.error(null, e.messageKey());
        }
        return null;
    }

    /** Saves the description and the optional contact. */
    public String saveDetails() {
        try {
            applications.describe(reference, subject.get(), description, contactEmail, contactPhone);
            return messages.doneThenGo(self(), "permitApplication.details.saved");
        } catch (PermitApplicationException e) {
            text.refused(e, switch (e.reason()) {
                case DESCRIPTION_INVALID -> "description";
                case CONTACT_INVALID -> "contactEmail";
                default -> null;
            });
            return null;
        }
    }

    /** Adds the chosen file as a document of the chosen kind; a refusal names the file on the file field. */
    public String addDocument() {
        if (upload == null || upload.getSize() == 0) {
            messages.error("document", "permitApplication.document.choose");
            return null;
        }
        String name = DocumentRules.fileName(upload.getSubmittedFileName());
        try {
            if (upload.getSize() > applications.maxDocumentBytes()) {
                throw new PermitApplicationException(PermitApplicationException.Reason.DOCUMENT_TOO_LARGE,
                        List.of(name));
            }
            byte[] content;
            try (InputStream in = upload.getInputStream()) {
                content = in.readAllBytes();
            }
            applications.addDocument(reference, subject.get(), kind, name, content);
            return messages.doneThenGo(self(), "permitApplication.document.added", name, text.kind(kind));
        } catch (PermitApplicationException e) {
            text.refused(e, e.reason() == PermitApplicationException.Reason.DOCUMENT_KIND_INVALID ? "kind"
                    : "document");
        } catch (IOException e) {
            messages.error("document", "permitApplication.refused", name + ": "
                    + messages.text("permitApplication.document.unreadable"));
        }
        return null;
    }

    /** Removes a document of the draft (its id in the row's hidden field). */
    public String removeDocument() {
        Optional<java.util.UUID> id = Uuids.parse(http.getParameter("document-id"));
        try {
            applications.removeDocument(reference, subject.get(), id.orElseThrow(() ->
                    new PermitApplicationException(PermitApplicationException.Reason.NOT_FOUND)));
            return messages.doneThenGo(self(), "permitApplication.document.removed");
        } catch (PermitApplicationException e) {
            text.refused(e, null);
            return null;
        }
    }

    /** Submits the draft: the required documents and the declaration first. */
    public String submit() {
        try {
            ApplicationView sent = applications.submit(reference, subject.get(), declaration);
            return messages.doneThenGo("/citizen/permit-applications.xhtml", "permitApplication.submitted",
                    sent.reference(), text.date(sent.decisionDue()));
        } catch (PermitApplicationException e) {
            text.refused(e, switch (e.reason()) {
                case DECLARATION_MISSING -> "declaration";
                case DOCUMENTS_MISSING -> "document";
                default -> null;
            });
            return null;
        }
    }

    /** Answers the city's request for information. */
    public String sendAnswer() {
        try {
            applications.answer(reference, subject.get(), answer);
            return messages.doneThenGo("/citizen/permit-applications.xhtml", "permitApplication.answered", reference);
        } catch (PermitApplicationException e) {
            text.refused(e, e.reason() == PermitApplicationException.Reason.MESSAGE_INVALID ? "answer" : null);
            return null;
        }
    }

    /** Withdraws the application. */
    public String withdraw() {
        try {
            applications.withdraw(reference, subject.get());
            return messages.doneThenGo("/citizen/permit-applications.xhtml", "permitApplication.withdrawn", reference);
        } catch (PermitApplicationException e) {
            text.refused(e, null);
            return null;
        }
    }

    private String self() {
        return "/citizen/permit-application.xhtml?id=" + reference;
    }

    private ApplicationView application() {
        if (application == null && reference != null) {
            try {
                application = applications.own(reference, subject.get());
            } catch (PermitApplicationException e) {
                return null;
            }
        }
        return application;
    }

    /** The application shown (null while starting one). */
    public ApplicationView getApplication() {
        return application();
    }

    /** The check about to become an application (null when showing one). */
    public ParcelCheck getCheck() {
        if (check == null && parameters != null && checkProblem == null) {
            check();
        }
        return check;
    }

    /** The activity of the check about to become an application. */
    public String getStartActivity() {
        return parameters == null ? null : parameters.activity();
    }

    /** Why the check could not be made (a place or answers refused), or null. */
    public String getCheckProblem() {
        return checkProblem;
    }

    /** Whether the check may become an application. */
    public boolean isMayStart() {
        return getCheck() != null && "PERMIT_REQUIRED".equals(check.result().outcome());
    }

    public boolean isDraft() {
        return application() != null && ApplicationStatus.DRAFT.name().equals(application.status());
    }

    public boolean isAsked() {
        return application() != null && ApplicationStatus.INFORMATION_REQUESTED.name().equals(application.status());
    }

    public boolean isMayWithdraw() {
        return application() != null && !ApplicationStatus.valueOf(application.status()).isFinished();
    }

    public boolean isDecided() {
        return application() != null && application.decidedAt() != null;
    }

    /** What staff asked last (shown while information is requested). */
    public String getQuestion() {
        return application() == null ? null : application.messages().stream()
                .filter(m -> "INFORMATION_REQUEST".equals(m.kind())).reduce((a, b) -> b)
                .map(m -> m.body()).orElse(null);
    }

    public List<String> getKinds() {
        return DocumentRules.KINDS;
    }

    /** The largest document, in MB, for the hint. */
    public long getMaxMegabytes() {
        return Math.max(1, applications.maxDocumentBytes() / (1024 * 1024));
    }

    public int getMaxDocuments() {
        return applications.maxDocuments();
    }

    public String getReference() {
        return reference;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public boolean isDeclaration() {
        return declaration;
    }

    public void setDeclaration(boolean declaration) {
        this.declaration = declaration;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
