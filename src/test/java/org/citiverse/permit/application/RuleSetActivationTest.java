package org.citiverse.permit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.audit.application.Caller;
import org.citiverse.permit.domain.ActivatedVersion;
import org.citiverse.permit.domain.PermitException;
import org.citiverse.permit.domain.RuleSet;
import org.citiverse.permit.domain.RuleSetRepository;
import org.citiverse.permit.domain.RuleSetStatus;
import org.citiverse.permit.infrastructure.DemoRuleSets;
import org.citiverse.permit.infrastructure.KieRuleEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Upload, activation behind the test cases, retiring the previous version, and the rules in force on a date. */
class RuleSetActivationTest {

    static final KieRuleEngine ENGINE = new KieRuleEngine();
    static final RuleSetSource FENCE = DemoRuleSets.sources().stream().filter(s -> s.activity().equals("fence"))
            .findFirst().orElseThrow();
    static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    static final LocalDate JUL = LocalDate.of(2026, 7, 1);

    RuleSetService service;
    Rows rows;
    List<String> audited;

    @BeforeEach
    void setUp() {
        rows = new Rows();
        audited = new ArrayList<>();
        service = new RuleSetService();
        service.ruleSets = rows;
        service.engine = ENGINE;
        service.caller = new Caller() {
            @Override
            public String subject() {
                return "staff-anna";
            }

            @Override
            public String origin() {
                return null;
            }
        };
        service.audit = new AuditLog() {
            @Override
            public void record(String action, String objectType, String objectId, String detail) {
                audited.add(action + " " + detail);
            }
        };
        service.clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void anUploadIsADraftUntilItsTestCasesPassAtActivation() {
        RuleSetView draft = service.upload("fence", "residential", JAN, FENCE.dmn(), FENCE.testCases());
        assertEquals("DRAFT", draft.status());
        assertEquals(1, draft.versionNumber());
        assertEquals("staff-anna", draft.uploadedBy());
        assertEquals("UNDECIDED", check(JUL, "front", "0.8").outcome(), "a draft is not in force");

        long start = System.nanoTime();
        RuleSetView active = service.activate(draft.id(), null);
        long activationMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("activation (compile + " + 7 + " test cases) took " + activationMillis + " ms");
        assertTrue(activationMillis < 2_000, "activation took " + activationMillis + " ms");
        assertEquals("ACTIVE", active.status());
        assertEquals(List.of("permit.rule-set-uploaded fence/residential version 1, effective 2026-01-01",
                "permit.rule-set-activated fence/residential version 1, effective 2026-01-01"), audited);

        PermitCheckResult result = check(JUL, "front", "0.8");
        assertEquals(new PermitCheckResult("PERMIT_FREE", "F2", "fence-front-low", draft.id(), 1), result);
    }

    @Test
    void aFailingTestCaseRefusesActivationAndSaysWhich() {
        String wrong = "[{\"name\":\"1.5 m in front\",\"inputs\":{\"location\":\"front\",\"height\":1.5},"
                + "\"expected\":\"PERMIT_FREE\"},{\"name\":\"low\",\"inputs\":{\"location\":\"front\",\"height\":0.5},"
                + "\"expected\":\"PERMIT_FREE\",\"ruleId\":\"F2\"}]";
        RuleSetView draft = service.upload("fence", "residential", JAN, FENCE.dmn(), wrong);
        PermitException refused = assertThrows(PermitException.class, () -> service.activate(draft.id(), null));
        assertEquals(PermitException.Reason.TEST_CASES_FAILED, refused.reason());
        assertEquals(List.of("1.5 m in front: expected PERMIT_FREE, got PERMIT_REQUIRED (rule F3)"), refused.details());
        assertEquals("DRAFT", service.get(draft.id()).status());
    }

    @Test
    void activatingRetiresThePreviousVersionWhichStillAnswersForEarlierDates() {
        RuleSetView v1 = service.activate(service.upload("fence", "residential", JAN, FENCE.dmn(),
                FENCE.testCases()).id(), null);
        assertEquals(1, check(LocalDate.of(2026, 8, 1), "front", "1.1").ruleSetVersion(), "version 1 is known now");
        // version 2: a front fence is permit-free up to 1.2 m from July
        String dmn2 = FENCE.dmn().replace("(0..1]", "(0..1.2]").replace("(1..3]", "(1.2..3]");
        String cases2 = "[{\"name\":\"1.1 m in front\",\"inputs\":{\"location\":\"front\",\"height\":1.1},"
                + "\"expected\":\"PERMIT_FREE\",\"ruleId\":\"F2\"}]";
        RuleSetView v2 = service.upload("fence", "residential", JUL, dmn2, cases2);
        assertEquals(2, v2.versionNumber());
        service.activate(v2.id(), null);

        assertEquals("RETIRED", service.get(v1.id()).status());
        assertEquals("ACTIVE", service.get(v2.id()).status());
        assertTrue(audited.get(audited.size() - 1).endsWith("; retired version 1"), audited.toString());
        PermitCheckResult before = check(LocalDate.of(2026, 3, 1), "front", "1.1");
        assertEquals("PERMIT_REQUIRED", before.outcome());
        assertEquals(1, before.ruleSetVersion());
        PermitCheckResult after = check(LocalDate.of(2026, 8, 1), "front", "1.1");
        assertEquals("PERMIT_FREE", after.outcome(), "an activation is in force at once, though version 1 was known");
        assertEquals(2, after.ruleSetVersion());
        assertThrows(PermitException.class, () -> service.activate(v1.id(), null), "a retired version stays retired");
    }

    @Test
    void anActivityNoRuleSetCoversIsUndecidedNotAnError() {
        service.installWhenEmpty(DemoRuleSets.sources());
        PermitCheckResult unknown = service.check("swimming-pool", "residential", JUL, Map.of("depth", 2));
        assertEquals(new PermitCheckResult("UNDECIDED", null, "activity-not-covered", null, null), unknown);
        assertEquals("UNDECIDED", service.check("Fence!", "residential", JUL, Map.of()).outcome());
        assertEquals("UNDECIDED", service.check("fence", "conservation", JUL, Map.of()).outcome());
        PermitCheckResult gap = check(JUL, "front", "0");
        assertEquals("UNDECIDED", gap.outcome());
        assertEquals("no-rule-matched", gap.reason());
        assertNull(gap.ruleId());
        PermitException bad = assertThrows(PermitException.class,
                () -> service.check("fence", "residential", JUL, Map.of("height", List.of(1))));
        assertEquals(PermitException.Reason.INPUTS_INVALID, bad.reason());
    }

    @Test
    void aBrokenModelIsRefusedAtUploadWithItsProblemsAndNothingIsStored() {
        String broken = FENCE.dmn().replace("<inputEntry id=\"F4_in1\"><text>\"side\",\"rear\"</text></inputEntry>", "");
        PermitException refused = assertThrows(PermitException.class,
                () -> service.upload("fence", "residential", JAN, broken, FENCE.testCases()));
        assertEquals(PermitException.Reason.DMN_INVALID, refused.reason());
        assertTrue(refused.details().get(0).startsWith("line "), refused.details().toString());
        assertTrue(rows.rows.isEmpty());
        assertEquals(PermitException.Reason.TEST_CASES_INVALID, assertThrows(PermitException.class,
                () -> service.upload("fence", "residential", JAN, FENCE.dmn(), "[]")).reason());
    }

    @Test
    void theShippedRuleSetsAreInstalledOnceAndEvaluateQuickly() {
        assertEquals(DemoRuleSets.sources().size(), service.installWhenEmpty(DemoRuleSets.sources()));
        assertEquals(0, service.installWhenEmpty(DemoRuleSets.sources()));
        assertTrue(rows.rows.stream().allMatch(r -> r.status() == RuleSetStatus.ACTIVE));
        Map<String, Object> inputs = Map.of("location", "rear", "height", new BigDecimal("2.5"), "area",
                new BigDecimal("8"));
        for (int i = 0; i < 20_000; i++) { // warm up
            service.check("outbuilding", "residential", JUL, inputs);
        }
        int n = 50_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            service.check("outbuilding", "residential", JUL, inputs);
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / n;
        System.out.printf("one check (in-memory rule set lookup + evaluation): %.1f µs on average%n", micros);
        assertEquals("PERMIT_FREE", service.check("outbuilding", "residential", JUL, inputs).outcome());
    }

    private PermitCheckResult check(LocalDate date, String location, String height) {
        return service.check("fence", "residential", date, Map.of("location", location, "height",
                new BigDecimal(height)));
    }

    /** Rule sets in memory, as the JPA repository answers. */
    static final class Rows implements RuleSetRepository {
        final List<RuleSet> rows = new ArrayList<>();

        @Override
        public Optional<RuleSet> byId(UUID id) {
            return rows.stream().filter(r -> r.id().equals(id)).findFirst();
        }

        @Override
        public Optional<RuleSet> lockedById(UUID id) {
            return byId(id);
        }

        @Override
        public List<RuleSet> all(String activity) {
            return rows.stream().filter(r -> activity == null || r.activity().equals(activity)).toList();
        }

        @Override
        public Optional<RuleSet> active(String activity, String zoneType) {
            return rows.stream().filter(r -> r.activity().equals(activity) && r.zoneType().equals(zoneType)
                    && r.status() == RuleSetStatus.ACTIVE).findFirst();
        }

        @Override
        public List<ActivatedVersion> activated(String activity, String zoneType) {
            return rows.stream().filter(r -> r.activity().equals(activity) && r.zoneType().equals(zoneType)
                            && r.status() != RuleSetStatus.DRAFT)
                    .map(r -> new ActivatedVersion(r.id(), r.versionNumber(), r.effectiveFrom())).toList();
        }

        @Override
        public int lastVersionNumber(String activity, String zoneType) {
            return rows.stream().filter(r -> r.activity().equals(activity) && r.zoneType().equals(zoneType))
                    .mapToInt(RuleSet::versionNumber).max().orElse(0);
        }

        @Override
        public long count() {
            return rows.size();
        }

        @Override
        public void add(RuleSet ruleSet) {
            rows.add(ruleSet);
        }
    }
}
