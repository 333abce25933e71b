package org.citiverse.notification.interfaces.rest;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citiverse.notification.application.VisitEvents;
import org.citiverse.notification.application.VisitView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The open event streams of signed-in members, by subject: every tab and device of a person has its
 * own. A committed visit change goes to its recipients' streams at once; a stream that can no longer
 * be written to is dropped (the browser reconnects and is sent the open visits again). A comment line
 * every {@code notification.stream.heartbeat.seconds} keeps proxies from closing quiet streams.
 * One server holds the streams it accepted: a cluster would fan changes out over a JMS topic first.
 */
@ApplicationScoped
public class VisitStream {

    private static final Logger LOG = Logger.getLogger(VisitStream.class.getName());

    /** One open stream; {@code session} is the portal session it was opened in (none for token callers). */
    record Subscriber(String subject, SseEventSink sink, Sse sse, String apiBase, jakarta.servlet.http.HttpSession session) {

        /** A stream outlives no sign-out or session timeout: the page left open is told nothing more. */
        boolean signedOut() {
            if (session == null) {
                return false;
            }
            try {
                session.getLastAccessedTime();
                return false;
            } catch (IllegalStateException invalidated) {
                return true;
            }
        }
    }

    private final Map<String, Set<Subscriber>> bySubject = new ConcurrentHashMap<>();

    @Resource
    ManagedScheduledExecutorService scheduler;

    /**
     * Events are written from here, not from the committing thread: writing touches the stream
     * library's per-thread request context, which a request thread (a member's answer) still needs.
     */
    @Resource
    ManagedExecutorService senders;

    @Inject
    org.citiverse.notification.application.GuestNotifications notifications;

    @Inject
    @ConfigProperty(name = "notification.stream.heartbeat.seconds", defaultValue = "20")
    long heartbeatSeconds;

    private ScheduledFuture<?> heartbeat;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        heartbeat = scheduler.scheduleWithFixedDelay(this::heartbeat, heartbeatSeconds, heartbeatSeconds,
                TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        bySubject.values().forEach(set -> set.forEach(s -> s.sink().close()));
    }

    /** Keeps a new stream and sends it what is open now. */
    void subscribe(Subscriber subscriber, List<VisitView> open) {
        // compute / computeIfPresent: adding and dropping a subject's streams are atomic per subject
        bySubject.compute(subscriber.subject(), (subject, set) -> {
            Set<Subscriber> streams = set == null ? ConcurrentHashMap.newKeySet() : set;
            streams.add(subscriber);
            return streams;
        });
        send(subscriber, "ready", subscriber.sse().newEventBuilder().name("ready").data("{}").build());
        open.forEach(visit -> send(subscriber, visit, false));
    }

    /** A committed change reaches every open stream of its recipients. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisitEvents.VisitChanged change) {
        senders.execute(() -> {
            List<String> absent = new java.util.ArrayList<>();
            for (String recipient : change.recipients()) {
                Set<Subscriber> streams = bySubject.getOrDefault(recipient, Set.of());
                streams.forEach(subscriber -> send(subscriber, change.visit(), change.ring()));
                if (streams.isEmpty()) {
                    absent.add(recipient);
                }
            }
            if (change.ring() && !absent.isEmpty()) {
                notifications.mailAbsent(change.visit(), absent); // those not signed in, if they asked
            }
        });
    }

    private void send(Subscriber subscriber, VisitView visit, boolean ring) {
        JsonObject data = VisitJson.of(visit, subscriber.apiBase());
        send(subscriber, visit.id().toString(), subscriber.sse().newEventBuilder().name(ring ? "ring" : "visit")
                .id(visit.id() + "/" + visit.status()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, data.toString()).build());
    }

    private void send(Subscriber subscriber, String what, jakarta.ws.rs.sse.OutboundSseEvent event) {
        if (subscriber.sink().isClosed()) {
            drop(subscriber);
            return;
        }
        subscriber.sink().send(event).whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.log(Level.FINE, () -> "Event stream closed while sending " + what + ": " + failure);
                drop(subscriber);
            }
        });
    }

    private void heartbeat() {
        bySubject.values().forEach(set -> set.forEach(subscriber -> {
            if (subscriber.signedOut()) {
                drop(subscriber);
            } else {
                send(subscriber, "heartbeat", subscriber.sse().newEventBuilder().comment("keep-alive").build());
            }
        }));
    }

    private void drop(Subscriber subscriber) {
        bySubject.computeIfPresent(subscriber.subject(), (subject, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
        if (!subscriber.sink().isClosed()) {
            subscriber.sink().close();
        }
    }
}
