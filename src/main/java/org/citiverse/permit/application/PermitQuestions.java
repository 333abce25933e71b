package org.citiverse.permit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.citiverse.permit.domain.PermitException;
import org.citiverse.permit.domain.RuleInput;
import org.citiverse.permit.domain.RuleModelReader;
import org.citiverse.permit.domain.RuleSet;
import org.citiverse.permit.domain.RuleSetRepository;

/**
 * The questions a permit check asks: exactly the inputs of the rule set in force for the activity
 * and zone type, less what the city model knows. The zone's limits are never asked; an input the
 * check computes from a planned footprint (its area, distance to the boundary, lot coverage) is
 * asked as that footprint's width and depth. Read once per rule set (a version never changes).
 */
@ApplicationScoped
public class PermitQuestions {

    /** The footprint's sides the check places at the rear of the parcel. */
    public static final String WIDTH = "width";
    public static final String DEPTH = "depth";
    /** The city model takes a footprint of at most 200 m a side (CityModelException DIMENSION_INVALID). */
    static final BigDecimal MAX_SIDE = BigDecimal.valueOf(200);
    /** Nothing a household builds is higher. */
    static final BigDecimal MAX_HEIGHT = BigDecimal.valueOf(50);
    static final BigDecimal MAX_OTHER = BigDecimal.valueOf(1000);

    @Inject
    RuleSetRepository ruleSets;

    @Inject
    RuleModelReader reader;

    @Inject
    RuleSetService rules;

    private final Map<UUID, Questionnaire> read = new ConcurrentHashMap<>();

    /**
     * The questions of the rule set in force for an activity and zone type on a date (today when
     * null); {@link Questionnaire#NOT_COVERED} when none is.
     */
    @Transactional
    public Questionnaire forActivity(String activity, String zoneType, LocalDate date) {
        String a;
        String z;
        try {
            a = RuleSet.code(activity, PermitException.Reason.ACTIVITY_INVALID);
            z = RuleSet.code(zoneType, PermitException.Reason.ZONE_TYPE_INVALID);
        } catch (PermitException e) {
            return Questionnaire.NOT_COVERED;
        }
        LocalDate day = date == null ? LocalDate.now(RuleSetService.CITY) : date;
        return rules.inForce(a, z, day).flatMap(v -> ofRuleSet(v.id())).orElse(Questionnaire.NOT_COVERED);
    }

    /** The version and effective date of a rule set, for showing where an answer came from. */
    @Transactional
    public Optional<Questionnaire> ofRuleSet(UUID ruleSetId) {
        if (ruleSetId == null) {
            return Optional.empty();
        }
        Questionnaire known = read.get(ruleSetId);
        return known != null ? Optional.of(known) : ruleSets.byId(ruleSetId).map(this::questionnaire);
    }

    private Questionnaire questionnaire(RuleSet ruleSet) {
        return read.computeIfAbsent(ruleSet.id(), id -> new Questionnaire(id, ruleSet.versionNumber(),
                ruleSet.effectiveFrom(), derive(reader.inputs(ruleSet.dmn()))));
    }

    /**
     * The questions for a model's inputs, in the model's order: zone limits left out, computed
     * footprint facts replaced (once, where the first of them stands) by width and depth, inputs of
     * a type the portal cannot ask left out (the rules then cannot decide: never a guess).
     */
    static List<Question> derive(List<RuleInput> inputs) {
        List<Question> questions = new ArrayList<>();
        boolean footprint = false;
        for (RuleInput input : inputs) {
            String name = input.name();
            if (PermitCheckService.ZONE_FACTS.contains(name)) {
                continue;
            }
            if (PermitCheckService.FOOTPRINT_FACTS.contains(name) || WIDTH.equals(name) || DEPTH.equals(name)) {
                if (!footprint) {
                    questions.add(new Question(WIDTH, Question.Kind.NUMBER, List.of(), null, MAX_SIDE, false));
                    questions.add(new Question(DEPTH, Question.Kind.NUMBER, List.of(), null, MAX_SIDE, false));
                    footprint = true;
                }
                continue;
            }
            switch (input.type()) {
                case NUMBER -> questions.add(new Question(name, Question.Kind.NUMBER, List.of(), input.description(),
                        name.toLowerCase(java.util.Locale.ROOT).contains("height") ? MAX_HEIGHT : MAX_OTHER,
                        name.startsWith("distance")));
                case STRING -> questions.add(new Question(name, input.allowedValues().isEmpty() ? Question.Kind.TEXT
                        : Question.Kind.CHOICE, input.allowedValues(), input.description(), null, false));
                case BOOLEAN -> questions.add(new Question(name, Question.Kind.YES_NO, List.of(), input.description(),
                        null, false));
                case OTHER -> {
                    // not askable: the check answers UNDECIDED (evaluation-failed) rather than guess
                }
            }
        }
        return questions;
    }
}
