package org.citiverse.complaint.interfaces.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.citiverse.complaint.application.CaseworkService;
import org.citiverse.complaint.application.CategoryView;
import org.citiverse.complaint.application.ComplaintService;
import org.citiverse.complaint.application.RequestPage;
import org.citiverse.complaint.domain.District;
import org.citiverse.complaint.domain.Priority;
import org.citiverse.complaint.domain.RequestQuery;
import org.citiverse.complaint.domain.RequestStatus;
import org.citiverse.organisation.application.DepartmentService;
import org.citiverse.organisation.application.DepartmentView;
import org.citiverse.shared.interfaces.web.CurrentSubject;
import org.citiverse.shared.interfaces.web.LanguageSelection;
import org.citiverse.shared.interfaces.web.QueryStrings;

/**
 * Staff: the work queue of service requests, filtered by status, kind, department, overdue,
 * source, who works it, priority and area (a plain GET form, so a filtered queue can be bookmarked,
 * shared and saved under a name), in a chosen order, a page at a time, with the same filters as a
 * CSV download.
 */
@Named("queuePage")
@jakarta.faces.view.ViewScoped
public class QueuePage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 50;
    private static final Set<RequestStatus> OPEN_STATUSES = Set.copyOf(
            Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen).toList());

    @Inject
    ComplaintService complaints;

    @Inject
    DepartmentService departments;

    @Inject
    LanguageSelection language;

    @Inject
    org.citiverse.shared.interfaces.web.PageMessages messages;

    @Inject
    CaseworkService casework;

    @Inject
    StaffAtWork staffAtWork;

    @Inject
    CurrentSubject subject;

    private String status = "";
    private String category = "";
    private String department = "";
    private boolean overdue;
    private String source = "";
    private String order = "";
    private String assignee = "";
    private String priority = "";
    private String area = "";
    private int page = 1;
    private String filterName;
    // Kept for the postback of the bulk form (its table must be there to be decoded); read again when lost.
    private transient RequestPage results;
    // Read once per view: the page's lists ask for them several times while rendering.
    private transient List<CaseworkService.SavedFilterView> savedFilters;
    private transient List<CaseworkService.StaffView> staff;
    private transient List<CategoryView> categories;
    private transient List<DepartmentView> departmentList;
    private String bulkStatus;
    private String bulkNote;

    public void load() {
        // "open" is every status that is still open; checked before the statuses, one of which is OPEN.
        Set<RequestStatus> statuses = "open".equals(status) ? OPEN_STATUSES
                : RequestStatus.parse(status).map(Set::of).orElse(Set.of());
        staffAtWork.record();
        results = complaints.search(new RequestQuery(null, category.isBlank() ? null : Set.of(category), statuses,
                department.isBlank() ? null : department, null, null, null, overdue, Clock.systemUTC().instant(),
                Math.max(1, page), PAGE_SIZE, sourceFilter(), orderChosen(), triage()), language.getTag(), true);
    }

    /** A priority or area the form does not offer (an edited link) is no filter. */
    private RequestQuery.Triage triage() {
        String who = RequestQuery.Triage.assignee(assignee, subject.get());
        Priority chosen = Priority.parse(priority).orElse(null);
        return new RequestQuery.Triage(who, chosen, casework.district(area).map(District::box).orElse(null));
    }

    /** Saves the filters shown under a name: a link in the list above the queue. */
    public String saveFilter() {
        try {
            casework.saveFilter(filterName, QueryStrings.of(filters(status)));
        } catch (org.citiverse.complaint.domain.ComplaintException e) {
            messages.error("filterName", "complaint.error.filter-invalid");
            return null;
        }
        return messages.doneThenGo("/staff/requests.xhtml?" + query(page), "queue.filter.saved", filterName.strip());
    }

    public String removeFilter(String id) {
        org.citiverse.shared.domain.Uuids.parse(id).ifPresent(casework::removeFilter);
        return messages.doneThenGo("/staff/requests.xhtml?" + query(page), "queue.filter.removed");
    }

    public List<CaseworkService.SavedFilterView> getSavedFilters() {
        if (savedFilters == null) {
            savedFilters = casework.savedFilters();
        }
        return savedFilters;
    }

    public List<District> getAreas() {
        return casework.districts();
    }

    public List<String> getPriorities() {
        return Arrays.stream(Priority.values()).map(Enum::name).toList();
    }

    public List<CaseworkService.StaffView> getStaff() {
        if (staff == null) {
            staff = casework.staff(department.isBlank() ? null : department);
        }
        return staff;
    }

    /**
     * The same answer for every ticked report: a new status and/or a public note. Each report is
     * changed on its own (audited, its reporter and followers told); one that refuses is named.
     */
    public String bulk() {
        String[] selected = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap().get("selected");
        if (selected == null || selected.length == 0) {
            messages.error(null, "queue.bulk.none");
            return null;
        }
        java.util.List<String> refused = new java.util.ArrayList<>();
        int changed = 0;
        for (String id : selected) {
            try {
                complaints.change(Long.parseLong(id), null, bulkStatus, bulkNote, false);
                changed++;
            } catch (NumberFormatException | org.citiverse.complaint.domain.ComplaintException e) {
                refused.add(id);
            }
        }
        if (!refused.isEmpty()) {
            messages.error(null, "queue.bulk.refused", String.join(", ", refused));
            load(); // the changed ones show their new status
            return null;
        }
        return messages.doneThenGo("/staff/requests.xhtml?" + query(page), "queue.bulk.done", changed);
    }

    private org.citiverse.complaint.domain.Submission.Source sourceFilter() {
        try {
            return source.isBlank() ? null : org.citiverse.complaint.domain.Submission.Source.valueOf(source);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private RequestQuery.Order orderChosen() {
        try {
            return order.isBlank() ? RequestQuery.Order.NEWEST : RequestQuery.Order.valueOf(order);
        } catch (IllegalArgumentException e) {
            return RequestQuery.Order.NEWEST;
        }
    }

    public List<String> getSources() {
        return Arrays.stream(org.citiverse.complaint.domain.Submission.Source.values()).map(Enum::name).toList();
    }

    public List<String> getOrders() {
        return Arrays.stream(RequestQuery.Order.values()).map(Enum::name).toList();
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source == null ? "" : source.strip();
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order == null ? "" : order.strip();
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee == null ? "" : assignee.strip();
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority == null ? "" : priority.strip();
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area == null ? "" : area.strip();
    }

    public String getFilterName() {
        return filterName;
    }

    public void setFilterName(String filterName) {
        this.filterName = filterName;
    }

    public String getBulkStatus() {
        return bulkStatus;
    }

    public void setBulkStatus(String bulkStatus) {
        this.bulkStatus = bulkStatus;
    }

    public String getBulkNote() {
        return bulkNote;
    }

    public void setBulkNote(String bulkNote) {
        this.bulkNote = bulkNote;
    }

    /** The filters as a query string, for the pager and the CSV link. */
    public String query(int targetPage) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>(filters(status));
        params.put("page", targetPage > 1 ? String.valueOf(targetPage) : "");
        return QueryStrings.of(params);
    }

    public String getExportQuery() {
        // The export API names statuses one by one: "open" is the four that are still work.
        return QueryStrings.of(filters("open".equals(status)
                ? String.join(",", OPEN_STATUSES.stream().sorted().map(Enum::name).toList())
                : RequestStatus.parse(status).map(Enum::name).orElse("")));
    }

    private java.util.Map<String, String> filters(String statusValue) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("status", statusValue);
        params.put("category", category);
        params.put("department", department);
        params.put("overdue", overdue ? "true" : "");
        params.put("source", source);
        params.put("order", order);
        params.put("assignee", assignee);
        params.put("priority", priority);
        params.put("area", area);
        return params;
    }

    public boolean isHasNext() {
        return (long) page * PAGE_SIZE < getResults().total();
    }

    public List<String> getStatuses() {
        return Arrays.stream(RequestStatus.values()).map(Enum::name).toList();
    }

    public List<CategoryView> getCategories() {
        if (categories == null) {
            categories = complaints.categories(language.getTag());
        }
        return categories;
    }

    public List<DepartmentView> getDepartments() {
        if (departmentList == null) {
            departmentList = departments.all();
        }
        return departmentList;
    }

    public RequestPage getResults() {
        if (results == null) {
            load();
        }
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
