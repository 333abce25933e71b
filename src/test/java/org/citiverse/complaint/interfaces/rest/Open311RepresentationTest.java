package org.citiverse.complaint.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class Open311RepresentationTest {

    private final Open311Representation amsterdam = new Open311Representation(ZoneId.of("Europe/Amsterdam"));

    @Test
    void timesAreW3cDateTimesInTheCityWithTheirOffset() {
        assertEquals("2026-12-03T14:03:09+01:00", amsterdam.time(Instant.parse("2026-12-03T13:03:09.987Z")));
        assertEquals("2026-07-01T02:00:00+02:00", amsterdam.time(Instant.parse("2026-07-01T00:00:00Z")));
        assertEquals("2026-01-05T09:08:07+00:00",
                new Open311Representation(ZoneId.of("UTC")).time(Instant.parse("2026-01-05T09:08:07Z")));
        assertNull(amsterdam.time(null));
    }
}
