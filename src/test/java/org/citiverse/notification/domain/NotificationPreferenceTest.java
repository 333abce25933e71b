package org.citiverse.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class NotificationPreferenceTest {

    @Test
    void quietHoursMayPassMidnight() {
        NotificationPreference night = new NotificationPreference("anna");
        night.change(LocalTime.of(22, 0), LocalTime.of(7, 0), false, false);
        assertTrue(night.quietAt(LocalTime.of(23, 30)));
        assertTrue(night.quietAt(LocalTime.of(6, 59)));
        assertTrue(night.quietAt(LocalTime.of(22, 0)));
        assertFalse(night.quietAt(LocalTime.of(7, 0)));
        assertFalse(night.quietAt(LocalTime.of(12, 0)));
    }

    @Test
    void quietHoursWithinADay() {
        NotificationPreference nap = new NotificationPreference("anna");
        nap.change(LocalTime.of(13, 0), LocalTime.of(15, 0), true, false);
        assertTrue(nap.quietAt(LocalTime.of(14, 0)));
        assertFalse(nap.quietAt(LocalTime.of(15, 0)));
        assertFalse(nap.quietAt(LocalTime.of(12, 59)));
        assertTrue(nap.sound());
    }

    @Test
    void noneAtFirstAndNoneWhenBothAreCleared() {
        NotificationPreference preference = new NotificationPreference("anna");
        assertFalse(preference.quietAt(LocalTime.NOON));
        preference.change(LocalTime.of(22, 0), LocalTime.of(7, 0), false, true);
        preference.change(null, null, false, false);
        assertFalse(preference.quietAt(LocalTime.of(23, 0)));
    }

    @Test
    void halfAQuietPeriodOrAnEmptyOneIsRefused() {
        NotificationPreference preference = new NotificationPreference("anna");
        for (LocalTime[] bad : new LocalTime[][] {{LocalTime.NOON, null}, {null, LocalTime.NOON},
                {LocalTime.NOON, LocalTime.NOON}}) {
            VisitException refused = assertThrows(VisitException.class, () -> preference.change(bad[0], bad[1], false, false));
            assertEquals(VisitException.Reason.QUIET_HOURS_INVALID, refused.reason());
        }
        assertFalse(preference.quietAt(LocalTime.NOON));
    }
}
