package org.citiverse.permit.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citiverse.shared.domain.JsonText;

/**
 * One test case a rule set carries: these inputs must give this outcome (and, when given, this rule).
 * Stored as JSON: {@code [{"name": "...", "inputs": {...}, "expected": "PERMIT_FREE", "ruleId": "F1"}]}.
 *
 * @param name           how people refer to it
 * @param inputs         input name → value
 * @param expected       the outcome the rules must give (UNDECIDED to pin a deliberate gap)
 * @param expectedRuleId the rule that must decide it, or null for any
 */
public record RuleTestCase(String name, Map<String, Object> inputs, Outcome expected, String expectedRuleId) {

    public static final int MAX_CASES = 500;

    /**
     * Reads a rule set's test cases.
     *
     * @throws PermitException TEST_CASES_INVALID with what is wrong, also when there are none
     */
    public static List<RuleTestCase> parse(String json) {
        if (json == null || json.isBlank()) {
            throw invalid("a rule set needs test cases: a JSON array of {name, inputs, expected}");
        }
        JsonArray array;
        try (var reader = JsonText.JSON.createReader(new StringReader(json))) {
            array = reader.readArray();
        } catch (JsonParsingException e) {
            throw invalid("not JSON at line " + e.getLocation().getLineNumber() + ": " + e.getMessage());
        } catch (JsonException | IllegalStateException e) {
            throw invalid("not a JSON array of test cases");
        }
        if (array.isEmpty() || array.size() > MAX_CASES) {
            throw invalid("between 1 and " + MAX_CASES + " test cases");
        }
        List<RuleTestCase> cases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String label = "test case " + (i + 1);
            if (!(array.get(i) instanceof JsonObject o)) {
                problems.add(label + " is not an object");
                continue;
            }
            String name = o.get("name") instanceof JsonString s && !s.getString().isBlank() ? s.getString().strip()
                    : label;
            Outcome expected = o.get("expected") instanceof JsonString s ? outcome(s.getString()) : null;
            if (expected == null) {
                problems.add(name + ": expected must be PERMIT_FREE, PERMIT_REQUIRED, NOT_ALLOWED or UNDECIDED");
            }
            if (!(o.get("inputs") instanceof JsonObject inputs)) {
                problems.add(name + ": inputs must be an object of input name → value");
                continue;
            }
            String ruleId = o.get("ruleId") instanceof JsonString s ? s.getString() : null;
            try {
                cases.add(new RuleTestCase(name, RuleInputs.checked(values(inputs)), expected, ruleId));
            } catch (PermitException e) {
                e.details().forEach(d -> problems.add(name + ": " + d));
            }
        }
        if (!problems.isEmpty()) {
            throw new PermitException(PermitException.Reason.TEST_CASES_INVALID, problems);
        }
        return List.copyOf(cases);
    }

    /** Whether the rules' decision is what this case expects; null when it is, else what went wrong. */
    public String mismatch(RuleDecision actual) {
        if (actual.outcome() != expected) {
            return name + ": expected " + expected + ", got " + actual.outcome()
                    + (actual.ruleId() == null ? "" : " (rule " + actual.ruleId() + ")")
                    + (actual.outcome() == Outcome.UNDECIDED ? " (" + actual.reason() + ")" : "");
        }
        if (expectedRuleId != null && !expectedRuleId.equals(actual.ruleId())) {
            return name + ": expected rule " + expectedRuleId + ", got rule " + actual.ruleId();
        }
        return null;
    }

    private static Outcome outcome(String text) {
        try {
            return Outcome.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, Object> values(JsonObject inputs) {
        Map<String, Object> out = new LinkedHashMap<>();
        inputs.forEach((k, v) -> out.put(k, value(v)));
        return out;
    }

    private static Object value(JsonValue v) {
        return switch (v.getValueType()) {
            case NUMBER -> ((JsonNumber) v).bigDecimalValue();
            case STRING -> ((JsonString) v).getString();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            default -> v; // an object or array: refused by RuleInputs
        };
    }

    private static PermitException invalid(String detail) {
        return new PermitException(PermitException.Reason.TEST_CASES_INVALID, List.of(detail));
    }
}
