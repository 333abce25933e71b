package org.citiverse.twin.application;

import static org.citiverse.shared.domain.JsonText.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.shared.domain.DeviceClocks;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.citiverse.twin.domain.HistoryBuckets;
import org.citiverse.twin.domain.LinkType;
import org.citiverse.twin.domain.Location;
import org.citiverse.twin.domain.Permission;
import org.citiverse.twin.domain.PropertyType;
import org.citiverse.twin.domain.ReportedState;
import org.citiverse.twin.domain.SyncRequest;
import org.citiverse.twin.domain.Twin;
import org.citiverse.twin.domain.TwinException;
import org.citiverse.twin.domain.TwinException.Reason;
import org.citiverse.twin.domain.TwinGrant;
import org.citiverse.twin.domain.TwinHistoryEntry;
import org.citiverse.twin.domain.TwinQuery;
import org.citiverse.twin.domain.TwinReports;
import org.citiverse.twin.domain.TwinRepository;

/**
 * The twin system (REQ-DT-02..06). Every operation is on behalf of a caller and checked against
 * the grants on the twin or anything containing it (REQ-DT-05): a twin the caller may not view
 * does not exist for them; one they may view but not change is forbidden.
 */
@ApplicationScoped
public class TwinService {

    @Inject
    TwinRepository twins;

    @Inject
    TwinReports reports;

    @Inject
    AuditLog audit;

    @Inject
    Event<TwinEvents.TwinStateChanged> stateChanged;

    @Inject
    Event<TwinEvents.TwinMoved> moved;

    @Inject
    Event<TwinEvents.TwinSyncRequested> syncRequested;

    @Inject
    Event<TwinEvents.TwinDeleted> deleted;

    /** How long a running sync request waits for the device's answer. */
    @Inject
    @ConfigProperty(name = "twin.sync.timeout", defaultValue = "30")
    long syncTimeoutSeconds;

    /** How many days of twin history are kept. */
    @Inject
    @ConfigProperty(name = "twin.history.retention.days", defaultValue = "365")
    int historyRetentionDays;

    /** Priority by relationship to the twin (REQ-DT-08): name=number, comma-separated. */
    @Inject
    @ConfigProperty(name = "twin.sync.priorities",
            defaultValue = "administrator=100,administer=50,operate=30,schedule=10")
    String syncPriorities;

    /** The requester of periodic syncs (REQ-DT-07), and its relationship in {@code twin.sync.priorities}. */
    static final String SCHEDULE = "schedule";
    private static final int PERIODIC_SYNCS_PER_ROUND = 500;

    /** How far ahead of ours a device's clock may be. */

    Clock clock = Clock.systemUTC();

    /** City administrators make twins; the owner gets administration of it and what it will contain. */
    @Transactional
    public TwinView create(TwinCaller caller, TwinSpec spec) {
        requireCityAdministrator(caller);
        Instant now = clock.instant();
        Twin twin = new Twin(spec.type(), spec.name(), spec.owner(), spec.linkType(), spec.properties(), spec.actions(),
                now);
        if (spec.parentId() != null) {
            twins.lockTree();
            twin.placeIn(twins.find(spec.parentId()).orElseThrow(() -> new TwinException(Reason.PARENT_NOT_FOUND)));
        }
        twin.moveTo(spec.location());
        twin.syncEvery(spec.syncEvery(), now);
        twins.add(twin);
        twins.add(new TwinGrant(twin, twin.owner(), Permission.ADMINISTER, caller.subject(), now));
        audit.record("twin.created", "twin", twin.id(), "type " + twin.type() + "; owner " + twin.owner());
        return TwinView.of(twin);
    }

    /**
     * A twin for a device that a household takes into its home (a device claim): inside the owner's
     * home (the first of the owner's twins at the top, by name), or at the top when it has none;
     * linked both ways (L2) when the device can act, else one way (L1). Made by the platform, like any
     * new twin; the owner administers it. Its properties and actions follow from {@link #describe}.
     */
    @Transactional
    public TwinView addDeviceTwin(TwinCaller caller, String owner, String type, String name, boolean twoWay) {
        requireCityAdministrator(caller);
        String home = topLevelOf(owner).stream().map(Twin::id).findFirst().orElse(null);
        return create(caller, new TwinSpec(type, name, owner, twoWay ? LinkType.L2 : LinkType.L1, home, null,
                Map.of(), List.of(), null));
    }

    /**
     * A device's description shapes its twin (FGMV-31 IR-RecR-2): properties and actions the twin
     * lacks are added, and an authoritative description also gives the properties it names their
     * declared type (a value of the old type goes, as with any retype). Nothing is removed. Whoever
     * administers the twin may, and so may the device that reports for it. As with {@link #offer},
     * a refusal comes back instead of an exception, so the device pipeline's transaction stays usable.
     */
    @Transactional
    public java.util.Optional<String> describe(TwinCaller caller, String id, TwinAffordances declared) {
        Twin twin = Twin.isId(id) ? twins.findLocked(id).orElse(null) : null;
        if (twin == null || !allows(caller, twin, Permission.VIEW)) {
            return refusal(Reason.NOT_FOUND);
        }
        if (!allows(caller, twin, Permission.ADMINISTER) && !(mayReport(caller) && allows(caller, twin,
                Permission.OPERATE))) {
            return refusal(Reason.FORBIDDEN);
        }
        Map<String, PropertyType> properties = new LinkedHashMap<>(twin.properties());
        List<String> actions = new ArrayList<>(twin.actions());
        try {
            declared.properties().forEach((name, type) -> {
                if (declared.authoritative() || !properties.containsKey(name)) {
                    properties.put(name, PropertyType.valueOf(type));
                }
            });
            declared.actions().stream().filter(a -> !actions.contains(a)).forEach(actions::add);
            if (properties.equals(twin.properties()) && actions.equals(twin.actions())) {
                return java.util.Optional.empty();
            }
            twin.redefine(properties, actions);
        } catch (IllegalArgumentException e) {
            return refusal(Reason.PROPERTY_TYPE);
        } catch (TwinException e) {
            return refusal(e.reason());
        }
        audit.record("twin.described", "twin", id, properties.size() + " properties, " + actions.size()
                + " actions; by " + caller.subject());
        return java.util.Optional.empty();
    }

    /** Whoever administers a twin renames it, redefines its properties and actions, and sets its periodic sync. */
    @Transactional
    public TwinView update(TwinCaller caller, String id, TwinChange change) {
        Twin twin = visibleLocked(caller, id, Permission.ADMINISTER);
        if (change.name() != null) {
            twin.rename(change.name());
        }
        if (change.properties() != null || change.actions() != null) {
            twin.redefine(change.properties() != null ? change.properties() : twin.properties(),
                    change.actions() != null ? change.actions() : twin.actions());
        }
        if (change.syncEveryGiven()) {
            twin.syncEvery(change.syncEvery(), clock.instant());
        }
        audit.record("twin.updated", "twin", id, "by " + caller.subject());
        return TwinView.of(twin);
    }

    /** City administrators delete a twin that contains nothing, with its grants, history and sync requests. */
    @Transactional
    public void delete(TwinCaller caller, String id) {
        requireCityAdministrator(caller);
        twins.lockTree();
        Twin twin = visibleLocked(caller, id, Permission.ADMINISTER);
        if (twins.hasChildren(id)) {
            throw new TwinException(Reason.HAS_CONTENTS);
        }
        twins.remove(twin);
        audit.record("twin.deleted", "twin", id, "type " + twin.type());
        deleted.fire(new TwinEvents.TwinDeleted(id, twin.type()));
    }

    @Transactional
    public TwinView get(TwinCaller caller, String id) {
        return TwinView.of(visible(caller, id, Permission.VIEW));
    }

    @Transactional
    public List<TwinView> children(TwinCaller caller, String id) {
        visible(caller, id, Permission.VIEW);
        return twins.children(id, caller.principals(), caller.cityAdministrator()).stream().map(TwinView::of).toList();
    }

    /** The twin, whoever may see it: for the platform's own use (a device's fault raising a request). */
    @Transactional
    public java.util.Optional<TwinView> find(String id) {
        return Twin.isId(id) ? twins.find(id).map(TwinView::of) : java.util.Optional.empty();
    }

    /**
     * Who may see the twin (REQ-DT-05): the principals granted VIEW or more on it or on anything
     * containing it. For the platform's own use (whom to tell that a doorbell rang), not for callers.
     */
    @Transactional
    public List<String> viewers(String id) {
        return Twin.isId(id) ? twins.principalsWith(id, Permission.VIEW.satisfiedBy()) : List.of();
    }

    /**
     * The twins beside this one: inside the same twin (a home's doorbell, lock and camera), or, for a
     * twin at the top, the owner's other twins at the top. For the platform's own use.
     */
    @Transactional
    public List<TwinView> companions(String id) {
        Twin twin = Twin.isId(id) ? twins.find(id).orElse(null) : null;
        if (twin == null) {
            return List.of();
        }
        List<Twin> beside = twin.parentId() != null ? twins.children(twin.parentId(), List.of(), true)
                : topLevelOf(twin.owner());
        return beside.stream().filter(t -> !t.id().equals(id)).map(TwinView::of).toList();
    }

    /** The owner's twins at the top (contained by nothing), by name. */
    private List<Twin> topLevelOf(String owner) {
        TwinQuery owned = new TwinQuery(null, null, null, owner, null, null, null, null, null, null, null, 0,
                TwinQuery.MAX_LIMIT);
        return twins.search(owned, List.of(), true).stream().filter(t -> t.parentId() == null).toList();
    }

    /** One page of matches the caller may view, and whether there are more. */
    @Transactional
    public TwinPage search(TwinCaller caller, TwinQuery query) {
        List<Twin> found = twins.search(query, caller.principals(), caller.cityAdministrator());
        return new TwinPage(found.stream().limit(query.limit()).map(TwinView::of).toList(), found.size() > query.limit());
    }

    /**
     * Values reported from the physical side, observed at a time. Newer than the state: applied
     * and announced; older: kept in the history only. Unknown properties or wrong types change
     * nothing.
     */
    @Transactional
    public TwinView report(TwinCaller caller, String id, JsonObject values, Instant observedAt) {
        Twin twin = visibleLocked(caller, id, Permission.VIEW);
        requireReporter(caller, twin);
        requireNotInFuture(observedAt);
        apply(twin, values, observedAt);
        syncAnswered(twin.id());
        return TwinView.of(twin);
    }

    /**
     * Reports offered by the device pipeline, many at once and in their order: each report's readings
     * are all applied as {@link #report} does, or — when any cannot be (the twin is gone, the device
     * may not report, a value does not fit) — none, and its refusal comes back in its place instead of
     * an exception, so the caller's transaction stays usable (it dead-letters that report). The twins
     * are locked, checked and written as sets ({@link TwinReports}); events and sync answers follow
     * report by report, as for single reports.
     *
     * @return per offer, in order: why the twin did not take it, or empty
     */
    @Transactional
    public List<java.util.Optional<String>> offer(List<Offer> offers) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        java.util.Set<String> principals = new java.util.HashSet<>();
        for (Offer offer : offers) {
            if (Twin.isId(offer.twinId())) {
                ids.add(offer.twinId());
            }
            principals.addAll(offer.caller().principals());
        }
        Map<String, ReportedState> states = ids.isEmpty() ? Map.of() : reports.lock(ids);
        Map<String, java.util.Set<String>> viewers = states.isEmpty() || principals.isEmpty() ? Map.of()
                : reports.holders(states.keySet(), principals, Permission.VIEW.satisfiedBy());
        java.util.Set<String> syncing = states.isEmpty() ? java.util.Set.of() : reports.withOpenSyncRequests(states.keySet());
        Instant now = clock.instant();
        List<java.util.Optional<String>> outcomes = new ArrayList<>(offers.size());
        List<List<TwinEvents.TwinStateChanged>> changes = new ArrayList<>(offers.size());
        List<TwinReports.Entry> history = new ArrayList<>();
        for (Offer offer : offers) {
            ReportedState twin = states.get(offer.twinId());
            java.util.Optional<Reason> refused = refusalOf(offer, twin, viewers, now);
            List<TwinEvents.TwinStateChanged> changed = new ArrayList<>();
            if (refused.isEmpty()) {
                for (Reading r : offer.readings()) {
                    boolean applied = twin.report(r.values(), r.observedAt());
                    history.add(new TwinReports.Entry(twin.twinId(), r.values().toString(), r.observedAt(), now,
                            applied));
                    if (applied) {
                        changed.add(new TwinEvents.TwinStateChanged(twin.twinId(), twin.type(),
                                twin.state().toString(), r.observedAt(), twin.version()));
                    }
                }
            }
            outcomes.add(refused.flatMap(TwinService::refusal));
            changes.add(changed);
        }
        reports.write(states.values().stream().filter(ReportedState::changed).toList(), history);
        for (int i = 0; i < offers.size(); i++) {
            changes.get(i).forEach(stateChanged::fire);
            if (outcomes.get(i).isEmpty() && syncing.contains(offers.get(i).twinId())) {
                syncAnswered(offers.get(i).twinId()); // one report answers one sync request, however many readings it holds
            }
        }
        return outcomes;
    }

    /** Why the twin cannot take the offer, checked before anything of it is applied. */
    private static java.util.Optional<Reason> refusalOf(Offer offer, ReportedState twin,
                                                       Map<String, java.util.Set<String>> viewers, Instant now) {
        TwinCaller caller = offer.caller();
        if (twin == null || !(caller.cityAdministrator() || viewers.getOrDefault(twin.twinId(), java.util.Set.of())
                .stream().anyMatch(caller.principals()::contains))) {
            return java.util.Optional.of(Reason.NOT_FOUND);
        }
        if (!mayReport(caller)) {
            return java.util.Optional.of(Reason.FORBIDDEN);
        }
        for (Reading r : offer.readings()) {
            if (r.observedAt().isAfter(now.plus(DeviceClocks.MAX_SKEW))) {
                return java.util.Optional.of(Reason.OBSERVED_IN_FUTURE);
            }
            java.util.Optional<Reason> problem = twin.problemWith(r.values());
            if (problem.isPresent()) {
                return problem;
            }
        }
        return java.util.Optional.empty();
    }

    /** The device answered: the running sync request succeeds and the next one starts. */
    private void syncAnswered(String twinId) {
        SyncRequest.answered(twins.openSyncRequests(twinId), clock.instant(), syncTimeout())
                .ifPresent(this::announce);
    }

    /** Readings of one report, offered as {@code caller} for a twin. */
    public record Offer(TwinCaller caller, String twinId, List<Reading> readings) {
    }

    /** A refusal as its problem type, such as twin/property-type. */
    private static java.util.Optional<String> refusal(Reason reason) {
        return java.util.Optional.of(new TwinException(reason).messageKey().replace(".error.", "/"));
    }

    /** Values observed at a time, as the device pipeline hands them over. */
    public record Reading(Instant observedAt, JsonObject values) {
    }

    /** Newer than the state: applied and announced; older: kept in the history only. */
    private void apply(Twin twin, JsonObject values, Instant observedAt) {
        boolean applied = twin.report(values, observedAt);
        twins.add(new TwinHistoryEntry(twin.id(), "STATE", values.toString(), observedAt, clock.instant(), applied));
        if (applied) {
            stateChanged.fire(new TwinEvents.TwinStateChanged(twin.id(), twin.type(), twin.state().toString(),
                    observedAt, twin.stateVersion()));
        }
    }

    /** A location update from the physical side (FGMV-28 7.3.2): the twin moves, and the move is history. */
    @Transactional
    public TwinView relocate(TwinCaller caller, String id, Location location, Instant observedAt) {
        Twin twin = visibleLocked(caller, id, Permission.VIEW);
        requireReporter(caller, twin);
        requireNotInFuture(observedAt);
        twin.moveTo(location);
        twins.add(new TwinHistoryEntry(twin.id(), "LOCATION", JSON.createObjectBuilder()
                .add("latitude", location.latitude()).add("longitude", location.longitude()).build().toString(),
                observedAt, clock.instant(), true));
        moved.fire(new TwinEvents.TwinMoved(twin.id(), location.latitude(), location.longitude(), observedAt));
        return TwinView.of(twin);
    }

    /**
     * Puts a twin inside another (or at the top); everything inside it moves along. The caller
     * must administer the twin, where it is now and where it goes, and someone must still
     * administer it afterwards.
     */
    @Transactional
    public TwinView place(TwinCaller caller, String id, String parentId) {
        twins.lockTree();
        Twin twin = visibleLocked(caller, id, Permission.ADMINISTER);
        if (twin.parentId() != null) {
            visible(caller, twin.parentId(), Permission.ADMINISTER);
        }
        Twin parent = parentId == null ? null : visible(caller, parentId, Permission.ADMINISTER);
        if (parent != null && twins.isWithin(parent.id(), twin.id())) {
            throw new TwinException(Reason.CYCLE);
        }
        twin.placeIn(parent);
        twins.moveUnder(twin.id(), parentId);
        if (twins.administrators(twin.id()) == 0) {
            throw new TwinException(Reason.LAST_ADMINISTRATOR); // rolls the move back
        }
        audit.record("twin.placed", "twin", id, parentId == null ? "at the top" : "inside " + parentId);
        return TwinView.of(twin);
    }

    @Transactional
    public List<TwinView.Grant> grants(TwinCaller caller, String id) {
        visible(caller, id, Permission.ADMINISTER);
        return twins.grants(id).stream().map(TwinView.Grant::of).toList();
    }

    @Transactional
    public TwinView.Grant grant(TwinCaller caller, String id, String principal, String permission) {
        Twin twin = visibleLocked(caller, id, Permission.ADMINISTER);
        TwinGrant grant = new TwinGrant(twin, principal, Permission.parse(permission), caller.subject(),
                clock.instant());
        twins.add(grant);
        audit.record("twin.granted", "twin", id, permission + " to " + principal);
        return TwinView.Grant.of(grant);
    }

    /** Withdraws a grant, unless it is the last one that lets anyone but a city administrator manage the twin. */
    @Transactional
    public void revoke(TwinCaller caller, String id, UUID grantId) {
        Twin twin = visibleLocked(caller, id, Permission.ADMINISTER);
        TwinGrant grant = twins.grant(grantId).filter(g -> g.twinId().equals(id))
                .orElseThrow(() -> new TwinException(Reason.NOT_FOUND));
        if (grant.permission() == Permission.ADMINISTER && twins.administrators(twin.id()) <= 1) {
            throw new TwinException(Reason.LAST_ADMINISTRATOR);
        }
        twins.remove(grant);
        audit.record("twin.revoked", "twin", id, grant.permission() + " of " + grant.principal());
    }

    /**
     * Asks for the physical object to sync (REQ-DT-07), scheduled by priority (REQ-DT-08): one
     * request runs at a time; a lower priority than the running one is refused; the rest wait.
     */
    @Transactional
    public SyncView requestSync(TwinCaller caller, String id) {
        Twin twin = visibleLocked(caller, id, Permission.OPERATE);
        if (!twin.linked()) {
            throw new TwinException(Reason.NOT_LINKED);
        }
        SyncRequest request = schedule(twin, caller.subject(), priority(levelOf(caller, twin)));
        audit.record("twin.sync-requested", "twin", id, "priority " + request.priority() + ", " + request.status());
        return SyncView.of(request);
    }

    private SyncRequest schedule(Twin twin, String requester, int priority) {
        Instant now = clock.instant();
        SyncRequest request = new SyncRequest(twin.id(), requester, priority, now);
        SyncRequest.schedule(request, twins.openSyncRequests(twin.id()), now, syncTimeout()).ifPresent(this::announce);
        twins.add(request);
        return request;
    }

    /** A request starts running: the device layer is asked (the device context observes this). */
    private void announce(SyncRequest running) {
        syncRequested.fire(new TwinEvents.TwinSyncRequested(running.id(), running.twinId(), running.deadline()));
    }

    @Transactional
    public SyncView syncRequest(TwinCaller caller, String id, UUID requestId) {
        visibleLocked(caller, id, Permission.VIEW);
        SyncRequest.expire(twins.openSyncRequests(id), clock.instant(), syncTimeout())
                .ifPresent(this::announce);
        return twins.syncRequest(requestId).filter(r -> r.twinId().equals(id)).map(SyncView::of)
                .orElseThrow(() -> new TwinException(Reason.NOT_FOUND));
    }

    /**
     * Housekeeping on a schedule: up to {@code limit} history entries older than
     * {@code twin.history.retention.days} go (called again while there are more).
     *
     * @return how many went
     */
    @Transactional
    public int forgetOldHistory(int limit) {
        return twins.deleteHistoryBefore(clock.instant().minus(java.time.Duration.ofDays(historyRetentionDays)), limit);
    }

    /**
     * Housekeeping on a schedule: sync requests whose device never answered time out so the next one
     * runs, and due periodic syncs are asked.
     */
    @Transactional
    public TwinMaintenance maintain() {
        Instant now = clock.instant();
        int timedOut = 0;
        for (String twinId : twins.twinsWithOverdueSync(now)) {
            twins.findLocked(twinId);
            timedOut++;
            SyncRequest.expire(twins.openSyncRequests(twinId), now, syncTimeout())
                    .ifPresent(this::announce);
        }
        int periodic = 0;
        for (String twinId : twins.dueForSync(now, PERIODIC_SYNCS_PER_ROUND)) {
            Twin twin = twins.findLocked(twinId).orElseThrow();
            if (twin.nextSyncAt() == null || twin.nextSyncAt().isAfter(now)) {
                continue; // changed since it was found due (sync switched off, or another server took it)
            }
            twin.periodicSyncRequested(now);
            // A periodic sync only starts when nobody's request is open: people come first.
            if (twins.openSyncRequests(twinId).isEmpty()) {
                schedule(twin, SCHEDULE, priority(SCHEDULE));
                periodic++;
            }
        }
        return new TwinMaintenance(timedOut, periodic);
    }

    /** The twin's running and waiting sync requests, for whoever may see the twin. */
    @Transactional
    public List<SyncView> openSyncRequests(TwinCaller caller, String id) {
        visible(caller, id, Permission.VIEW);
        return twins.openSyncRequests(id).stream().sorted(SyncRequest.NEXT).map(SyncView::of).toList();
    }

    /**
     * Whether the caller may have the twin's physical object perform an action: they may operate
     * the twin, it is two-way (L2) and declares the action. Otherwise the reason is thrown.
     */
    @Transactional
    public void authorizeAction(TwinCaller caller, String id, String action) {
        Twin twin = visible(caller, id, Permission.OPERATE);
        if (twin.linkType() != org.citiverse.twin.domain.LinkType.L2 || !twin.actions().contains(action)) {
            throw new TwinException(Reason.ACTION_UNKNOWN);
        }
    }

    /** Refuses (404 / 403 as everywhere) unless the caller administers the twin. */
    @Transactional
    public void requireAdministration(TwinCaller caller, String id) {
        visible(caller, id, Permission.ADMINISTER);
    }

    /** Whether the caller may manage the twin's grants (for showing them). */
    @Transactional
    public boolean administers(TwinCaller caller, String id) {
        // A question, not an access: a twin the caller cannot see (or that is gone) is simply not theirs.
        Twin twin = Twin.isId(id) ? twins.find(id).orElse(null) : null;
        return twin != null && allows(caller, twin, Permission.ADMINISTER);
    }

    /** A city administrator, then whoever administers the twin, then whoever may operate it. */
    private String levelOf(TwinCaller caller, Twin twin) {
        return caller.cityAdministrator() ? "administrator"
                : allows(caller, twin, Permission.ADMINISTER) ? "administer" : "operate";
    }

    /** The configured priority of a relationship (REQ-DT-08). */
    int priority(String level) {
        for (String pair : syncPriorities.split(",")) {
            String[] kv = pair.split("=");
            if (kv.length == 2 && kv[0].strip().equals(level)) {
                return Integer.parseInt(kv[1].strip());
            }
        }
        return 0;
    }

    private java.time.Duration syncTimeout() {
        return java.time.Duration.ofSeconds(syncTimeoutSeconds);
    }

    /** The state history of [from, to) summarised in buckets of {@code every} (for charts over long ranges). */
    @Transactional
    public List<HistoryBuckets.Bucket> downsampledHistory(TwinCaller caller, String id, Instant from, Instant to,
                                                          java.time.Duration every) {
        visible(caller, id, Permission.VIEW);
        HistoryBuckets buckets = new HistoryBuckets(from, to, every);
        try (java.util.stream.Stream<TwinRepository.StateReport> reports = twins.stateReports(id, from, to)) {
            reports.forEach(r -> buckets.add(r.observedAt(), org.citiverse.shared.domain.JsonText.object(r.values())));
        }
        return buckets.buckets();
    }

    @Transactional
    public List<TwinView.HistoryItem> history(TwinCaller caller, String id, Instant from, Instant to, int limit) {
        visible(caller, id, Permission.VIEW);
        return twins.history(id, from, to, limit).stream().map(TwinView.HistoryItem::of).toList();
    }

    private Twin visible(TwinCaller caller, String id, Permission needed) {
        return checked(caller, Twin.isId(id) ? twins.find(id).orElse(null) : null, needed);
    }

    /** As {@link #visible}, with the twin's row lock: its first read in the transaction is the locked one. */
    private Twin visibleLocked(TwinCaller caller, String id, Permission needed) {
        return checked(caller, Twin.isId(id) ? twins.findLocked(id).orElse(null) : null, needed);
    }

    private Twin checked(TwinCaller caller, Twin twin, Permission needed) {
        if (twin == null || !allows(caller, twin, Permission.VIEW)) {
            throw new TwinException(Reason.NOT_FOUND);
        }
        if (needed != Permission.VIEW && !allows(caller, twin, needed)) {
            throw new TwinException(Reason.FORBIDDEN);
        }
        return twin;
    }

    private boolean allows(TwinCaller caller, Twin twin, Permission needed) {
        return caller.cityAdministrator() || twins.permits(twin.id(), caller.principals(), needed.satisfiedBy());
    }

    /** A report from the future would freeze the state (every real report would look older). */
    private void requireNotInFuture(Instant observedAt) {
        if (observedAt.isAfter(clock.instant().plus(DeviceClocks.MAX_SKEW))) {
            throw new TwinException(Reason.OBSERVED_IN_FUTURE);
        }
    }

    /** Reports come from the device layer (gateways) or a city administrator; people operate, not report. */
    private static boolean mayReport(TwinCaller caller) {
        return caller.cityAdministrator() || caller.hasRole("device-gateway");
    }

    private static void requireReporter(TwinCaller caller, Twin twin) {
        if (!mayReport(caller)) {
            throw new TwinException(Reason.FORBIDDEN);
        }
    }

    private static void requireCityAdministrator(TwinCaller caller) {
        if (!caller.cityAdministrator()) {
            throw new TwinException(Reason.FORBIDDEN);
        }
    }
}
