package org.citiverse.audit.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.audit.application.AuditPage;
import org.citiverse.audit.application.AuditRecord;
import org.citiverse.audit.domain.AuditQuery;
import org.citiverse.shared.interfaces.web.QueryStrings;

/**
 * Staff search of the audit log. The search lives in the URL (a GET form), so results can be
 * bookmarked, shared with a colleague and exported as CSV with the same criteria.
 */
@Named("auditSearch")
@RequestScoped
public class AuditSearchPage {

    static final int PAGE_SIZE = 50;

    @Inject
    AuditLog audit;

    private String actor;
    private String action;
    private String object;
    private String from;
    private String to;
    private int offset;
    private AuditPage page = new AuditPage(List.of(), false);

    public void search() {
        try {
            page = audit.search(AuditQuery.parse(actor, action, object, from, to, Math.max(0, offset), PAGE_SIZE));
        } catch (IllegalArgumentException e) {
            // The only criteria that can be malformed are the two times.
            String field = e.getMessage().startsWith("to") ? "to" : "from";
            FacesContext.getCurrentInstance().addMessage(field,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public List<AuditRecord> getEntries() {
        return page.entries();
    }

    public boolean isHasMore() {
        return page.hasMore();
    }

    public boolean isHasPrevious() {
        return offset > 0;
    }

    /** The query string of this search, at another offset. */
    public String query(int atOffset) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("actor", actor);
        params.put("action", action);
        params.put("object", object);
        params.put("from", from);
        params.put("to", to);
        if (atOffset > 0) {
            params.put("offset", Integer.toString(atOffset));
        }
        return QueryStrings.of(params);
    }

    public String getNextQuery() {
        return query(offset + PAGE_SIZE);
    }

    public String getPreviousQuery() {
        return query(Math.max(0, offset - PAGE_SIZE));
    }

    public String getExportQuery() {
        return query(0);
    }

    public int getFirstShown() {
        return page.entries().isEmpty() ? 0 : offset + 1;
    }

    public int getLastShown() {
        return offset + page.entries().size();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getObject() {
        return object;
    }

    public void setObject(String object) {
        this.object = object;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getOffset() {
        return offset;
    }

    public void setOffset(int offset) {
        this.offset = offset;
    }
}
