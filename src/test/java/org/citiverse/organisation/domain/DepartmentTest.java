package org.citiverse.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.citiverse.organisation.domain.DepartmentException.Reason;
import org.junit.jupiter.api.Test;

class DepartmentTest {

    private static Reason refusal(Runnable action) {
        return assertThrows(DepartmentException.class, action::run).reason();
    }

    @Test
    void aDepartmentHasAPermanentCodeAndNamesInBothLanguages() {
        Department roads = new Department("roads", " Roads ", "Wegen", "roads");
        assertEquals("Roads", roads.name("en"));
        assertEquals("Wegen", roads.name("nl"));
        roads.change("Roads and bridges", "Wegen en bruggen", "roads-team", false);
        assertEquals("roads", roads.code());
        assertEquals("roads-team", roads.identityGroup());
        assertFalse(roads.active());
    }

    @Test
    void codesNamesAndGroupsAreChecked() {
        for (String code : new String[] {null, "", "r", "Roads", "1roads", "roads!", "x".repeat(41)}) {
            assertEquals(Reason.CODE_INVALID, refusal(() -> new Department(code, "R", "W", "g")), String.valueOf(code));
        }
        assertEquals(Reason.NAME_INVALID, refusal(() -> new Department("roads", " ", "W", "g")));
        assertEquals(Reason.NAME_INVALID, refusal(() -> new Department("roads", "R", "x".repeat(81), "g")));
        assertEquals(Reason.GROUP_INVALID, refusal(() -> new Department("roads", "R", "W", "")));
        assertEquals(Reason.GROUP_INVALID, refusal(() -> new Department("roads", "R", "W", "a/b")));
    }
}
