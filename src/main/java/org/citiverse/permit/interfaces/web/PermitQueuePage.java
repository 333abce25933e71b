package org.citiverse.permit.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citiverse.identity.application.IdentityProvider;
import org.citiverse.permit.application.ApplicationPage;
import org.citiverse.permit.application.PermitApplicationService;
import org.citiverse.permit.domain.ApplicationQuery;
import org.citiverse.permit.domain.ApplicationStatus;
import org.citiverse.shared.interfaces.web.CurrentSubject;
import org.citiverse.shared.interfaces.web.QueryStrings;

/**
 * Staff: the queue of permit applications sent in, soonest deadline first, filtered by status,
 * activity, zone, who works it (me, nobody, anyone) and overdue (a plain GET form, so a filtered queue
 * can be bookmarked and shared), a page at a time, with the same filters as a CSV download.
 */
@Named("permitQueuePage")
@RequestScoped
public class PermitQueuePage {

    static final int PAGE_SIZE = 25;
    /** The activities the shipped rules know; others show in the queue but are not offered as a filter. */
    private static final List<String> ACTIVITIES = List.of("dormer", "fence", "outbuilding");

    @Inject
    PermitApplicationService applications;

    @Inject
    CurrentSubject subject;

    @Inject
    IdentityProvider identity;

    private String status = "";
    private String activity = "";
    private String zone = "";
    private String assignee = "";
    private boolean overdue;
    private int page = 1;
    private ApplicationPage results;
    private List<String> zones;

    public void load() {
        // Whoever opens the queue can be given applications by colleagues from now on.
        applications.seen(subject.get(), identity.currentClaims().name());
        ApplicationStatus chosen = ApplicationStatus.parse(status);
        Set<ApplicationStatus> statuses = chosen == null || chosen == ApplicationStatus.DRAFT ? Set.of() : Set.of(chosen);
        String who = switch (assignee) {
            case "me" -> subject.get();
            case "none" -> ApplicationQuery.NOBODY;
            default -> null;
        };
        results = applications.search(statuses, activity, zone, who, overdue, Math.max(1, page), PAGE_SIZE);
    }

    /** The statuses to filter by (drafts are never in the queue). */
    public List<String> getStatuses() {
        return Arrays.stream(ApplicationStatus.values()).filter(s -> s != ApplicationStatus.DRAFT)
                .map(Enum::name).toList();
    }

    public List<String> getActivities() {
        return ACTIVITIES;
    }

    public List<String> getZones() {
        if (zones == null) {
            zones = applications.zoneTypes();
        }
        return zones;
    }

    /** The query string of these filters on another page. */
    public String query(int number) {
        Map<String, String> params = filters();
        params.put("page", String.valueOf(number));
        return QueryStrings.of(params);
    }

    /** The query string of these filters for the CSV export (the API's names). */
    public String getExportQuery() {
        Map<String, String> params = filters();
        if (!status.isBlank() && ApplicationStatus.parse(status) == null) {
            params.remove("status");
        }
        return QueryStrings.of(params);
    }

    private Map<String, String> filters() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("activity", activity);
        params.put("zone", zone);
        params.put("assignee", assignee);
        params.put("overdue", overdue ? "true" : "");
        return params;
    }

    public ApplicationPage getResults() {
        return results;
    }

    public boolean isHasNext() {
        return results != null && results.hasNext();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity == null ? "" : activity;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone == null ? "" : zone;
    }

    public String getAssignee() {
        return assignee;
    }

    /** me, none, or anyone (anything else: no filter). */
    public void setAssignee(String assignee) {
        this.assignee = "me".equals(assignee) || "none".equals(assignee) ? assignee : "";
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
