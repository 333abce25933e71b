package org.citiverse.complaint.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import org.citiverse.complaint.application.ComplaintService;
import org.citiverse.complaint.application.RequestView;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.complaint.domain.RequestQuery;
import org.citiverse.shared.interfaces.web.CurrentSubject;
import org.citiverse.shared.interfaces.web.LanguageSelection;
import org.citiverse.shared.interfaces.web.PageMessages;

/** "My reports": everything the citizen reported, newest first, with status and the city's latest note. */
@Named("myReportsPage")
@RequestScoped
public class MyReportsPage {

    static final int SHOWN = 100;

    @Inject
    ComplaintService complaints;

    @Inject
    CurrentSubject subject;

    @Inject
    LanguageSelection language;

    @Inject
    PageMessages messages;

    @Inject
    jakarta.servlet.http.HttpServletRequest http;

    private List<RequestView> reports;

    public List<RequestView> getReports() {
        if (reports == null) {
            reports = complaints.search(new RequestQuery(null, null, null, null, subject.get(), null, null, false,
                    Clock.systemUTC().instant(), 1, SHOWN), language.getTag(), false).requests();
        }
        return reports;
    }

    private List<RequestView> followed;

    /** The reports the citizen follows (their own or anyone's). */
    public List<RequestView> getFollowed() {
        if (followed == null) {
            followed = complaints.followed(language.getTag());
        }
        return followed;
    }

    /** Takes one of the citizen's open reports back. */
    public String withdraw() {
        try {
            // Each row's form carries its report's number in a plain hidden field.
            long id = Long.parseLong(String.valueOf(http.getParameter("withdraw")));
            complaints.withdraw(id);
            return messages.doneThenGo("/citizen/reports.xhtml", "reports.withdrawn", String.valueOf(id));
        } catch (NumberFormatException | ComplaintException e) {
            messages.error(null, "reports.withdraw.refused");
            return null;
        }
    }
}
