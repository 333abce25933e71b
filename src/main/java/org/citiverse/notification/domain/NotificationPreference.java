package org.citiverse.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;

/**
 * A member's choices about being told of rings: quiet hours in the city's local time (from–until,
 * possibly across midnight; none when either is empty), during which a ring waits in the visit log
 * instead of interrupting, whether the portal plays a sound, and whether a ring while they are not
 * signed in is e-mailed to them.
 */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    @Column(name = "subject", length = 255)
    private String subject;

    @Column(name = "quiet_from")
    private LocalTime quietFrom;

    @Column(name = "quiet_until")
    private LocalTime quietUntil;

    @Column(name = "sound", nullable = false)
    private boolean sound;

    @Column(name = "email", nullable = false)
    private boolean email;

    @Version
    private int version;

    protected NotificationPreference() {
        // for JPA
    }

    public NotificationPreference(String subject) {
        this.subject = subject;
    }

    /** Quiet hours, or none (both empty); from and until must differ. */
    public void change(LocalTime from, LocalTime until, boolean withSound, boolean byEmail) {
        if ((from == null) != (until == null) || from != null && from.equals(until)) {
            throw new VisitException(VisitException.Reason.QUIET_HOURS_INVALID);
        }
        this.quietFrom = from;
        this.quietUntil = until;
        this.sound = withSound;
        this.email = byEmail;
    }

    /** Whether this local time is within the quiet hours. */
    public boolean quietAt(LocalTime time) {
        if (quietFrom == null) {
            return false;
        }
        return quietFrom.isBefore(quietUntil)
                ? !time.isBefore(quietFrom) && time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) || time.isBefore(quietUntil);
    }

    public String subject() {
        return subject;
    }

    public LocalTime quietFrom() {
        return quietFrom;
    }

    public LocalTime quietUntil() {
        return quietUntil;
    }

    public boolean sound() {
        return sound;
    }

    public boolean email() {
        return email;
    }
}
