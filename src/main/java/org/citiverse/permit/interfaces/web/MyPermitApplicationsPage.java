package org.citiverse.permit.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.citiverse.permit.application.ApplicationSummary;
import org.citiverse.permit.application.PermitApplicationService;
import org.citiverse.permit.domain.ApplicationStatus;
import org.citiverse.permit.domain.PermitApplicationException;
import org.citiverse.shared.interfaces.web.CurrentSubject;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * "My permit applications": the citizen's own, newest first, with status, decision deadline, what the
 * city asked (answered on the application's page) and a way to withdraw those not decided.
 */
@Named("myPermitApplicationsPage")
@RequestScoped
public class MyPermitApplicationsPage {

    @Inject
    PermitApplicationService applications;

    @Inject
    CurrentSubject subject;

    @Inject
    PageMessages messages;

    @Inject
    PermitApplicationText text;

    @Inject
    jakarta.servlet.http.HttpServletRequest http;

    private List<ApplicationSummary> mine;

    public List<ApplicationSummary> getApplications() {
        if (mine == null) {
            mine = applications.mine(subject.get());
        }
        return mine;
    }

    /** Whether the applicant may still withdraw it. */
    public boolean mayWithdraw(ApplicationSummary application) {
        return !ApplicationStatus.valueOf(application.status()).isFinished();
    }

    /** Withdraws one of the citizen's applications (its reference in the row's hidden field). */
    public String withdraw() {
        String reference = String.valueOf(http.getParameter("withdraw"));
        try {
            applications.withdraw(reference, subject.get());
            return messages.doneThenGo("/citizen/permit-applications.xhtml", "permitApplication.withdrawn", reference);
        } catch (PermitApplicationException e) {
            text.refused(e, null);
            return null;
        }
    }
}
