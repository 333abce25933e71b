package org.citiverse.complaint.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SubmissionBudgetTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstIsAllowedThenTheRateRefills() {
        SubmissionBudget budget = new SubmissionBudget(3, 60, 0);
        assertTrue(budget.take(0));
        assertTrue(budget.take(0));
        assertTrue(budget.take(0));
        assertFalse(budget.take(0), "the burst is spent");
        assertEquals(1, budget.secondsUntilNext(0));
        assertFalse(budget.take(SECOND / 2), "half a token after half a second");
        assertTrue(budget.take(SECOND), "one a second at 60 a minute");
        assertFalse(budget.take(SECOND));
    }

    @Test
    void aQuietSenderIsFullAgainAndNeverAboveItsBurst() {
        SubmissionBudget budget = new SubmissionBudget(2, 6, 0);
        budget.take(0);
        budget.take(0);
        assertFalse(budget.idle(0));
        assertEquals(10, budget.secondsUntilNext(0), "6 a minute: the next in 10 s");
        assertTrue(budget.idle(3600 * SECOND));
        assertTrue(budget.take(3600 * SECOND));
        assertTrue(budget.take(3600 * SECOND));
        assertFalse(budget.take(3600 * SECOND), "a long quiet time refills only the burst");
    }

    @Test
    void aBudgetNeedsSomethingToSpend() {
        assertThrows(IllegalArgumentException.class, () -> new SubmissionBudget(0, 60, 0));
        assertThrows(IllegalArgumentException.class, () -> new SubmissionBudget(5, 0, 0));
    }
}
