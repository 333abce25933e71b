package org.citiverse.permit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citiverse.permit.domain.DecisionTable;
import org.junit.jupiter.api.Test;

/** The decision table as the administration page shows it, read from the model the engine evaluates. */
class KieDecisionTableReaderTest {

    private final KieDecisionTableReader reader = new KieDecisionTableReader();

    @Test
    void theFenceRulesAreReadAsTheyAreWrittenInTableOrder() {
        DecisionTable table = reader.read(KieDmnRuleEngineTest.FENCE).orElseThrow();
        assertEquals("FIRST", table.hitPolicy());
        assertEquals(List.of(new DecisionTable.Column("location", "string"), new DecisionTable.Column("height", "number")),
                table.inputs());
        assertEquals(List.of("outcome", "ruleId", "reason"), table.outputs().stream().map(DecisionTable.Column::name)
                .toList());
        assertEquals(5, table.rules().size());
        DecisionTable.Rule f1 = table.rules().get(0);
        assertEquals(1, f1.number());
        assertEquals(List.of(DecisionTable.ANY, "> 3"), f1.inputs(), "a dash is any value; FEEL as written");
        assertEquals(List.of("\"NOT_ALLOWED\"", "\"F1\"", "\"fence-too-high\""), f1.outputs());
        assertEquals("Higher than 3 m is not allowed anywhere on the plot", f1.annotation());
        DecisionTable.Rule f4 = table.rules().get(3);
        assertEquals(List.of("\"side\",\"rear\"", "(0..2]"), f4.inputs());
        assertNotNull(f1.line(), "each rule's line, to find it in the file");
        assertTrue(f4.line() > f1.line(), f1.line() + " then " + f4.line());
    }

    @Test
    void aModelWithoutAPermitTableOrNoModelAtAllHasNothingToShow() {
        assertTrue(reader.read("<definitions").isEmpty());
        assertTrue(reader.read(KieDmnRuleEngineTest.FENCE.replace("name=\"permit\"", "name=\"other\"")).isEmpty());
    }
}
