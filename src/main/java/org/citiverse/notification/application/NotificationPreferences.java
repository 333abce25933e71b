package org.citiverse.notification.application;

import java.time.LocalTime;

/** A member's quiet hours (both null when none) and whether the portal plays a sound on a ring. */
public record NotificationPreferences(LocalTime quietFrom, LocalTime quietUntil, boolean sound) {
}
