package org.citiverse.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.device.application.ActuationService;
import org.citiverse.device.application.DeviceEvents;
import org.citiverse.household.application.HouseholdService;
import org.citiverse.identity.application.ProfileService;
import org.citiverse.shared.application.Mail;
import org.citiverse.notification.domain.AnswerOutcome;
import org.citiverse.notification.domain.GuestVisit;
import org.citiverse.notification.domain.NotificationPreference;
import org.citiverse.notification.domain.VisitAnswer;
import org.citiverse.notification.domain.VisitException;
import org.citiverse.notification.domain.VisitRepository;
import org.citiverse.notification.domain.VisitSnapshot;
import org.citiverse.twin.application.TwinCaller;
import org.citiverse.twin.application.TwinService;
import org.citiverse.shared.domain.DeviceClocks;
import org.citiverse.shared.domain.Uuids;
import org.citiverse.twin.application.TwinView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guest notification (FGMV-28 7.2.1). A doorbell's ring, inside the device pipeline's transaction,
 * becomes a visit for every household that may see the doorbell's twin, and the home's camera is asked
 * for a picture. Members answer through {@link #answer}: the first answer takes effect; opening the
 * door is a command to the lock's twin, authorised as the member; the lock's answer ends the visit.
 * Every change is announced ({@link VisitEvents.VisitChanged}) for the interfaces to push once committed.
 */
@ApplicationScoped
public class GuestNotifications {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            GuestNotifications.class.getName());

    /** The platform asks the camera for the picture, on behalf of the notification itself. */
    static final TwinCaller PLATFORM = TwinCaller.platform("guest-notification");
    private static final String HOUSEHOLD = "household:";

    @Inject
    VisitRepository visits;

    @Inject
    TwinService twins;

    @Inject
    HouseholdService households;

    @Inject
    ProfileService profiles;

    @Inject
    ActuationService actuations;

    @Inject
    AuditLog audit;

    @Inject
    Event<VisitEvents.VisitChanged> changed;

    @Inject
    Mail mail;

    @Inject
    Event<PictureWanted> pictureWanted;

    /** How long a ring may be answered. */
    @Inject
    @ConfigProperty(name = "notification.visit.answer.seconds", defaultValue = "120")
    long answerSeconds;

    /** How many days a visitor's picture is kept. */
    @Inject
    @ConfigProperty(name = "notification.snapshot.retention.days", defaultValue = "30")
    int snapshotRetentionDays;

    /** The city's time zone: quiet hours are in its local time. */
    @Inject
    @ConfigProperty(name = "notification.time.zone", defaultValue = "Europe/Amsterdam")
    String timeZone;

    Clock clock = Clock.systemUTC();

    /** The visits of one ring, whose picture the home's camera is asked for once they are committed. */
    record PictureWanted(String cameraTwinId, List<UUID> visitIds) {
    }

    /**
     * A doorbell rang: a visit for each household that may see it (not a second one while the first
     * still rings); once they are committed (and pushed), one picture is asked of the home's camera for
     * all of them, so the ring's own transaction stays short. Nothing here may fail the report that
     * carried the ring, so whatever is missing (no household, no camera) is skipped.
     */
    @Transactional
    void rang(@Observes DeviceEvents.DoorbellRang ring) {
        List<UUID> told = twins.viewers(ring.twinId()).stream().filter(p -> p.startsWith(HOUSEHOLD))
                .map(p -> Uuids.parse(p.substring(HOUSEHOLD.length()))).flatMap(Optional::stream)
                .filter(h -> visits.ringing(h, ring.twinId()).isEmpty()).toList();
        if (told.isEmpty()) {
            return;
        }
        String door = twins.get(PLATFORM, ring.twinId()).name();
        List<TwinView> beside = twins.companions(ring.twinId());
        String lock = actionable(beside, "open").orElse(null);
        Optional<String> camera = actionable(beside, "snapshot");
        Instant now = clock.instant();
        Duration answerWithin = Duration.ofSeconds(answerSeconds);
        if (late(ring.observedAt(), answerWithin, now)) {
            for (UUID household : told) {
                GuestVisit visit = new GuestVisit(household, ring.twinId(), door, lock, null, ring.observedAt(),
                        answerWithin);
                visit.expireIfDue(now);
                visits.add(visit);
            }
            LOG.info(() -> "A ring observed at " + ring.observedAt() + " arrived too late to be answered; "
                    + "it is in the visit log only");
            return;
        }
        List<UUID> made = new ArrayList<>();
        for (UUID household : told) {
            GuestVisit visit = new GuestVisit(household, ring.twinId(), door, lock, camera.orElse(null), now,
                    answerWithin);
            visits.add(visit);
            made.add(visit.id());
            announce(visit, true);
        }
        camera.ifPresent(c -> pictureWanted.fire(new PictureWanted(c, made)));
    }

    /**
     * A ring observed longer ago than it could be answered, with a slack for a device clock that is a
     * little behind: a backlog after an outage, or a signed ring replayed after the device layer forgot
     * its message id. Nobody is called to the door for it (and nobody may open it); the visit log keeps
     * it as a ring nobody answered.
     */
    static boolean late(Instant observedAt, Duration answerWithin, Instant now) {
        return observedAt.plus(answerWithin).plus(DeviceClocks.MAX_SKEW).isBefore(now);
    }

    /**
     * After the ring's commit: the camera is asked in a transaction of its own, on another thread. If
     * that fails the visits simply have no picture; the log says why.
     */
    void ringCommitted(@Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) PictureWanted wanted) {
        pictureWanted.fireAsync(wanted).exceptionally(failure -> {
            LOG.log(java.util.logging.Level.WARNING, "The camera could not be asked for a picture of a ring", failure);
            return wanted;
        });
    }

    /** Asks the camera for the picture of the ring's visits (none when the camera has no active device). */
    @Transactional
    void askCamera(@jakarta.enterprise.event.ObservesAsync PictureWanted wanted) {
        if (!actuations.connected(wanted.cameraTwinId())) {
            return;
        }
        UUID command = actuations.issue(PLATFORM, wanted.cameraTwinId(), "snapshot", null).commandId();
        for (UUID id : wanted.visitIds()) {
            visits.findLocked(id).ifPresent(visit -> visit.snapshotRequested(command));
        }
    }

    /**
     * A command the notification gave ended: the camera's picture arrived (or not), or the lock
     * opened (or failed to, or did not answer in time).
     */
    @Transactional
    void commandFinished(@Observes DeviceEvents.CommandFinished finished) {
        Instant now = clock.instant();
        if ("snapshot".equals(finished.action())) {
            Optional<String> image = finished.acked() && finished.result().get("image") instanceof JsonString s
                    ? Optional.of(s.getString()) : Optional.empty();
            for (GuestVisit visit : visits.bySnapshotCommand(finished.commandId())) {
                image.flatMap(uri -> VisitSnapshot.fromDataUri(visit.id(), uri, now)).ifPresent(picture -> {
                    visits.add(picture);
                    visit.snapshotKept(true);
                    announce(visit, false);
                });
            }
        } else {
            visits.byOpenCommand(finished.commandId())
                    .filter(visit -> visit.lockAnswered(finished.commandId(), finished.acked(), now))
                    .ifPresent(visit -> {
                        audit.record("visit.door-" + (finished.acked() ? "opened" : "not-opened"), "visit",
                                visit.id().toString(), finished.status());
                        announce(visit, false);
                    });
        }
    }

    /**
     * A member's answer. The visit is locked, so of two members answering at once one takes effect
     * and the other learns who did. Opening is authorised as the member (operate on the lock's twin).
     */
    @Transactional
    public AnswerResult answer(String subject, UUID visitId, String answerText) {
        VisitAnswer answer = VisitAnswer.parse(answerText)
                .orElseThrow(() -> new VisitException(VisitException.Reason.ANSWER_INVALID));
        GuestVisit visit = visits.findLocked(visitId).filter(v -> memberOf(subject, v))
                .orElseThrow(() -> new VisitException(VisitException.Reason.NOT_FOUND));
        String name = profiles.displayNames(List.of(subject)).get(subject);
        AnswerOutcome outcome = visit.answer(answer, subject, name, clock.instant());
        if (outcome == AnswerOutcome.TAKEN) {
            if (answer == VisitAnswer.OPEN) {
                visit.opening(actuations.issue(visit.lockTwinId(), "open", null).commandId());
            }
            audit.record("visit.answered", "visit", visit.id().toString(), answer.name().toLowerCase(java.util.Locale.ROOT));
            announce(visit, false);
        } else {
            // A refused answer is audited too: who tried to open a door that was no longer theirs to open.
            audit.record("visit.answer-refused", "visit", visit.id().toString(), (answer + ": " + outcome)
                    .toLowerCase(java.util.Locale.ROOT));
            if (outcome == AnswerOutcome.EXPIRED && visit.outcomeAt() != null) {
                announce(visit, false);
            }
        }
        return new AnswerResult(outcome, VisitView.of(visit));
    }

    /** One visit of the caller's households. */
    @Transactional
    public VisitView visit(String subject, UUID visitId) {
        return visits.find(visitId).filter(v -> memberOf(subject, v)).map(VisitView::of)
                .orElseThrow(() -> new VisitException(VisitException.Reason.NOT_FOUND));
    }

    /** The visit log of the caller's households, newest first. */
    @Transactional
    public List<VisitView> log(String subject, int limit) {
        return visits.ofHouseholds(households.householdIdsOf(subject), limit).stream().map(VisitView::of).toList();
    }

    /**
     * What a newly opened page shows at once: the caller's visits still open from the last answer
     * period — none while they are in their quiet hours, when rings wait in the log.
     */
    @Transactional
    public List<VisitView> open(String subject) {
        Instant now = clock.instant();
        if (quiet(subject, now)) {
            return List.of();
        }
        return visits.openOf(households.householdIdsOf(subject), now.minusSeconds(answerSeconds)).stream()
                .filter(v -> v.openAt(now)).map(VisitView::of).toList();
    }

    /** The visitor's picture, for members of the visit's household. */
    @Transactional
    public Optional<Picture> snapshot(String subject, UUID visitId) {
        visit(subject, visitId);
        return visits.snapshot(visitId).map(s -> new Picture(s.contentType(), s.image()));
    }

    /** A member deletes the visitor's picture before its time. */
    @Transactional
    public void deleteSnapshot(String subject, UUID visitId) {
        GuestVisit visit = visits.findLocked(visitId).filter(v -> memberOf(subject, v))
                .orElseThrow(() -> new VisitException(VisitException.Reason.NOT_FOUND));
        if (visit.hasSnapshot()) {
            visits.removeSnapshot(visitId);
            visit.snapshotKept(false);
            audit.record("visit.snapshot-deleted", "visit", visitId.toString(), null);
            announce(visit, false);
        }
    }

    @Transactional
    public NotificationPreferences preferences(String subject) {
        return visits.preference(subject).map(p -> new NotificationPreferences(p.quietFrom(), p.quietUntil(), p.sound(),
                p.email())).orElse(new NotificationPreferences(null, null, false, false));
    }

    @Transactional
    public NotificationPreferences changePreferences(String subject, NotificationPreferences wanted) {
        NotificationPreference preference = visits.preference(subject).orElseGet(() -> {
            NotificationPreference fresh = new NotificationPreference(subject);
            visits.add(fresh);
            return fresh;
        });
        preference.change(wanted.quietFrom(), wanted.quietUntil(), wanted.sound(), wanted.email());
        return preferences(subject);
    }

    /**
     * A ring reaches members who are not signed in (no open page) by e-mail, when they asked for it
     * and gave an address: which door and when, and where to see it — no picture, no link that opens
     * anything. Called once the ring is committed; returns how many were sent.
     */
    @Transactional
    public int mailAbsent(VisitView visit, java.util.Collection<String> absent) {
        int sent = 0;
        for (String subject : absent) {
            boolean wanted = visits.preference(subject).map(NotificationPreference::email).orElse(false);
            Optional<org.citiverse.identity.application.ProfileDetails> profile = wanted ? profiles.find(subject)
                    : Optional.empty();
            if (profile.isPresent() && profile.get().email() != null && !profile.get().email().isBlank()) {
                java.util.Locale language = java.util.Locale.forLanguageTag(profile.get().preferredLanguage());
                String at = java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of(timeZone))
                        .format(visit.rangAt());
                if (mail.send(profile.get().email(), Mail.text(language, "visit.mail.subject", visit.door()),
                        Mail.text(language, "visit.mail.body", visit.door(), at))) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** Ringing visits nobody answered in time expire, so every open page drops them; returns how many. */
    @Transactional
    public int expireDue() {
        Instant now = clock.instant();
        int expired = 0;
        for (GuestVisit visit : visits.ringingExpiredBy(now, 500)) {
            if (visit.expireIfDue(now)) {
                announce(visit, false);
                expired++;
            }
        }
        return expired;
    }

    /** Pictures older than the retention period are deleted; returns how many. */
    @Transactional
    public int purgeSnapshots() {
        return visits.removeSnapshotsBefore(clock.instant().minus(Duration.ofDays(snapshotRetentionDays)));
    }

    /** A picture's bytes and type. */
    public record Picture(String contentType, byte[] image) {
    }

    private void announce(GuestVisit visit, boolean ring) {
        Instant now = clock.instant();
        List<String> recipients = new ArrayList<>(households.memberSubjects(visit.householdId()));
        if (ring) {
            recipients.removeIf(member -> quiet(member, now));
        }
        changed.fire(new VisitEvents.VisitChanged(VisitView.of(visit), recipients, ring));
    }

    private boolean quiet(String subject, Instant now) {
        LocalTime local = LocalTime.ofInstant(now, ZoneId.of(timeZone));
        return visits.preference(subject).map(p -> p.quietAt(local)).orElse(false);
    }

    private boolean memberOf(String subject, GuestVisit visit) {
        return households.memberSubjects(visit.householdId()).contains(subject);
    }

    /** The first twin beside the doorbell that can be made to do this (a lock that opens, a camera). */
    private static Optional<String> actionable(List<TwinView> twins, String action) {
        return twins.stream().filter(t -> t.twoWay() && t.actions().contains(action)).map(TwinView::id).findFirst();
    }
}
