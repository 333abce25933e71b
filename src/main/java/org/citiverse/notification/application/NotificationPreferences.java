package org.citiverse.notification.application;

import java.time.LocalTime;

/**
 * A member's quiet hours (both null when none), whether the portal plays a sound on a ring, and
 * whether a ring while they are not signed in is e-mailed to them.
 */
public record NotificationPreferences(LocalTime quietFrom, LocalTime quietUntil, boolean sound, boolean email) {
}
