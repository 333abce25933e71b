package org.citiverse.complaint.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.citiverse.complaint.application.ComplaintService;
import org.citiverse.complaint.application.RequestView;
import org.citiverse.complaint.application.UpdateView;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.shared.interfaces.web.LanguageSelection;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * The public page of a report (anyone, signed in or not): what, where, its status and the city's
 * public updates. It never names who reported it; the reporter sees it the same way.
 */
@Named("requestPage")
@RequestScoped
public class RequestPage {

    @Inject
    ComplaintService complaints;

    @Inject
    LanguageSelection language;

    @Inject
    PageMessages messages;

    @Inject
    jakarta.servlet.http.HttpServletRequest http;

    private String id;
    private RequestView request;
    private List<UpdateView> updates = List.of();

    public void load() {
        Optional<Long> number = id == null || !id.strip().matches("[0-9]{1,18}") ? Optional.empty()
                : Optional.of(Long.parseLong(id.strip()));
        request = number.flatMap(n -> complaints.request(n, language.getTag(), false)).map(RequestView::publicView)
                .orElse(null);
        if (request == null) {
            messages.notFound();
            return;
        }
        updates = complaints.updates(List.of(request.id()), null, null, false, 200);
    }

    /** Whether the signed-in resident follows this report (false for visitors). */
    public boolean isFollowing() {
        return signedInCitizen() && request != null && complaints.following(request.id());
    }

    /** Whether the signed-in resident reported it and may open it again now. */
    public boolean isMayReopen() {
        return signedInCitizen() && request != null && complaints.mayReopen(request.id());
    }

    public String follow() {
        return act(n -> complaints.follow(n), "request.followed");
    }

    public String unfollow() {
        return act(n -> complaints.unfollow(n), "request.unfollowed");
    }

    public String reopen() {
        try {
            return act(n -> complaints.reopen(n), "request.reopened");
        } catch (ComplaintException e) {
            messages.error(null, "request.reopen.refused");
            return null;
        }
    }

    private String act(java.util.function.LongConsumer action, String done) {
        long n = Long.parseLong(id.strip());
        action.accept(n);
        return messages.doneThenGo("/request.xhtml?id=" + n, done, String.valueOf(n));
    }

    private boolean signedInCitizen() {
        return http.getUserPrincipal() != null && http.isUserInRole("citizen");
    }

    public RequestView getRequest() {
        return request;
    }

    public List<UpdateView> getUpdates() {
        return updates;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
