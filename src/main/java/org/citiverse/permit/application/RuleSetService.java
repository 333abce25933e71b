package org.citiverse.permit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.audit.application.Caller;
import org.citiverse.permit.domain.ActivatedVersion;
import org.citiverse.permit.domain.CompiledRules;
import org.citiverse.permit.domain.PermitException;
import org.citiverse.permit.domain.PermitException.Reason;
import org.citiverse.permit.domain.RuleDecision;
import org.citiverse.permit.domain.RuleEngine;
import org.citiverse.permit.domain.RuleInputs;
import org.citiverse.permit.domain.RuleProblem;
import org.citiverse.permit.domain.RuleSet;
import org.citiverse.permit.domain.RuleSetRepository;
import org.citiverse.permit.domain.RuleTestCase;

/**
 * Staff upload rule sets as drafts (the model validated, the test cases read), activate them (every
 * test case must pass; the version it replaces is retired), and everyone checks an activity against
 * the rule set in force on a date. Uploads and activations are audited. Compiled models are kept per
 * rule set (a version never changes), so a check only evaluates.
 */
@ApplicationScoped
public class RuleSetService {

    /** The city's dates (effective dates are local). */
    static final ZoneId CITY = ZoneId.of("Europe/Amsterdam");
    /** The shipped rule sets apply from the day the Dutch Environment and Planning Act took effect. */
    public static final LocalDate SHIPPED_EFFECTIVE_FROM = LocalDate.of(2024, 1, 1);

    @Inject
    RuleSetRepository ruleSets;

    @Inject
    RuleEngine engine;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    private final Map<UUID, CompiledRules> compiled = new ConcurrentHashMap<>();
    /**
     * The activated versions per activity and zone type, so a check reads no rule set from the
     * database. Forgotten on activation here; read again after {@link #ACTIVATED_FOR} so an
     * activation on another server (or one racing a check's read here) is seen soon after.
     */
    private final Map<String, Activated> activated = new ConcurrentHashMap<>();
    static final Duration ACTIVATED_FOR = Duration.ofSeconds(10);

    private record Activated(List<ActivatedVersion> versions, long readAtNanos) {
    }

    /** Every rule set (optionally of one activity), newest version first within an activity and zone type. */
    @Transactional
    public List<RuleSetView> list(String activity) {
        return ruleSets.all(activity == null || activity.isBlank() ? null : activity.strip()).stream()
                .map(r -> view(r, false)).toList();
    }

    /** One rule set with its model and test cases. */
    @Transactional
    public RuleSetView get(UUID id) {
        return view(find(id), true);
    }

    /**
     * Stores a new version of the rules for an activity and zone type as a DRAFT.
     *
     * @throws PermitException DMN_INVALID listing every problem (with its line where known),
     *                         TEST_CASES_INVALID, or a code or date that is missing or wrong
     */
    @Transactional
    public RuleSetView upload(String activity, String zoneType, LocalDate effectiveFrom, String dmn, String testCases) {
        return store(activity, zoneType, effectiveFrom, dmn, testCases, true);
    }

    /**
     * The same for a caller that validated the model itself ({@link RuleSetAdministration}, which
     * lists every problem of an upload): the validation, with its decision-table analysis, is the
     * costly part of an upload and is not run twice.
     */
    @Transactional
    public RuleSetView uploadValidated(String activity, String zoneType, LocalDate effectiveFrom, String dmn,
                                       String testCases) {
        return store(activity, zoneType, effectiveFrom, dmn, testCases, false);
    }

    private RuleSetView store(String activity, String zoneType, LocalDate effectiveFrom, String dmn, String testCases,
                              boolean validate) {
        String a = RuleSet.code(activity, Reason.ACTIVITY_INVALID);
        String z = RuleSet.code(zoneType, Reason.ZONE_TYPE_INVALID);
        RuleSet draft = new RuleSet(a, z, ruleSets.lastVersionNumber(a, z) + 1, effectiveFrom, dmn, testCases,
                caller.subject(), clock.instant());
        RuleTestCase.parse(testCases);
        List<RuleProblem> problems = validate ? engine.validate(dmn) : List.of();
        if (!problems.isEmpty()) {
            throw new PermitException(Reason.DMN_INVALID, problems.stream().map(RuleProblem::toString).toList());
        }
        ruleSets.add(draft);
        audit.record("permit.rule-set-uploaded", "permit-rule-set", draft.id().toString(),
                a + "/" + z + " version " + draft.versionNumber() + ", effective " + effectiveFrom);
        return view(draft, false);
    }

    /**
     * Puts a draft in force: its test cases must all pass; the ACTIVE version of its activity and
     * zone type is retired (kept).
     *
     * @param basedOnVersion the rule set's version the caller saw, or null not to check
     * @throws PermitException TEST_CASES_FAILED listing each failed case; NOT_DRAFT; NOT_FOUND; CHANGED_ELSEWHERE
     */
    @Transactional
    public RuleSetView activate(UUID id, Integer basedOnVersion) {
        RuleSet draft = ruleSets.lockedById(id).orElseThrow(() -> new PermitException(Reason.NOT_FOUND));
        if (basedOnVersion != null && basedOnVersion != draft.version()) {
            throw new PermitException(Reason.CHANGED_ELSEWHERE);
        }
        if (draft.status() != org.citiverse.permit.domain.RuleSetStatus.DRAFT) {
            throw new PermitException(Reason.NOT_DRAFT);
        }
        CompiledRules rules = compiled(draft);
        List<String> failures = draft.cases().stream().map(c -> c.mismatch(rules.evaluate(c.inputs())))
                .filter(Objects::nonNull).toList();
        if (!failures.isEmpty()) {
            throw new PermitException(Reason.TEST_CASES_FAILED, failures);
        }
        RuleSet previous = ruleSets.active(draft.activity(), draft.zoneType()).orElse(null);
        draft.activate(previous, clock.instant());
        activated.remove(draft.activity() + "/" + draft.zoneType());
        audit.record("permit.rule-set-activated", "permit-rule-set", draft.id().toString(),
                draft.activity() + "/" + draft.zoneType() + " version " + draft.versionNumber() + ", effective "
                        + draft.effectiveFrom() + (previous == null ? "" : "; retired version "
                        + previous.versionNumber()));
        return view(draft, false);
    }

    /**
     * What the rules in force on a date say about an activity in a zone type. An activity or zone
     * type no rule set covers is UNDECIDED ({@value RuleDecision#NOT_COVERED}), never a guess.
     *
     * @param date the day of the check; null for today
     * @throws PermitException INPUTS_INVALID when an input is no number, text or true/false
     */
    public PermitCheckResult check(String activity, String zoneType, LocalDate date, Map<String, ?> inputs) {
        Map<String, Object> values = RuleInputs.checked(inputs);
        String a;
        String z;
        try {
            a = RuleSet.code(activity, Reason.ACTIVITY_INVALID);
            z = RuleSet.code(zoneType, Reason.ZONE_TYPE_INVALID);
        } catch (PermitException e) {
            return new PermitCheckResult(RuleDecision.undecided(RuleDecision.NOT_COVERED).outcome().name(), null,
                    RuleDecision.NOT_COVERED, null, null);
        }
        LocalDate day = date == null ? LocalDate.now(clock.withZone(CITY)) : date;
        ActivatedVersion inForce = inForce(a, z, day).orElse(null);
        if (inForce == null) {
            return new PermitCheckResult("UNDECIDED", null, RuleDecision.NOT_COVERED, null, null);
        }
        CompiledRules rules = compiled.computeIfAbsent(inForce.id(), id -> engine.compile(find(id).dmn()));
        RuleDecision decision = rules.evaluate(values);
        return new PermitCheckResult(decision.outcome().name(), decision.ruleId(), decision.reason(), inForce.id(),
                inForce.versionNumber());
    }

    /** The activated version in force for an activity and zone type (valid codes) on a day, if any. */
    public java.util.Optional<ActivatedVersion> inForce(String activity, String zoneType, LocalDate day) {
        return ActivatedVersion.inForce(activated(activity, zoneType), day);
    }

    private List<ActivatedVersion> activated(String activity, String zoneType) {
        String key = activity + "/" + zoneType;
        Activated known = activated.get(key);
        if (known == null || System.nanoTime() - known.readAtNanos() > ACTIVATED_FOR.toNanos()) {
            known = new Activated(ruleSets.activated(activity, zoneType), System.nanoTime());
            activated.put(key, known);
        }
        return known.versions();
    }

    /**
     * Installs the shipped rule sets as ACTIVE, in force from {@link #SHIPPED_EFFECTIVE_FROM}, when
     * there are no rule sets at all (a new installation); each is validated and tested like an upload.
     *
     * @return how many were installed
     */
    @Transactional
    public int installWhenEmpty(List<RuleSetSource> sources) {
        if (ruleSets.count() > 0) {
            return 0;
        }
        for (RuleSetSource s : sources) {
            RuleSetView draft = upload(s.activity(), s.zoneType(), SHIPPED_EFFECTIVE_FROM, s.dmn(), s.testCases());
            activate(draft.id(), null);
        }
        return sources.size();
    }

    private CompiledRules compiled(RuleSet ruleSet) {
        return compiled.computeIfAbsent(ruleSet.id(), id -> engine.compile(ruleSet.dmn()));
    }

    private RuleSet find(UUID id) {
        return ruleSets.byId(id).orElseThrow(() -> new PermitException(Reason.NOT_FOUND));
    }

    private static RuleSetView view(RuleSet r, boolean withContent) {
        return new RuleSetView(r.id(), r.activity(), r.zoneType(), r.versionNumber(), r.effectiveFrom(),
                r.status().name(), r.uploadedBy(), r.uploadedAt(), r.activatedAt(), r.retiredAt(), r.version(),
                withContent ? r.dmn() : null, withContent ? r.testCases() : null);
    }
}
