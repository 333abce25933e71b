package org.citiverse.complaint.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.audit.application.Caller;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.complaint.domain.ComplaintException.Reason;
import org.citiverse.complaint.domain.ComplaintRepository;
import org.citiverse.complaint.domain.District;
import org.citiverse.complaint.domain.Priority;
import org.citiverse.complaint.domain.RequestUpdate;
import org.citiverse.complaint.domain.SavedFilter;
import org.citiverse.complaint.domain.ServiceRequest;
import org.citiverse.complaint.domain.StaffMember;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Staff's casework on requests beyond status and notes: who works a request, how urgent it is,
 * moderation of what the reporter wrote, the staff a request can be given to, the city's areas,
 * and each staff member's saved queue filters. Every change of a request is audited and kept as
 * an internal update.
 */
@ApplicationScoped
public class CaseworkService {

    @Inject
    ComplaintRepository repository;

    @Inject
    ComplaintService complaints;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "complaint.areas", defaultValue = "")
    String areas;

    Clock clock = Clock.systemUTC();

    private List<District> districts;

    @PostConstruct
    void init() {
        districts = District.parseAll(areas);
    }

    /**
     * A staff member, as the identity provider names them and the departments they are in, is at
     * work. Null departments (an API token that does not say) keep what the portal learnt before.
     */
    @Transactional
    public void seen(String name, List<String> departments) {
        String subject = caller.subject();
        Optional<StaffMember> known = repository.staffMember(subject);
        if (known.isPresent()) {
            known.get().seen(name, departments == null ? known.get().departments() : departments, clock.instant());
        } else {
            repository.add(new StaffMember(subject, name, departments == null ? List.of() : departments,
                    clock.instant()));
        }
    }

    /** Who may be given requests of this department (all known staff for null), by name. */
    @Transactional
    public List<StaffView> staff(String department) {
        return repository.staff().stream().filter(s -> department == null || s.worksFor(department))
                .map(s -> new StaffView(s.subject(), s.name(), s.departments())).toList();
    }

    /**
     * Gives the request to a known staff member who works for its department, or to nobody
     * ({@code subject} null).
     */
    @Transactional
    public RequestView assign(long id, Integer basedOnVersion, String subject) {
        ServiceRequest request = complaints.lockedAt(id, basedOnVersion);
        String name = null;
        if (subject != null) {
            StaffMember member = repository.staffMember(subject).filter(s -> s.worksFor(request.departmentCode()))
                    .orElseThrow(() -> new ComplaintException(Reason.ASSIGNEE_INVALID, "assignee"));
            name = member.name();
        }
        return changed(request, request.assign(subject, name, caller.subject(), clock.instant()),
                "complaint.request-assigned");
    }

    @Transactional
    public RequestView prioritise(long id, Integer basedOnVersion, String priority) {
        ServiceRequest request = complaints.lockedAt(id, basedOnVersion);
        Priority to = Priority.parse(priority)
                .orElseThrow(() -> new ComplaintException(Reason.PRIORITY_INVALID, "priority"));
        return changed(request, request.prioritise(to, caller.subject(), clock.instant()),
                "complaint.request-prioritised");
    }

    /**
     * Moderation: a new description (null keeps it) and whether the public sees it. The reporter's
     * own words stay with the request for staff; the audit log says who moderated and when.
     */
    @Transactional
    public RequestView moderate(long id, Integer basedOnVersion, String description, boolean hidden) {
        ServiceRequest request = complaints.lockedAt(id, basedOnVersion);
        return changed(request, request.moderate(description, hidden, caller.subject(), clock.instant()),
                "complaint.request-moderated");
    }

    private RequestView changed(ServiceRequest request, RequestUpdate update, String action) {
        repository.add(update);
        audit.record(action, "service-request", String.valueOf(request.id()), update.note());
        repository.flush();
        return complaints.staffView(request);
    }

    /** The city's areas staff filter by, in their configured order. */
    public List<District> districts() {
        return districts;
    }

    public Optional<District> district(String name) {
        return districts.stream().filter(d -> d.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    /** The caller's saved queue filters, by name. */
    @Transactional
    public List<SavedFilterView> savedFilters() {
        return repository.savedFilters(caller.subject()).stream().map(CaseworkService::view).toList();
    }

    /** Saves the queue's query string under a name; the same name again replaces it. */
    @Transactional
    public SavedFilterView saveFilter(String name, String query) {
        SavedFilter filter = new SavedFilter(caller.subject(), name, query, clock.instant());
        List<SavedFilter> mine = repository.savedFilters(caller.subject());
        Optional<SavedFilter> same = mine.stream().filter(f -> f.name().equals(filter.name())).findFirst();
        if (same.isEmpty() && mine.size() >= SavedFilter.MAX_PER_OWNER) {
            throw new ComplaintException(Reason.FILTER_INVALID, "name");
        }
        same.ifPresent(f -> {
            repository.remove(f);
            repository.flush();
        });
        repository.add(filter);
        return view(filter);
    }

    /** Removes one of the caller's saved filters (another's is as good as missing). */
    @Transactional
    public void removeFilter(UUID id) {
        SavedFilter filter = repository.savedFilter(id).filter(f -> f.owner().equals(caller.subject()))
                .orElseThrow(() -> new ComplaintException(Reason.NOT_FOUND));
        repository.remove(filter);
    }

    private static SavedFilterView view(SavedFilter f) {
        return new SavedFilterView(f.id(), f.name(), f.query());
    }

    /** A staff member a request can be given to. */
    public record StaffView(String subject, String name, List<String> departments) {
    }

    /** A saved queue filter: its name and the queue's query string. */
    public record SavedFilterView(UUID id, String name, String query) {
    }
}
