package org.citiverse.complaint.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.citiverse.complaint.application.CaseworkService;
import org.citiverse.complaint.application.ComplaintService;
import org.citiverse.complaint.application.RequestView;
import org.citiverse.complaint.application.UpdateView;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.complaint.domain.RequestStatus;
import org.citiverse.shared.interfaces.web.CurrentSubject;
import org.citiverse.shared.interfaces.web.LanguageSelection;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * Staff: one service request with everything the city holds on it (who reported it and how to reach
 * them), its full history with internal notes, and the forms to work it: who works it and how
 * urgent it is, a new status, a public note the reporter and everyone see, or an internal note,
 * moderation of the description, routing and merging. A change made meanwhile by a colleague is
 * refused (the version the page was built on), never overwritten.
 */
@Named("caseworkPage")
@ViewScoped
public class CaseworkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintService complaints;

    @Inject
    LanguageSelection language;

    @Inject
    PageMessages messages;

    @Inject
    ComplaintText text;

    @Inject
    org.citiverse.organisation.application.DepartmentService departments;

    @Inject
    CaseworkService casework;

    @Inject
    StaffAtWork staffAtWork;

    @Inject
    CurrentSubject subject;

    private String id;
    private RequestView request;
    private List<UpdateView> updates = List.of();
    private List<Integer> visible = List.of();
    private String status;
    private String note;
    private boolean internal;
    private String template;
    private String routeCategory;
    private String routeDepartment;
    private String original;
    private String assignee;
    private String priority;
    private String description;
    private boolean descriptionHidden;

    public void load() {
        if (request != null) {
            return; // a postback keeps the request the form was built on
        }
        Long number = id != null && id.strip().matches("[0-9]{1,18}") ? Long.valueOf(id.strip()) : null;
        request = number == null ? null : complaints.request(number, language.getTag(), true).orElse(null);
        if (request == null) {
            messages.notFound();
            return;
        }
        status = request.status();
        assignee = request.casework().assignee() == null ? "" : request.casework().assignee();
        priority = request.priority();
        description = request.description();
        descriptionHidden = request.casework().descriptionHidden();
        staffAtWork.record();
        updates = complaints.updates(List.of(request.id()), null, null, true, 500);
        visible = complaints.request(request.id(), language.getTag(), false).map(RequestView::photos).orElse(List.of());
    }

    public String save() {
        try {
            RequestView changed = complaints.change(request.id(), request.version(),
                    status == null || status.equals(request.status()) ? null : status, note, internal);
            return messages.doneThenGo("/staff/request.xhtml?id=" + changed.id(), "casework.saved",
                    String.valueOf(changed.id()));
        } catch (ComplaintException e) {
            if (e.reason() == ComplaintException.Reason.CHANGED_ELSEWHERE) {
                messages.error(null, e.messageKey());
                request = null;
                load();
                note = null;
            } else {
                text.refused(e, f -> "status".equals(f) ? "status" : "note".equals(f) ? "note" : null);
            }
        }
        return null;
    }

    /** Puts a prepared answer in the form (its text in the page's language, and its status if it has one). */
    public String useTemplate() {
        complaints.templates().stream().filter(t -> t.id().toString().equals(template)).findFirst().ifPresentOrElse(t -> {
            note = t.text(language.getTag());
            if (t.status() != null) {
                status = t.status();
            }
        }, () -> messages.error("template", "casework.template.choose"));
        return null;
    }

    public List<org.citiverse.complaint.application.TemplateView> getTemplates() {
        return complaints.templates();
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    /** Moves the request to another kind of problem (and its department) or straight to a department. */
    public String reroute() {
        try {
            complaints.reroute(request.id(), request.version(), routeCategory, routeDepartment);
            return messages.doneThenGo("/staff/request.xhtml?id=" + request.id(), "casework.routed",
                    String.valueOf(request.id()));
        } catch (ComplaintException e) {
            if (e.reason() == ComplaintException.Reason.CHANGED_ELSEWHERE) {
                messages.error(null, e.messageKey());
            } else {
                messages.error("routeCategory", "casework.route.nothing");
            }
        } catch (org.citiverse.shared.domain.RuleViolation e) {
            messages.error("routeDepartment", "casework.route.department");
        }
        return null;
    }

    /** Closes the request as a duplicate of an earlier report, whose number staff type. */
    public String merge() {
        Long originalId = original != null && original.strip().matches("[0-9]{1,18}")
                ? Long.valueOf(original.strip()) : null;
        if (originalId == null) {
            messages.error("original", "casework.merge.number");
            return null;
        }
        try {
            complaints.markDuplicate(request.id(), request.version(), originalId);
            return messages.doneThenGo("/staff/request.xhtml?id=" + request.id(), "casework.merged",
                    String.valueOf(request.id()), String.valueOf(originalId));
        } catch (ComplaintException e) {
            messages.error(e.reason() == ComplaintException.Reason.CHANGED_ELSEWHERE ? null : "original",
                    e.reason() == ComplaintException.Reason.CHANGED_ELSEWHERE ? e.messageKey() : "casework.merge.refused");
        }
        return null;
    }

    /** Who works the request and how urgent it is: each changed on its own, both in one form. */
    public String triage() {
        String to = assignee == null || assignee.isBlank() ? null : "me".equals(assignee) ? subject.get() : assignee;
        String had = request.casework().assignee();
        boolean assign = !java.util.Objects.equals(to, had);
        boolean prioritise = priority != null && !priority.equals(request.priority());
        if (!assign && !prioritise) {
            messages.error("assignee", "casework.triage.nothing");
            return null;
        }
        return act(() -> {
            RequestView changed = request;
            if (assign) {
                changed = casework.assign(request.id(), request.version(), to);
            }
            if (prioritise) {
                casework.prioritise(request.id(), changed.version(), priority);
            }
        }, "assignee", "casework.triage.saved");
    }

    /** Moderation: the description as staff edited it, and whether the public sees it. */
    public String moderate() {
        return act(() -> casework.moderate(request.id(), request.version(), description, descriptionHidden),
                "description", "casework.moderation.saved");
    }

    private String act(Runnable change, String field, String done) {
        try {
            change.run();
            return messages.doneThenGo("/staff/request.xhtml?id=" + request.id(), done, String.valueOf(request.id()));
        } catch (ComplaintException e) {
            if (e.reason() == ComplaintException.Reason.CHANGED_ELSEWHERE) {
                messages.error(null, e.messageKey());
                request = null;
                load();
            } else {
                text.refused(e, f -> field);
            }
        }
        return null;
    }

    /** Colleagues of the request's department who can be given it (the signed-in one offered as "me"). */
    public List<CaseworkService.StaffView> getColleagues() {
        return casework.staff(request.department()).stream().filter(p -> !p.subject().equals(subject.get())).toList();
    }

    public List<String> getPriorities() {
        return Arrays.stream(org.citiverse.complaint.domain.Priority.values()).map(Enum::name).toList();
    }

    public String getMe() {
        return subject.get();
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isDescriptionHidden() {
        return descriptionHidden;
    }

    public void setDescriptionHidden(boolean descriptionHidden) {
        this.descriptionHidden = descriptionHidden;
    }

    public List<org.citiverse.complaint.application.CategoryView> getCategories() {
        return complaints.categories(language.getTag());
    }

    public List<org.citiverse.organisation.application.DepartmentView> getDepartments() {
        return departments.all().stream().filter(org.citiverse.organisation.application.DepartmentView::active).toList();
    }

    public String getRouteCategory() {
        return routeCategory;
    }

    public void setRouteCategory(String routeCategory) {
        this.routeCategory = routeCategory;
    }

    public String getRouteDepartment() {
        return routeDepartment;
    }

    public void setRouteDepartment(String routeDepartment) {
        this.routeDepartment = routeDepartment;
    }

    public String getOriginal() {
        return original;
    }

    public void setOriginal(String original) {
        this.original = original;
    }

    /** An answer to one of the category's questions, as staff read it. */
    public record Answer(String question, String value) {
    }

    /** The answers, each under its question (by its code when the category no longer asks it). */
    public List<Answer> getAnswers() {
        List<org.citiverse.complaint.application.CategoryView.Question> questions = complaints
                .category(request.category(), language.getTag())
                .map(org.citiverse.complaint.application.CategoryView::questions).orElse(List.of());
        return request.attributes().entrySet().stream().map(e -> {
            var question = questions.stream().filter(q -> q.code().equals(e.getKey())).findFirst();
            List<String> keys = org.citiverse.complaint.domain.CategoryAttribute.shown(e.getValue());
            String shown = String.join(", ", keys.stream().map(k -> question.flatMap(q -> q.values().stream()
                    .filter(v -> v.key().equals(k)).findFirst()).map(v -> v.name()).orElse(k)).toList());
            return new Answer(question.map(q -> q.description()).orElse(e.getKey()), shown);
        }).toList();
    }

    /** Whether a photo is hidden from the public. */
    public boolean hidden(int position) {
        return !visible.contains(position);
    }

    /** Hides the photo named by the row's form, or publishes it again. */
    public String togglePhoto() {
        String position = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("photo");
        if (position == null || !position.matches("[1-9]")) {
            return null;
        }
        int n = Integer.parseInt(position);
        complaints.hidePhoto(request.id(), n, !hidden(n));
        return messages.doneThenGo("/staff/request.xhtml?id=" + request.id(), hidden(n) ? "casework.photo.shownNow"
                : "casework.photo.hiddenNow", String.valueOf(n));
    }

    public List<String> getStatuses() {
        return Arrays.stream(RequestStatus.values()).filter(s -> s != RequestStatus.WITHDRAWN
                || s.name().equals(request.status())).map(Enum::name).toList();
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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isInternal() {
        return internal;
    }

    public void setInternal(boolean internal) {
        this.internal = internal;
    }
}
