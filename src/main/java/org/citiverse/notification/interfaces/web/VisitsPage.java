package org.citiverse.notification.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.citiverse.notification.application.GuestNotifications;
import org.citiverse.notification.application.NotificationPreferences;
import org.citiverse.notification.application.VisitView;
import org.citiverse.notification.domain.VisitException;
import org.citiverse.shared.interfaces.web.CurrentSubject;
import org.citiverse.shared.interfaces.web.PageMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Visits at your door": the households' visit log with the camera's pictures (deletable), and the
 * member's quiet hours and sound. Works without script; the live cards are the layout's.
 */
@Named
@ViewScoped
public class VisitsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;
    private static final String SELF = "/citizen/visits.xhtml";

    @Inject
    GuestNotifications notifications;

    @Inject
    CurrentSubject subject;

    @Inject
    PageMessages messages;

    @Inject
    @ConfigProperty(name = "notification.snapshot.retention.days", defaultValue = "30")
    int retentionDays;

    @Inject
    @ConfigProperty(name = "notification.time.zone", defaultValue = "Europe/Amsterdam")
    String timeZone;

    private List<VisitView> visits;
    private String quietFrom;
    private String quietUntil;
    private boolean sound;
    private boolean email;

    @PostConstruct
    void load() {
        visits = notifications.log(subject.get(), SHOWN);
        NotificationPreferences preferences = notifications.preferences(subject.get());
        quietFrom = preferences.quietFrom() == null ? null : preferences.quietFrom().toString();
        quietUntil = preferences.quietUntil() == null ? null : preferences.quietUntil().toString();
        sound = preferences.sound();
        email = preferences.email();
    }

    public String deletePicture(UUID visitId) {
        try {
            notifications.deleteSnapshot(subject.get(), visitId);
        } catch (VisitException e) {
            messages.error(null, e.messageKey());
            return null;
        }
        return messages.doneThenGo(SELF, "visits.pictureDeleted");
    }

    /** Saves the settings; a time that is not HH:MM is named on its field and what was typed stays. */
    public String save() {
        LocalTime from = time(quietFrom, "quietFrom");
        LocalTime until = time(quietUntil, "quietUntil");
        if (from == null && present(quietFrom) || until == null && present(quietUntil)) {
            return null;
        }
        try {
            notifications.changePreferences(subject.get(), new NotificationPreferences(from, until, sound, email));
        } catch (VisitException e) {
            messages.error(from == null ? "quietFrom" : "quietUntil", e.messageKey());
            return null;
        }
        return messages.doneThenGo(SELF, "visits.saved");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private LocalTime time(String value, String field) {
        if (!present(value)) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip().length() == 4 ? "0" + value.strip() : value.strip());
        } catch (DateTimeParseException e) {
            messages.error(field, "visits.timeInvalid");
            return null;
        }
    }

    /** A moment in the city's local time, to the minute (the visit page's times). */
    public String local(java.time.Instant at) {
        return at == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.of(timeZone)).format(at);
    }

    /** The picture's text alternative: which door, when. */
    public String pictureOf(VisitView visit) {
        return messages.text("visits.pictureOf", visit.door(), local(visit.rangAt()));
    }

    public List<VisitView> getVisits() {
        return visits;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public String getQuietFrom() {
        return quietFrom;
    }

    public void setQuietFrom(String quietFrom) {
        this.quietFrom = quietFrom;
    }

    public String getQuietUntil() {
        return quietUntil;
    }

    public void setQuietUntil(String quietUntil) {
        this.quietUntil = quietUntil;
    }

    public boolean isSound() {
        return sound;
    }

    public void setSound(boolean sound) {
        this.sound = sound;
    }

    public boolean isEmail() {
        return email;
    }

    public void setEmail(boolean email) {
        this.email = email;
    }
}
