package org.citiverse.complaint.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.citiverse.complaint.domain.RequestQuery;
import org.citiverse.complaint.domain.RequestStatus;
import org.citiverse.complaint.domain.Submission;
import org.citiverse.complaint.infrastructure.JdbcPublicRequests.Statement;
import org.junit.jupiter.api.Test;

class PublicRequestStatementTest {

    private static final Instant FROM = Instant.parse("2026-05-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-05-31T00:00:00Z");

    @Test
    void aFilteredPageIsOneStatementWithItsParametersInOrder() {
        Statement s = Statement.of(new RequestQuery(List.of(), Set.of("pothole"), open(), null, null, FROM, TO, false,
                null, 3, 50));
        assertTrue(s.sql().endsWith(" where r.category_code = ? and r.is_open = true and r.requested_at >= ?"
                + " and r.requested_at <= ? order by r.requested_at desc, r.id desc offset 100 rows fetch first 50"
                + " rows only"), s.sql());
        assertEquals(List.of("pothole", FROM.atOffset(ZoneOffset.UTC), TO.atOffset(ZoneOffset.UTC)), s.parameters());
        assertTrue(s.parameters().get(1) instanceof OffsetDateTime);
    }

    @Test
    void openOrClosedIsWrittenIntoTheStatementOtherStatusesAreParameters() {
        Set<RequestStatus> closed = EnumSet.complementOf(EnumSet.copyOf(open()));
        assertTrue(Statement.of(query(List.of(), Set.of(), closed)).sql().contains("r.is_open = false"));
        Statement some = Statement.of(query(List.of(), Set.of(), Set.of(RequestStatus.FIXED, RequestStatus.OPEN)));
        assertFalse(some.sql().contains("is_open"));
        assertTrue(some.sql().contains("r.status in (?, ?)"), some.sql());
        assertEquals(Set.of("FIXED", "OPEN"), Set.copyOf(some.parameters()));
    }

    @Test
    void idsAndCategoriesAreListsOfPlaceholders() {
        Statement s = Statement.of(query(List.of(5L, 6L, 7L), Set.of("tree", "waste"), Set.of()));
        assertTrue(s.sql().contains("where r.id in (?, ?, ?) and r.category_code in (?, ?)"), s.sql());
        assertEquals(5, s.parameters().size());
        assertFalse(Statement.of(query(List.of(), Set.of(), Set.of())).sql().contains(" where r."));
    }

    @Test
    void oldestFirstOrdersTheOtherWay() {
        RequestQuery q = new RequestQuery(List.of(), Set.of(), Set.of(), null, null, null, null, false, null, 1, 10,
                null, RequestQuery.Order.OLDEST);
        assertTrue(Statement.of(q).sql().contains(" order by r.requested_at, r.id offset 0 rows fetch first 10 rows only"));
    }

    @Test
    void staffFiltersAndOrdersAreNotPartOfThePublicList() {
        assertThrows(IllegalArgumentException.class, () -> Statement.of(new RequestQuery(List.of(), Set.of(), Set.of(),
                "roads", null, null, null, false, null, 1, 10)));
        assertThrows(IllegalArgumentException.class, () -> Statement.of(new RequestQuery(List.of(), Set.of(), Set.of(),
                null, "subject-1", null, null, false, null, 1, 10)));
        assertThrows(IllegalArgumentException.class, () -> Statement.of(new RequestQuery(List.of(), Set.of(), Set.of(),
                null, null, null, null, true, Instant.now(), 1, 10)));
        assertThrows(IllegalArgumentException.class, () -> Statement.of(new RequestQuery(List.of(), Set.of(), Set.of(),
                null, null, null, null, false, null, 1, 10, Submission.Source.OPEN311, null)));
        assertThrows(IllegalArgumentException.class, () -> Statement.of(new RequestQuery(List.of(), Set.of(), Set.of(),
                null, null, null, null, false, null, 1, 10, null, RequestQuery.Order.PRIORITY)));
        assertThrows(IllegalArgumentException.class, () -> Statement.of(new RequestQuery(List.of(), Set.of(), Set.of(),
                null, null, null, null, false, null, 1, 10, null, null,
                new RequestQuery.Triage(RequestQuery.Triage.NOBODY, null, null))));
    }

    private static Set<RequestStatus> open() {
        return EnumSet.copyOf(Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen).toList());
    }

    private static RequestQuery query(List<Long> ids, Set<String> categories, Set<RequestStatus> statuses) {
        return new RequestQuery(ids, categories, statuses, null, null, null, null, false, null, 1, 50);
    }
}
