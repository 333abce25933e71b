package org.citiverse.complaint.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.citiverse.complaint.application.CategoryView;
import org.citiverse.complaint.application.ComplaintService;
import org.citiverse.complaint.application.RequestPage;
import org.citiverse.complaint.domain.RequestQuery;
import org.citiverse.complaint.domain.RequestStatus;
import org.citiverse.organisation.application.DepartmentService;
import org.citiverse.organisation.application.DepartmentView;
import org.citiverse.shared.interfaces.web.LanguageSelection;
import org.citiverse.shared.interfaces.web.QueryStrings;

/**
 * Staff: the work queue of service requests, filtered by status, kind, department and overdue
 * (a plain GET form, so a filtered queue can be bookmarked and shared), newest first, a page at a
 * time, with the same filters as a CSV download.
 */
@Named("queuePage")
@RequestScoped
public class QueuePage {

    static final int PAGE_SIZE = 50;

    @Inject
    ComplaintService complaints;

    @Inject
    DepartmentService departments;

    @Inject
    LanguageSelection language;

    private String status = "";
    private String category = "";
    private String department = "";
    private boolean overdue;
    private int page = 1;
    private RequestPage results;

    public void load() {
        RequestStatus chosen = RequestStatus.parse(status).orElse(null);
        Set<RequestStatus> statuses = chosen != null ? Set.of(chosen) : "open".equals(status)
                ? Set.copyOf(Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen).toList()) : Set.of();
        results = complaints.search(new RequestQuery(null, category.isBlank() ? null : Set.of(category), statuses,
                department.isBlank() ? null : department, null, null, null, overdue, Clock.systemUTC().instant(),
                Math.max(1, page), PAGE_SIZE), language.getTag(), true);
    }

    /** The filters as a query string, for the pager and the CSV link. */
    public String query(int targetPage) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>(filters(status));
        params.put("page", targetPage > 1 ? String.valueOf(targetPage) : "");
        return QueryStrings.of(params);
    }

    public String getExportQuery() {
        // The export API names statuses one by one: "open" is the four that are still work.
        return QueryStrings.of(filters(RequestStatus.parse(status).map(Enum::name).orElse("open".equals(status)
                ? String.join(",", Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen).map(Enum::name)
                .toList()) : "")));
    }

    private java.util.Map<String, String> filters(String statusValue) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("status", statusValue);
        params.put("category", category);
        params.put("department", department);
        params.put("overdue", overdue ? "true" : "");
        return params;
    }

    public boolean isHasNext() {
        return (long) page * PAGE_SIZE < results.total();
    }

    public List<String> getStatuses() {
        return Arrays.stream(RequestStatus.values()).map(Enum::name).toList();
    }

    public List<CategoryView> getCategories() {
        return complaints.categories(language.getTag());
    }

    public List<DepartmentView> getDepartments() {
        return departments.all();
    }

    public RequestPage getResults() {
        return results;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category == null ? "" : category.strip();
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department == null ? "" : department.strip();
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
