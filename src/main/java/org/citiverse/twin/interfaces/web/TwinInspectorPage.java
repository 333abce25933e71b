package org.citiverse.twin.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.citiverse.shared.interfaces.web.PageMessages;
import org.citiverse.twin.application.SyncView;
import org.citiverse.twin.application.TwinCaller;
import org.citiverse.twin.application.TwinCallers;
import org.citiverse.twin.application.TwinService;
import org.citiverse.twin.application.TwinView;
import org.citiverse.twin.domain.TwinException;

/**
 * Staff twin inspector: one twin's properties and state, what it contains, its latest history,
 * its open sync requests and — for those who administer it — its grants. A twin the staff member
 * may not see is a 404.
 */
@Named("twinInspector")
@RequestScoped
public class TwinInspectorPage {

    static final int HISTORY_SHOWN = 50;

    @Inject
    TwinService twins;

    @Inject
    TwinCallers callers;

    @Inject
    PageMessages messages;

    private String id;
    private TwinView twin;
    private List<TwinRow> children = List.of();
    private List<TwinView.HistoryItem> history = List.of();
    private List<SyncView> syncRequests = List.of();
    private List<TwinView.Grant> grants = List.of();
    private boolean administers;

    /** View action: loads everything the caller may see of the twin, or answers 404. */
    public void load() {
        TwinCaller caller = callers.current();
        try {
            twin = twins.get(caller, id);
        } catch (TwinException notVisible) {
            messages.notFound();
            return;
        }
        children = twins.children(caller, id).stream().map(t -> TwinRow.of(t, 0)).toList();
        history = twins.history(caller, id, Instant.EPOCH, Instant.now().plusSeconds(3600), HISTORY_SHOWN);
        syncRequests = twins.openSyncRequests(caller, id);
        administers = twins.administers(caller, id);
        if (administers) {
            grants = twins.grants(caller, id);
        }
    }

    public TwinRow getRow() {
        return TwinRow.of(twin, 0);
    }

    public TwinView getTwin() {
        return twin;
    }

    public List<TwinRow> getChildren() {
        return children;
    }

    public List<TwinView.HistoryItem> getHistory() {
        return history;
    }

    public List<SyncView> getSyncRequests() {
        return syncRequests;
    }

    public List<TwinView.Grant> getGrants() {
        return grants;
    }

    public boolean isAdministers() {
        return administers;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
