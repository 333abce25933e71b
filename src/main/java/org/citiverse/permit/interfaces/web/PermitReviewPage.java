package org.citiverse.permit.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.citiverse.identity.application.IdentityProvider;
import org.citiverse.permit.application.ApplicationView;
import org.citiverse.permit.application.PermitApplicationService;
import org.citiverse.permit.application.ReviewerView;
import org.citiverse.permit.domain.ApplicationStatus;
import org.citiverse.permit.domain.PermitApplicationException;
import org.citiverse.shared.interfaces.web.CurrentSubject;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * Staff: one permit application. The check it was made from (the parcel, zone, answers, what the city
 * model computed, the rule and its reason, the rule set's version), the documents to view or
 * download, the exchange with the applicant; give it to someone, ask the applicant for information,
 * or decide with the reason the applicant will read.
 */
@Named("permitReviewPage")
@ViewScoped
public class PermitReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PermitApplicationService applications;

    @Inject
    PageMessages messages;

    @Inject
    PermitApplicationText text;

    @Inject
    CurrentSubject subject;

    @Inject
    IdentityProvider identity;

    private String id;
    private transient ApplicationView application;
    private transient List<ReviewerView> colleagues;
    private String assignee;
    private String question;
    private String decision;
    private String reason;

    public void load() {
        applications.seen(subject.get(), identity.currentClaims().name());
        if (application() == null) {
            messages.notFound();
            return;
        }
        assignee = application.assignee() == null ? "" : application.assignee();
    }

    /** Gives the application to the chosen colleague, to me, or to nobody. */
    public String assign() {
        try {
            applications.assign(id, assignee == null || assignee.isBlank() ? null : assignee, subject.get());
            return messages.doneThenGo(self(), "permitReview.assigned");
        } catch (PermitApplicationException e) {
            text.refused(e, e.reason() == PermitApplicationException.Reason.ASSIGNEE_INVALID ? "assignee" : null);
            return null;
        }
    }

    /** Asks the applicant for information: the term pauses. */
    public String requestInformation() {
        try {
            applications.requestInformation(id, question, subject.get());
            return messages.doneThenGo(self(), "permitReview.asked");
        } catch (PermitApplicationException e) {
            text.refused(e, e.reason() == PermitApplicationException.Reason.MESSAGE_INVALID ? "question" : null);
            return null;
        }
    }

    /** Decides, with the reason. */
    public String decide() {
        try {
            applications.decide(id, decision, reason, subject.get());
            return messages.doneThenGo(self(), "permitReview.decided", text.status(decision));
        } catch (PermitApplicationException e) {
            text.refused(e, switch (e.reason()) {
                case DECISION_INVALID -> "decision";
                case REASON_MISSING -> "reason";
                default -> null;
            });
            return null;
        }
    }

    private String self() {
        return "/staff/permit-application.xhtml?id=" + id;
    }

    private ApplicationView application() {
        if (application == null && id != null) {
            try {
                application = applications.get(id);
            } catch (PermitApplicationException e) {
                return null;
            }
        }
        return application;
    }

    public ApplicationView getApplication() {
        return application();
    }

    /** Whether staff can still act on it (not decided or withdrawn). */
    public boolean isOpen() {
        return application() != null && !ApplicationStatus.valueOf(application.status()).isFinished();
    }

    /** Whether information can be asked (it is with the city, not waiting for an answer already). */
    public boolean isMayAsk() {
        return application() != null && ApplicationStatus.SUBMITTED.name().equals(application.status());
    }

    /** Colleagues seen at the permit desk, but me (offered as "me"). */
    public List<ReviewerView> getColleagues() {
        if (colleagues == null) {
            String me = subject.get();
            colleagues = applications.reviewers().stream().filter(r -> !r.subject().equals(me)).toList();
        }
        return colleagues;
    }

    public String getMe() {
        return subject.get();
    }

    public List<String> getDecisions() {
        return List.of(ApplicationStatus.GRANTED.name(), ApplicationStatus.REFUSED.name());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
