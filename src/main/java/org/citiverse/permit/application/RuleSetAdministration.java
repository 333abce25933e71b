package org.citiverse.permit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.citiverse.permit.domain.CompiledRules;
import org.citiverse.permit.domain.DecisionTable;
import org.citiverse.permit.domain.DecisionTableReader;
import org.citiverse.permit.domain.PermitException;
import org.citiverse.permit.domain.RuleDecision;
import org.citiverse.permit.domain.RuleEngine;
import org.citiverse.permit.domain.RuleProblem;
import org.citiverse.permit.domain.RuleSet;
import org.citiverse.permit.domain.RuleSetStatus;
import org.citiverse.permit.domain.RuleTestCase;

/**
 * What the rule-set administration pages need on top of {@link RuleSetService}: an upload that says
 * every problem at once (the fields, each problem of the model with its line, each of the test
 * cases — the service stops at the first kind), a rule set with its decision table and test cases,
 * and running its test cases without activating it. Storing and activating stay with
 * {@link RuleSetService}, the one place rule sets are stored (without validating the model a second
 * time).
 */
@ApplicationScoped
public class RuleSetAdministration {

    @Inject
    RuleSetService ruleSets;

    @Inject
    RuleEngine engine;

    @Inject
    DecisionTableReader tables;

    /**
     * A problem of an upload.
     *
     * @param field  the form's field it is about: activity, zoneType, effectiveFrom, dmn or testCases
     * @param key    the bundle key of the explanation, or null when {@code detail} is all there is
     * @param line   the line of the file, or null
     * @param detail what exactly (the engine's or the test cases' own words), or null
     */
    public record Problem(String field, String key, Integer line, String detail) {
    }

    /** An upload with problems; nothing was stored. */
    public static final class UploadRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        UploadRefused(List<Problem> problems) {
            super("upload refused: " + problems.size() + " problems");
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** A rule set with its decision table (null when the model has none to show) and test cases. */
    public record Details(RuleSetView ruleSet, DecisionTable table, List<RuleTestCase> cases, RuleSetView active) {

        /** Whether the ACTIVE version of its activity and zone type is newer than this draft. */
        public boolean newerActive() {
            return active != null && active.versionNumber() > ruleSet.versionNumber();
        }
    }

    /** A test case run against the rules: what it expects and what the rules said. */
    public record TestResult(RuleTestCase testCase, String outcome, String ruleId, String reason, boolean passed) {
    }

    /**
     * The rule sets, optionally only of an activity, a zone type and a status (DRAFT, ACTIVE, RETIRED),
     * by activity, zone type and newest version first.
     */
    public List<RuleSetView> find(String activity, String zoneType, String status) {
        return ruleSets.list(blankToNull(activity)).stream()
                .filter(r -> blankToNull(zoneType) == null || r.zoneType().equals(zoneType.strip()))
                .filter(r -> blankToNull(status) == null || r.status().equalsIgnoreCase(status.strip()))
                .sorted(Comparator.comparing(RuleSetView::activity).thenComparing(RuleSetView::zoneType)
                        .thenComparing(Comparator.comparingInt(RuleSetView::versionNumber).reversed()))
                .toList();
    }

    /**
     * Stores a draft, or says every problem of the upload.
     *
     * @throws UploadRefused listing each problem; nothing is stored
     */
    public RuleSetView upload(String activity, String zoneType, LocalDate effectiveFrom, String dmn, String testCases) {
        List<Problem> problems = new ArrayList<>();
        code(activity, PermitException.Reason.ACTIVITY_INVALID, "activity", problems);
        code(zoneType, PermitException.Reason.ZONE_TYPE_INVALID, "zoneType", problems);
        if (effectiveFrom == null) {
            problems.add(problem("effectiveFrom", PermitException.Reason.EFFECTIVE_DATE_MISSING));
        }
        if (dmn == null || dmn.isBlank()) {
            problems.add(problem("dmn", PermitException.Reason.DMN_MISSING));
        } else if (dmn.length() > RuleSet.MAX_DMN_CHARS) {
            problems.add(problem("dmn", PermitException.Reason.DMN_TOO_LARGE));
        } else {
            for (RuleProblem p : engine.validate(dmn)) {
                problems.add(new Problem("dmn", null, p.line(), p.message()));
            }
        }
        try {
            RuleTestCase.parse(testCases);
        } catch (PermitException e) {
            if (e.details().isEmpty()) {
                problems.add(problem("testCases", e.reason()));
            }
            e.details().forEach(d -> problems.add(new Problem("testCases", null, null, d)));
        }
        if (!problems.isEmpty()) {
            throw new UploadRefused(problems);
        }
        return ruleSets.uploadValidated(activity, zoneType, effectiveFrom, dmn, testCases);
    }

    /** A rule set with its table, test cases and the version of its series now ACTIVE. */
    public Details details(UUID id) {
        RuleSetView r = ruleSets.get(id);
        RuleSetView active = ruleSets.list(r.activity()).stream()
                .filter(o -> o.zoneType().equals(r.zoneType()) && RuleSetStatus.ACTIVE.name().equals(o.status()))
                .findFirst().orElse(null);
        return new Details(r, tables.read(r.dmn()).orElse(null), RuleTestCase.parse(r.testCases()), active);
    }

    /** Runs a rule set's test cases as activation would, without activating it. */
    public List<TestResult> runTests(UUID id) {
        RuleSetView r = ruleSets.get(id);
        CompiledRules rules = engine.compile(r.dmn());
        return RuleTestCase.parse(r.testCases()).stream().map(c -> {
            RuleDecision d = rules.evaluate(c.inputs());
            return new TestResult(c, d.outcome().name(), d.ruleId(), d.reason(), c.mismatch(d) == null);
        }).toList();
    }

    /**
     * Puts a draft in force (see {@link RuleSetService#activate}).
     *
     * @throws PermitException TEST_CASES_FAILED, NOT_DRAFT, NOT_FOUND, CHANGED_ELSEWHERE
     */
    public RuleSetView activate(UUID id, int version) {
        return ruleSets.activate(id, version);
    }

    private static void code(String text, PermitException.Reason ifInvalid, String field, List<Problem> problems) {
        try {
            RuleSet.code(text, ifInvalid);
        } catch (PermitException e) {
            problems.add(problem(field, ifInvalid));
        }
    }

    private static Problem problem(String field, PermitException.Reason reason) {
        return new Problem(field, new PermitException(reason).messageKey(), null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
