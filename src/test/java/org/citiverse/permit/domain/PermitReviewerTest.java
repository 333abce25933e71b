package org.citiverse.permit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A reviewer keeps the name the sign-in gave; an API call without one does not erase it. */
class PermitReviewerTest {

    @Test
    void theKnownNameStaysWhenNoneIsGiven() {
        PermitReviewer reviewer = new PermitReviewer("subject-1", null, Instant.EPOCH);
        assertEquals("subject-1", reviewer.name(), "the subject until a name is known");
        reviewer.seen(" Sam Staff ", Instant.EPOCH);
        assertEquals("Sam Staff", reviewer.name());
        reviewer.seen(null, Instant.EPOCH.plusSeconds(60));
        assertEquals("Sam Staff", reviewer.name());
        assertEquals(Instant.EPOCH.plusSeconds(60), reviewer.seenAt());
    }
}
