package org.citiverse.twin.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.citiverse.shared.interfaces.web.PageMessages;
import org.citiverse.twin.application.SyncView;
import org.citiverse.twin.application.TwinCaller;
import org.citiverse.twin.application.TwinCallers;
import org.citiverse.twin.application.TwinService;
import org.citiverse.twin.application.TwinView;
import org.citiverse.twin.domain.HistoryBuckets;
import org.citiverse.twin.domain.PropertyType;
import org.citiverse.twin.domain.TwinException;

/**
 * Staff twin inspector: one twin's properties and state, what it contains, a chart of each number
 * property over a chosen range (with the figures as a table), its latest reports, its open sync
 * requests and — for those who administer it — its grants, which they can add to and withdraw
 * (REQ-DT-05). A twin the staff member may not see is a 404.
 */
@Named("twinInspector")
@ViewScoped
public class TwinInspectorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int HISTORY_SHOWN = 50;

    /** Chart ranges and their bucket widths: about fifty points each. */
    private static final Map<String, Duration> RANGES = Map.of("P1D", Duration.ofMinutes(30),
            "P7D", Duration.ofHours(3), "P30D", Duration.ofHours(12));

    /** Kinds of principal a grant can name (the prefix of {@code kind:id}). */
    public static final List<String> PRINCIPAL_KINDS = List.of("household", "department", "user", "role", "device");

    @Inject
    TwinService twins;

    @Inject
    TwinCallers callers;

    @Inject
    PageMessages messages;

    private String id;
    private String range = "P1D";
    private TwinView twin;
    private List<TwinRow> children = List.of();
    private List<TwinView.HistoryItem> history = List.of();
    private List<HistoryChart> charts = List.of();
    private List<SyncView> syncRequests = List.of();
    private List<TwinView.Grant> grants = List.of();
    private boolean administers;

    private String principalKind = "department";
    private String principalId;
    private String permission = "VIEW";

    /** View action: loads everything the caller may see of the twin, or answers 404. */
    public void load() {
        if (twin != null) {
            return; // a postback of this view: already loaded
        }
        TwinCaller caller = callers.current();
        try {
            twin = twins.get(caller, id);
        } catch (TwinException notVisible) {
            messages.notFound();
            return;
        }
        children = twins.children(caller, id).stream().map(t -> TwinRow.of(t, 0)).toList();
        history = twins.history(caller, id, Instant.EPOCH, Instant.now().plusSeconds(3600), HISTORY_SHOWN);
        charts = charts(caller);
        syncRequests = twins.openSyncRequests(caller, id);
        administers = twins.administers(caller, id);
        if (administers) {
            grants = twins.grants(caller, id);
        }
    }

    private List<HistoryChart> charts(TwinCaller caller) {
        if (!RANGES.containsKey(range)) {
            range = "P1D";
        }
        Duration every = RANGES.get(range);
        Instant to = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Instant from = to.minus(Duration.parse(range));
        List<HistoryBuckets.Bucket> buckets = twins.downsampledHistory(caller, id, from, to, every);
        return twin.properties().entrySet().stream().filter(p -> p.getValue() == PropertyType.NUMBER)
                .map(p -> HistoryChart.of(p.getKey(), buckets, from, to)).filter(Objects::nonNull).toList();
    }

    /** Gives a principal a permission on the twin and all it contains. */
    public String grant() {
        try {
            twins.grant(callers.current(), id, principalKind + ":" + (principalId == null ? "" : principalId.strip()),
                    permission);
            return messages.doneThenGo("/staff/twin.xhtml?id=" + id, "twin.grants.added");
        } catch (TwinException e) {
            messages.error(e.reason() == TwinException.Reason.PERMISSION_INVALID ? "permission" : "principalId",
                    e.messageKey());
            return null;
        }
    }

    /** Withdraws a grant; the last one that lets anyone administer the twin stays. */
    public String revoke(UUID grantId) {
        try {
            twins.revoke(callers.current(), id, grantId);
            return messages.doneThenGo("/staff/twin.xhtml?id=" + id, "twin.grants.withdrawn");
        } catch (TwinException e) {
            messages.error(null, e.messageKey());
            return null;
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

    public List<HistoryChart> getCharts() {
        return charts;
    }

    public List<String> getRanges() {
        return List.of("P1D", "P7D", "P30D");
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

    public List<String> getPrincipalKinds() {
        return PRINCIPAL_KINDS;
    }

    public List<String> getPermissions() {
        return List.of("VIEW", "OPERATE", "ADMINISTER");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRange() {
        return range;
    }

    public void setRange(String range) {
        this.range = range;
    }

    public String getPrincipalKind() {
        return principalKind;
    }

    public void setPrincipalKind(String principalKind) {
        this.principalKind = principalKind;
    }

    public String getPrincipalId() {
        return principalId;
    }

    public void setPrincipalId(String principalId) {
        this.principalId = principalId;
    }

    public String getPermission() {
        return permission;
    }

    public void setPermission(String permission) {
        this.permission = permission;
    }
}
