package org.citiverse.permit.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The answers a check gives the rules: checked and put in the engine's terms (numbers as decimals). */
public final class RuleInputs {

    public static final int MAX_INPUTS = 50;
    public static final int MAX_TEXT = 200;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_ ]{0,59}");

    private RuleInputs() {
    }

    /**
     * @throws PermitException INPUTS_INVALID listing each bad entry
     */
    public static Map<String, Object> checked(Map<String, ?> inputs) {
        if (inputs == null) {
            return Map.of();
        }
        List<String> problems = new ArrayList<>();
        if (inputs.size() > MAX_INPUTS) {
            problems.add("at most " + MAX_INPUTS + " inputs");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        inputs.forEach((name, value) -> {
            if (name == null || !NAME.matcher(name).matches()) {
                problems.add("input name \"" + name + "\" is not a name (letters, digits, _ and spaces, at most 60)");
                return;
            }
            if (value == null || value instanceof Boolean) {
                out.put(name, value);
            } else if (value instanceof Number n) {
                try {
                    out.put(name, n instanceof BigDecimal b ? b : new BigDecimal(n.toString()));
                } catch (NumberFormatException e) {
                    problems.add(name + " is not a finite number");
                }
            } else if (value instanceof String s && s.length() <= MAX_TEXT) {
                out.put(name, s);
            } else {
                problems.add(name + " must be a number, true/false, or text of at most " + MAX_TEXT + " characters");
            }
        });
        if (!problems.isEmpty()) {
            throw new PermitException(PermitException.Reason.INPUTS_INVALID, problems);
        }
        return out;
    }
}
