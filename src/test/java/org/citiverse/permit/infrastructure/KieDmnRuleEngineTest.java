package org.citiverse.permit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.citiverse.permit.application.RuleSetSource;
import org.citiverse.permit.domain.CompiledRules;
import org.citiverse.permit.domain.Outcome;
import org.citiverse.permit.domain.RuleDecision;
import org.citiverse.permit.domain.RuleProblem;
import org.citiverse.permit.domain.RuleTestCase;
import org.junit.jupiter.api.Test;

/** The DMN checker: what it accepts, what it refuses and why (with lines), and what evaluation answers. */
class KieDmnRuleEngineTest {

    static final KieRuleEngine ENGINE = new KieRuleEngine();

    static String resource(String name) {
        try (InputStream in = KieDmnRuleEngineTest.class.getResourceAsStream("/org/citiverse/permit/rules/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String FENCE = resource("fence-residential.dmn");

    @Test
    void theDemoRuleSetsAreValidAndPassTheirOwnTestCases() {
        for (RuleSetSource shipped : DemoRuleSets.sources()) {
            String name = shipped.activity() + "-" + shipped.zoneType();
            assertEquals(List.of(), ENGINE.validate(shipped.dmn()), name);
            CompiledRules rules = ENGINE.compile(shipped.dmn());
            for (RuleTestCase c : RuleTestCase.parse(shipped.testCases())) {
                assertNull(c.mismatch(rules.evaluate(c.inputs())), name + ": " + c.name());
            }
        }
    }

    @Test
    void everyReasonTheShippedRulesGiveIsExplainedInBothLanguages() {
        for (String bundle : List.of("messages", "messages_nl")) {
            java.util.Properties texts = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/org/citiverse/i18n/" + bundle + ".properties")) {
                texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> reasons = new java.util.ArrayList<>(List.of(RuleDecision.NO_RULE,
                    RuleDecision.EVALUATION_FAILED, RuleDecision.NOT_COVERED));
            for (RuleSetSource shipped : DemoRuleSets.sources()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("_out3\"><text>\"([a-z0-9-]+)\"")
                        .matcher(shipped.dmn());
                while (m.find()) {
                    reasons.add(m.group(1));
                }
            }
            assertTrue(reasons.size() > 10, reasons.toString());
            for (String reason : reasons) {
                assertTrue(texts.containsKey("permit.reason." + reason), bundle + " lacks permit.reason." + reason);
            }
        }
    }

    @Test
    void brokenXmlIsRefusedWithItsLine() {
        String broken = FENCE.replace("<rule id=\"F3\">", "<rule id=\"F3\"");
        List<RuleProblem> problems = ENGINE.validate(broken);
        System.out.println("broken xml: " + problems);
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.line() != null), problems.toString());
    }

    @Test
    void anExpressionThatDoesNotCompileIsRefused() {
        String broken = FENCE.replace("<text>(0..1]</text>", "<text>(0..1]]] +</text>");
        List<RuleProblem> problems = ENGINE.validate(broken);
        System.out.println("compile: " + problems);
        assertFalse(problems.isEmpty());
    }

    @Test
    void aRuleWithAMissingInputEntryIsRefusedWithItsLine() {
        String shortRule = FENCE.replace("<inputEntry id=\"F3_in1\"><text>\"front\"</text></inputEntry>", "");
        List<RuleProblem> problems = ENGINE.validate(shortRule);
        System.out.println("short rule: " + problems);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("rule 3 (F3) has 1 input entries but the table has 2 inputs"));
        assertEquals(shortRule.lines().toList().indexOf("      <rule id=\"F3\">") + 1, problems.get(0).line());
    }

    @Test
    void rulesThatLeaveAGapAreRefusedWithWhatNoRuleAnswers() {
        List<RuleProblem> problems = ENGINE.validate(withoutRuleF5());
        System.out.println("gap: " + problems);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("the rules leave a gap: no rule answers [ [ \"rear\" .. \"side\" ],"
                + " ( 2 .. 3 ] ]"), problems.toString());
        assertEquals(FENCE.lines().toList().indexOf(FENCE.lines().filter(l -> l.contains("<decisionTable"))
                .findFirst().orElseThrow()) + 1, problems.get(0).line());

        String noAllowedPlaces = FENCE.replaceAll("<inputValues id=\"in_location_values\">.*?</inputValues>", "");
        List<RuleProblem> unchecked = ENGINE.validate(noAllowedPlaces);
        assertEquals(1, unchecked.size(), unchecked.toString());
        assertTrue(unchecked.get(0).message().startsWith("the text inputs [location] have no list of allowed values"),
                unchecked.toString());
    }

    private static String withoutRuleF5() {
        return FENCE.replaceAll("(?s)<rule id=\"F5\">.*?</rule>", "");
    }

    @Test
    void evaluationGivesEachOutcomeWithItsRuleAndReason() {
        CompiledRules rules = ENGINE.compile(FENCE);
        assertEquals(new RuleDecision(Outcome.PERMIT_FREE, "F2", "fence-front-low"),
                rules.evaluate(Map.of("location", "front", "height", new BigDecimal("0.8"))));
        assertEquals(new RuleDecision(Outcome.PERMIT_REQUIRED, "F3", "fence-front-high"),
                rules.evaluate(Map.of("location", "front", "height", new BigDecimal("1.5"))));
        assertEquals(new RuleDecision(Outcome.NOT_ALLOWED, "F1", "fence-too-high"),
                rules.evaluate(Map.of("location", "rear", "height", new BigDecimal("4"))));
    }

    @Test
    void noMatchingRuleIsUndecidedNeverAGuess() {
        CompiledRules rules = ENGINE.compile(FENCE);
        assertEquals(Outcome.UNDECIDED, rules.evaluate(Map.of("location", "roof", "height", new BigDecimal("1")))
                .outcome(), "a value the input does not allow");
        assertEquals(RuleDecision.undecided(RuleDecision.NO_RULE), ENGINE.compile(withoutRuleF5())
                .evaluate(Map.of("location", "rear", "height", new BigDecimal("2.5"))), "a gap (refused at upload)");
        RuleDecision missing = rules.evaluate(Map.of("location", "front"));
        System.out.println("missing input: " + missing);
        assertEquals(Outcome.UNDECIDED, missing.outcome());
        assertEquals(Outcome.UNDECIDED, rules.evaluate(Map.of("location", "front", "height", "high")).outcome());
    }
}
