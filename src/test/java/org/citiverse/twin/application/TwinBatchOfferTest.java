package org.citiverse.twin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.citiverse.twin.domain.Permission;
import org.citiverse.twin.domain.ReportedState;
import org.citiverse.twin.domain.TwinReports;
import org.citiverse.twin.domain.TwinRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reports offered as a batch are judged one after the other, as if each came alone (REQ-DT-07):
 * newer data wins, late data goes to the history only, a report whose readings do not all fit
 * changes nothing, and a twin a device may not see is not there for it.
 */
class TwinBatchOfferTest {

    private static final Instant NOW = Instant.parse("2026-11-22T14:00:00Z");
    private static final String GAUGE = "urn:citiverse:twin:" + UUID.randomUUID();
    private static final TwinCaller DEVICE = device("gauge-1");

    private final Map<String, ReportedState> twins = new HashMap<>();
    private final List<ReportedState> written = new ArrayList<>();
    private final List<TwinReports.Entry> history = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();
    private final TwinService service = new TwinService();

    @BeforeEach
    void setUp() {
        twins.put(GAUGE, new ReportedState(GAUGE, "water-level-sensor", "{\"level\":\"NUMBER\",\"alarm\":\"BOOLEAN\"}",
                "{}", null, 0));
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service.reports = new TwinReports() {
            @Override
            public Map<String, ReportedState> lock(Collection<String> ids) {
                Map<String, ReportedState> found = new HashMap<>();
                ids.stream().filter(twins::containsKey).forEach(id -> found.put(id, twins.get(id)));
                return found;
            }

            @Override
            public Map<String, Set<String>> holders(Collection<String> ids, Collection<String> principals,
                                                    Collection<Permission> permissions) {
                return Map.of(GAUGE, Set.of("device:gauge-1"));
            }

            @Override
            public Set<String> withOpenSyncRequests(Collection<String> ids) {
                return Set.of();
            }

            @Override
            public void write(Collection<ReportedState> changed, List<Entry> entries) {
                written.addAll(changed);
                history.addAll(entries);
            }
        };
        service.twins = (TwinRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TwinRepository.class}, (proxy, method, args) -> {
                    throw new AssertionError("no entity work for a batch without sync requests: " + method);
                });
        service.stateChanged = events();
    }

    @Test
    void twoReportsForOneTwinInOneBatchTheNewestWinsAndTheLateOneIsHistory() {
        List<Optional<String>> outcomes = service.offer(List.of(
                offer(DEVICE, GAUGE, reading(NOW.minusSeconds(10), "{\"level\":2}")),
                offer(DEVICE, GAUGE, reading(NOW.minusSeconds(20), "{\"level\":1}")),
                offer(DEVICE, GAUGE, reading(NOW.minusSeconds(5), "{\"alarm\":true}"))));

        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty()), outcomes);
        ReportedState gauge = twins.get(GAUGE);
        assertEquals(2, gauge.state().getInt("level"), "the late reading did not overwrite the newer one");
        assertTrue(gauge.state().getBoolean("alarm"));
        assertEquals(NOW.minusSeconds(5), gauge.observedAt());
        assertEquals(2, gauge.version());
        assertEquals(List.of(gauge), written, "the twin written once, in its final state");
        assertEquals(List.of(true, false, true), history.stream().map(TwinReports.Entry::applied).toList());
        assertEquals(2, events.size(), "a change announced per applied report");
        assertEquals(1, ((TwinEvents.TwinStateChanged) events.get(0)).stateVersion());
        assertEquals("{\"level\":2}", ((TwinEvents.TwinStateChanged) events.get(0)).state(),
                "each announcement carries the state as that report left it");
    }

    @Test
    void aRefusedReportAmongGoodOnesChangesNothingAndTheOthersAreTaken() {
        String elsewhere = "urn:citiverse:twin:" + UUID.randomUUID();
        List<Optional<String>> outcomes = service.offer(List.of(
                offer(DEVICE, GAUGE, reading(NOW.minusSeconds(30), "{\"level\":1}")),
                offer(DEVICE, GAUGE, reading(NOW.minusSeconds(20), "{\"level\":3}"),
                        reading(NOW.minusSeconds(10), "{\"level\":\"high\"}")),
                offer(device("stranger"), GAUGE, reading(NOW.minusSeconds(10), "{\"level\":9}")),
                offer(DEVICE, elsewhere, reading(NOW.minusSeconds(10), "{\"level\":9}")),
                offer(DEVICE, GAUGE, reading(NOW.plusSeconds(600), "{\"level\":9}")),
                offer(DEVICE, GAUGE, reading(NOW.minusSeconds(25), "{\"level\":2}"))));

        assertEquals(List.of(Optional.empty(), Optional.of("twin/property-type"), Optional.of("twin/not-found"),
                Optional.of("twin/not-found"), Optional.of("twin/observed-in-future"), Optional.empty()), outcomes);
        assertEquals(2, twins.get(GAUGE).state().getInt("level"), "all readings of a report or none");
        assertEquals(2, history.size(), "only the accepted reports' readings are history");
        assertFalse(history.stream().anyMatch(e -> e.values().contains("high") || e.values().contains("9")));
    }

    @Test
    void aBatchWithNothingToApplyWritesNothing() {
        assertEquals(List.of(Optional.of("twin/not-found")), service.offer(List.of(
                offer(DEVICE, "not-a-twin-id", reading(NOW, "{\"level\":1}")))));
        assertTrue(written.isEmpty() && history.isEmpty() && events.isEmpty());
    }

    private static TwinCaller device(String id) {
        return new TwinCaller("device:" + id, Set.of("device:" + id, "role:device-gateway"), false);
    }

    private static TwinService.Offer offer(TwinCaller caller, String twinId, TwinService.Reading... readings) {
        return new TwinService.Offer(caller, twinId, List.of(readings));
    }

    private static TwinService.Reading reading(Instant at, String values) {
        JsonObject json = Json.createReader(new java.io.StringReader(values)).readObject();
        return new TwinService.Reading(at, json);
    }

    @SuppressWarnings("unchecked")
    private <T> Event<T> events() {
        return (Event<T>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Event.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("fire")) {
                        events.add(args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
