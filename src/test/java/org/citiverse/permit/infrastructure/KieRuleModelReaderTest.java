package org.citiverse.permit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.citiverse.permit.domain.PermitException;
import org.citiverse.permit.domain.RuleInput;
import org.junit.jupiter.api.Test;

/** What a decision model asks for, read with KIE's model API: names, types and a text input's values. */
class KieRuleModelReaderTest {

    private final KieRuleModelReader reader = new KieRuleModelReader();

    @Test
    void theShippedRuleSetsNameTheirInputsInOrderWithTheTextValuesTheirTablesTest() {
        List<RuleInput> fence = reader.inputs(KieDmnRuleEngineTest.FENCE);
        assertEquals(List.of("location", "height"), fence.stream().map(RuleInput::name).toList());
        assertEquals(RuleInput.Type.STRING, fence.get(0).type());
        assertEquals(List.of("front", "side", "rear"), fence.get(0).allowedValues(), "from the column's input values");
        assertEquals(RuleInput.Type.NUMBER, fence.get(1).type());
        assertEquals(List.of(), fence.get(1).allowedValues());
        assertEquals("Height of the fence in metres, measured from the ground", fence.get(1).description());

        List<RuleInput> dormer = reader.inputs(KieDmnRuleEngineTest.resource("dormer-residential.dmn"));
        assertEquals(List.of("roofSide", "height", "distanceToRoofEdge"), dormer.stream().map(RuleInput::name).toList());
        assertEquals(List.of("front", "side", "rear"), dormer.get(0).allowedValues(), "from the column's input values");

        assertEquals(List.of("location", "height", "area"), reader.inputs(
                KieDmnRuleEngineTest.resource("outbuilding-residential.dmn")).stream().map(RuleInput::name).toList());
    }

    @Test
    void anItemDefinitionsAllowedValuesComeFirstAndOtherTypesAreMarked() {
        String dmn = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="https://x">
                  <itemDefinition name="tSide"><typeRef>string</typeRef><allowedValues><text>"left","right"</text></allowedValues></itemDefinition>
                  <inputData id="i1" name="side"><variable id="v1" name="side" typeRef="tSide"/></inputData>
                  <inputData id="i2" name="listed"><variable id="v2" name="listed" typeRef="boolean"/></inputData>
                  <inputData id="i3" name="when"><variable id="v3" name="when" typeRef="date"/></inputData>
                  <inputData id="i4" name="note"><variable id="v4" name="note" typeRef="string"/></inputData>
                  <decision id="permit" name="permit"><variable id="pv" name="permit"/>
                    <decisionTable id="t" hitPolicy="FIRST">
                      <input id="c1"><inputExpression id="e1" typeRef="string"><text>side</text></inputExpression></input>
                      <output id="o1" name="outcome" typeRef="string"/>
                      <rule id="r1"><inputEntry id="r1i"><text>"middle"</text></inputEntry><outputEntry id="r1o"><text>"PERMIT_FREE"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """;
        List<RuleInput> inputs = reader.inputs(dmn);
        assertEquals(List.of("left", "right"), inputs.get(0).allowedValues());
        assertEquals(RuleInput.Type.STRING, inputs.get(0).type(), "the item definition's base type");
        assertEquals(RuleInput.Type.BOOLEAN, inputs.get(1).type());
        assertEquals(RuleInput.Type.OTHER, inputs.get(2).type());
        assertEquals(List.of(), inputs.get(3).allowedValues(), "no table tests it: any text");
    }

    @Test
    void aFileThatIsNoModelIsRefused() {
        assertThrows(PermitException.class, () -> reader.inputs("not xml at all"));
    }
}
