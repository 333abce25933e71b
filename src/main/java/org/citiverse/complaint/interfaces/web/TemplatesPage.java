package org.citiverse.complaint.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.citiverse.complaint.application.ComplaintService;
import org.citiverse.complaint.application.TemplateView;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.complaint.domain.RequestStatus;
import org.citiverse.shared.domain.Uuids;
import org.citiverse.shared.interfaces.web.PageMessages;

/** City administrators: the prepared answers staff choose from on a report's page. */
@Named("templatesPage")
@RequestScoped
public class TemplatesPage {

    @Inject
    ComplaintService complaints;

    @Inject
    PageMessages messages;

    @Inject
    jakarta.servlet.http.HttpServletRequest http;

    private String title;
    private String textEn;
    private String textNl;
    private String status;

    public String add() {
        try {
            TemplateView added = complaints.addTemplate(title, textEn, textNl, status);
            return messages.doneThenGo("/admin/templates.xhtml", "templates.added", added.title());
        } catch (ComplaintException e) {
            messages.error(e.field(), "complaint.error.template-invalid");
            return null;
        }
    }

    /** Removes the template named by the row's form. */
    public String remove() {
        return Uuids.parse(http.getParameter("template")).map(id -> {
            complaints.removeTemplate(id);
            return messages.doneThenGo("/admin/templates.xhtml", "templates.removed");
        }).orElse(null);
    }

    public List<TemplateView> getAll() {
        return complaints.templates();
    }

    public List<String> getStatuses() {
        return Arrays.stream(RequestStatus.values()).filter(s -> s != RequestStatus.WITHDRAWN).map(Enum::name).toList();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getTextNl() {
        return textNl;
    }

    public void setTextNl(String textNl) {
        this.textNl = textNl;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
