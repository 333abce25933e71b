package org.citiverse.complaint.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.citiverse.complaint.application.ApiKeyService;
import org.citiverse.complaint.application.ApiKeyView;
import org.citiverse.complaint.application.NewApiKey;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.shared.domain.Uuids;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * City administrators: the Open311 API keys of third-party apps. A new key is shown on the answer
 * to making it only (request-scoped: nothing keeps it); revoking stops the app at once.
 */
@Named("apiKeysPage")
@RequestScoped
public class ApiKeysPage {

    @Inject
    ApiKeyService keys;

    @Inject
    PageMessages messages;

    @Inject
    jakarta.servlet.http.HttpServletRequest http;

    private String name;
    private NewApiKey made;
    private List<ApiKeyView> all;

    public String create() {
        try {
            made = keys.create(name);
            all = null;
            messages.notice("keys.made", made.name());
        } catch (ComplaintException e) {
            messages.error("appName", "complaint.error.key-name-invalid");
        }
        return null;
    }

    /** Revokes the key named by the row's form. */
    public String revoke() {
        return Uuids.parse(http.getParameter("key")).map(id -> {
            ApiKeyView revoked = keys.revoke(id);
            return messages.doneThenGo("/admin/open311-keys.xhtml", "keys.revoked", revoked.name());
        }).orElse(null);
    }

    public List<ApiKeyView> getAll() {
        if (all == null) {
            all = keys.all();
        }
        return all;
    }

    public NewApiKey getMade() {
        return made;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
