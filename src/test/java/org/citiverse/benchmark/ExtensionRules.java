package org.citiverse.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A generated rule set for extensions with as many rules as a benchmark asks for: one rule for too
 * much coverage, then one per band of height (so a check walks on average half the table, as a
 * first-hit table of real zoning rules does), then one for all else. Inputs are what the city model
 * computes from a footprint ({@code area}, {@code distanceToBoundary}, {@code coverageAfter}) and the
 * height the citizen gives.
 */
final class ExtensionRules {

    static final int CASES = 5;
    private static final double MAX_COVERAGE_PCT = 45;
    private static final double HIGHEST_BAND_M = 10;
    private static final double PERMIT_FREE_UP_TO_M = 4;
    private static final String[] INPUTS = {"height", "area", "distanceToBoundary", "coverageAfter"};

    private ExtensionRules() {
    }

    /** The DMN of {@code rules} rules (at least 3). */
    static String dmn(int rules) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\""
                + "https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"extension-bench\" name=\"extension-bench\""
                + " namespace=\"https://citiverse.org/permit/extension-bench\">\n");
        for (String input : INPUTS) {
            xml.append("  <inputData id=\"input_").append(input).append("\" name=\"").append(input)
                    .append("\"><variable id=\"input_").append(input).append("_var\" name=\"").append(input)
                    .append("\" typeRef=\"number\"/></inputData>\n");
        }
        xml.append("  <decision id=\"permit\" name=\"permit\">\n    <variable id=\"permit_var\" name=\"permit\"/>\n");
        for (String input : INPUTS) {
            xml.append("    <informationRequirement id=\"req_").append(input).append("\"><requiredInput href=\"#input_")
                    .append(input).append("\"/></informationRequirement>\n");
        }
        xml.append("    <decisionTable id=\"permit_table\" hitPolicy=\"FIRST\">\n");
        for (String input : INPUTS) {
            xml.append("      <input id=\"in_").append(input).append("\" label=\"").append(input)
                    .append("\"><inputExpression id=\"in_").append(input).append("_expr\" typeRef=\"number\"><text>")
                    .append(input).append("</text></inputExpression></input>\n");
        }
        xml.append("      <output id=\"out_outcome\" name=\"outcome\" typeRef=\"string\"/>\n"
                + "      <output id=\"out_ruleId\" name=\"ruleId\" typeRef=\"string\"/>\n"
                + "      <output id=\"out_reason\" name=\"reason\" typeRef=\"string\"/>\n");
        rule(xml, 1, new String[] {"-", "-", "-", "&gt; " + MAX_COVERAGE_PCT}, "NOT_ALLOWED", "extension-coverage");
        int bands = rules - 2;
        for (int band = 0; band < bands; band++) {
            double from = band * bandWidth(rules);
            double to = (band + 1) * bandWidth(rules);
            rule(xml, band + 2, new String[] {String.format(Locale.ROOT, "[%.4f..%.4f)", from, to), "&lt;= 30",
                    "&gt;= 1", "-"}, to <= PERMIT_FREE_UP_TO_M ? "PERMIT_FREE" : "PERMIT_REQUIRED", "extension-band");
        }
        rule(xml, rules, new String[] {"-", "-", "-", "-"}, "PERMIT_REQUIRED", "extension-other");
        return xml.append("    </decisionTable>\n  </decision>\n</definitions>\n").toString();
    }

    /** Test cases that pin the first rule, a permit-free and a permit-required band, and the last rule. */
    static String testCases(int rules) {
        double width = bandWidth(rules);
        int lowBand = (int) (1.0 / width);
        int highBand = (int) (6.0 / width);
        List<String> cases = new ArrayList<>();
        cases.add(testCase("too much coverage", 1, 10, 2, 60, "NOT_ALLOWED", 1));
        cases.add(testCase("low and small", (lowBand + 0.5) * width, 10, 2, 30, "PERMIT_FREE", lowBand + 2));
        cases.add(testCase("high and small", (highBand + 0.5) * width, 10, 2, 30, "PERMIT_REQUIRED", highBand + 2));
        cases.add(testCase("large", 1, 40, 2, 30, "PERMIT_REQUIRED", rules));
        cases.add(testCase("against the boundary", 1, 10, 0.5, 30, "PERMIT_REQUIRED", rules));
        return "[" + String.join(",", cases) + "]";
    }

    private static double bandWidth(int rules) {
        return HIGHEST_BAND_M / (rules - 2);
    }

    private static String testCase(String name, double height, double area, double distance, double coverage,
                                   String expected, int rule) {
        return String.format(Locale.ROOT, "{\"name\":\"%s\",\"inputs\":{\"height\":%.4f,\"area\":%.1f,"
                + "\"distanceToBoundary\":%.1f,\"coverageAfter\":%.1f},\"expected\":\"%s\",\"ruleId\":\"%s\"}", name,
                height, area, distance, coverage, expected, ruleId(rule));
    }

    private static String ruleId(int number) {
        return String.format(Locale.ROOT, "X%03d", number);
    }

    private static void rule(StringBuilder xml, int number, String[] entries, String outcome, String reason) {
        String id = ruleId(number);
        xml.append("      <rule id=\"").append(id).append("\">\n");
        for (int i = 0; i < entries.length; i++) {
            xml.append("        <inputEntry id=\"").append(id).append("_in").append(i + 1).append("\"><text>")
                    .append(entries[i]).append("</text></inputEntry>\n");
        }
        String[] outputs = {outcome, id, reason};
        for (int i = 0; i < outputs.length; i++) {
            xml.append("        <outputEntry id=\"").append(id).append("_out").append(i + 1).append("\"><text>\"")
                    .append(outputs[i]).append("\"</text></outputEntry>\n");
        }
        xml.append("      </rule>\n");
    }
}
