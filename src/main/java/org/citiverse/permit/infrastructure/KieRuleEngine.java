package org.citiverse.permit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import org.citiverse.permit.domain.CompiledRules;
import org.citiverse.permit.domain.Outcome;
import org.citiverse.permit.domain.PermitException;
import org.citiverse.permit.domain.RuleDecision;
import org.citiverse.permit.domain.RuleEngine;
import org.citiverse.permit.domain.RuleProblem;
import org.drools.io.ReaderResource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNMessageType;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.dmn.model.api.DMNModelInstrumentedBase;
import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.HitPolicy;
import org.kie.dmn.model.api.OutputClause;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidator.Validation;
import org.kie.dmn.validation.DMNValidatorFactory;

/**
 * The rule-engine port on Apache KIE's DMN engine. Validation runs KIE's validator (schema, model,
 * compilation) first — compiling a malformed file directly fails without saying why — and then
 * checks what KIE lets through: every rule of every decision table has one entry per input and per
 * output (a short rule is accepted and evaluated wrongly), and the {@value #DECISION} decision has
 * the shape docs/PERMIT-RULES.md describes.
 */
@ApplicationScoped
public class KieRuleEngine implements RuleEngine {

    private static final Set<HitPolicy> HIT_POLICIES = Set.of(HitPolicy.FIRST, HitPolicy.UNIQUE);
    private static final Pattern SKIPPED_GAP_ANALYSIS = Pattern.compile("Columns: (\\[[^]]*\\]).*Gap analysis skipped");
    private static final Pattern LINE_IN_TEXT = Pattern.compile("lineNumber: (\\d+)|line (\\d+)");

    private final DMNValidator validator = DMNValidatorFactory.newValidator();

    @Override
    public List<RuleProblem> validate(String dmnXml) {
        List<RuleProblem> problems = new ArrayList<>();
        List<DMNMessage> messages;
        synchronized (validator) { // one validation at a time: the validator keeps rule sessions of its own
            messages = validator.validate(new StringReader(dmnXml), Validation.VALIDATE_SCHEMA,
                    Validation.VALIDATE_MODEL, Validation.VALIDATE_COMPILATION, Validation.ANALYZE_DECISION_TABLE);
        }
        List<RuleProblem> gaps = new ArrayList<>();
        for (DMNMessage m : messages) {
            if (m.getMessageType() == DMNMessageType.DECISION_TABLE_GAP) {
                gaps.add(new RuleProblem(line(m), gap(plain(m.getText()))));
                continue;
            }
            // "validation stopped" follows a file that could not be read at all: the reason came first
            if (m.getSeverity() == DMNMessage.Severity.ERROR
                    && !(String.valueOf(m.getText()).contains("cannot be performed") && !problems.isEmpty())) {
                problems.add(new RuleProblem(line(m), plain(m.getText())));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Definitions definitions;
        try {
            definitions = DMNMarshallerFactory.newDefaultMarshaller().unmarshal(dmnXml);
        } catch (RuntimeException e) {
            return List.of(new RuleProblem(null, "the file cannot be read as a decision model: " + e.getMessage()));
        }
        Decision permit = null;
        for (var element : definitions.getDrgElement()) {
            if (element instanceof Decision d) {
                if (d.getExpression() instanceof DecisionTable table) {
                    completeRules(d, table, problems);
                }
                if (DECISION.equals(d.getName())) {
                    permit = d;
                }
            }
        }
        shape(permit, problems);
        problems.addAll(gaps); // a gap is only worth reading in a table of the right shape
        return problems;
    }

    /**
     * A gap is a combination of inputs no rule answers: the citizen would get "we cannot decide"
     * where the city meant to decide. Text inputs can only be checked with their allowed values.
     */
    private static String gap(String analysis) {
        Matcher skipped = SKIPPED_GAP_ANALYSIS.matcher(analysis);
        if (skipped.find()) {
            return "the text inputs " + skipped.group(1) + " have no list of allowed values: give each its "
                    + "inputValues (for example \"front\",\"side\",\"rear\") so the rules can be checked for gaps";
        }
        return "the rules leave a gap: no rule answers " + analysis.replaceFirst("^Gap detected: ", "").replaceAll(
                "\\s*\\(element [^)]*\\)$", "") + " (values in the order of the table's inputs); add a rule for it, or "
                + "narrow an input's allowed values (inputValues)";
    }

    /** Every rule has one entry per input and per output column. */
    private static void completeRules(Decision decision, DecisionTable table, List<RuleProblem> problems) {
        int inputs = table.getInput().size();
        int outputs = table.getOutput().size();
        List<DecisionRule> rules = table.getRule();
        for (int i = 0; i < rules.size(); i++) {
            DecisionRule rule = rules.get(i);
            String which = "decision \"" + decision.getName() + "\", rule " + (i + 1)
                    + (rule.getId() == null ? "" : " (" + rule.getId() + ")");
            if (rule.getInputEntry().size() != inputs) {
                problems.add(new RuleProblem(line(rule), which + " has " + rule.getInputEntry().size()
                        + " input entries but the table has " + inputs + " inputs; give every input an entry "
                        + "(\"-\" for any value)"));
            }
            if (rule.getOutputEntry().size() != outputs) {
                problems.add(new RuleProblem(line(rule), which + " has " + rule.getOutputEntry().size()
                        + " output entries but the table has " + outputs + " outputs"));
            }
        }
    }

    /** The permit decision: a decision table, FIRST or UNIQUE, with the outputs outcome, ruleId, reason. */
    private static void shape(Decision permit, List<RuleProblem> problems) {
        if (permit == null) {
            problems.add(new RuleProblem(null, "the model has no decision named \"" + DECISION + "\""));
            return;
        }
        if (!(permit.getExpression() instanceof DecisionTable table)) {
            problems.add(new RuleProblem(line(permit), "the decision \"" + DECISION + "\" is not a decision table"));
            return;
        }
        if (!HIT_POLICIES.contains(table.getHitPolicy())) {
            problems.add(new RuleProblem(line(table), "the decision \"" + DECISION + "\" has hit policy "
                    + table.getHitPolicy() + "; use FIRST or UNIQUE"));
        }
        List<String> names = table.getOutput().stream().map(OutputClause::getName).toList();
        for (String needed : List.of(OUTCOME, RULE_ID, REASON)) {
            if (!names.contains(needed)) {
                problems.add(new RuleProblem(line(table), "the decision \"" + DECISION + "\" has no output column \""
                        + needed + "\" (it needs " + OUTCOME + ", " + RULE_ID + " and " + REASON + ")"));
            }
        }
    }

    @Override
    public CompiledRules compile(String dmnXml) {
        ReaderResource resource = new ReaderResource(new StringReader(dmnXml), "UTF-8");
        resource.setSourcePath("rules.dmn");
        DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromResources(List.of(resource))
                .getOrElseThrow(e -> new PermitException(PermitException.Reason.DMN_INVALID,
                        List.of("the model does not compile: " + e.getMessage())));
        if (runtime.getModels().size() != 1) {
            throw new PermitException(PermitException.Reason.DMN_INVALID, List.of("the file holds no decision model"));
        }
        DMNModel model = runtime.getModels().get(0);
        if (model.hasErrors()) {
            throw new PermitException(PermitException.Reason.DMN_INVALID,
                    model.getMessages(DMNMessage.Severity.ERROR).stream().map(m -> plain(m.getText())).toList());
        }
        return new KieRules(runtime, model);
    }

    /** A compiled model; KIE's runtime evaluates concurrently with a context per call. */
    private record KieRules(DMNRuntime runtime, DMNModel model) implements CompiledRules {

        @Override
        public RuleDecision evaluate(Map<String, Object> inputs) {
            DMNContext context = runtime.newContext();
            inputs.forEach(context::set);
            DMNResult result;
            try {
                result = runtime.evaluateByName(model, context, DECISION);
            } catch (RuntimeException e) {
                return RuleDecision.undecided(RuleDecision.EVALUATION_FAILED);
            }
            if (result.hasErrors()) {
                return RuleDecision.undecided(RuleDecision.EVALUATION_FAILED);
            }
            DMNDecisionResult decision = result.getDecisionResultByName(DECISION);
            if (decision == null
                    || decision.getEvaluationStatus() != DMNDecisionResult.DecisionEvaluationStatus.SUCCEEDED
                    || !(decision.getResult() instanceof Map<?, ?> row)) {
                return RuleDecision.undecided(RuleDecision.NO_RULE);
            }
            Outcome outcome = Outcome.decided(text(row.get(OUTCOME)));
            if (outcome == null) {
                return RuleDecision.undecided(RuleDecision.NO_RULE);
            }
            return new RuleDecision(outcome, text(row.get(RULE_ID)), text(row.get(REASON)));
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    private static Integer line(DMNMessage m) {
        if (m.getSourceReference() instanceof DMNModelInstrumentedBase element) {
            Integer line = line(element);
            if (line != null) {
                return line;
            }
        }
        for (Throwable t = m.getException(); t != null; t = t.getCause()) {
            if (t instanceof org.xml.sax.SAXParseException sax && sax.getLineNumber() > 0) {
                return sax.getLineNumber();
            }
            if (t instanceof javax.xml.stream.XMLStreamException x && x.getLocation() != null
                    && x.getLocation().getLineNumber() > 0) {
                return x.getLocation().getLineNumber();
            }
        }
        if (m.getLine() > 0) {
            return m.getLine();
        }
        Matcher found = LINE_IN_TEXT.matcher(String.valueOf(m.getText()));
        if (found.find()) {
            return Integer.valueOf(found.group(1) != null ? found.group(1) : found.group(2));
        }
        return null;
    }

    private static Integer line(DMNModelInstrumentedBase element) {
        Location location = element.getLocation();
        return location == null || location.getLineNumber() <= 0 ? null : location.getLineNumber();
    }

    /** KIE's message without its internal codes (e.g. "DMN: … (resource: …, DMN id: …)"). */
    private static String plain(String text) {
        if (text == null) {
            return "unknown problem";
        }
        return text.replaceFirst("^DMN: ", "")
                .replace("Failed XML validation of DMN file: null - ", "the file is not well-formed XML: ")
                .replace(" (DMN model failed XML schema validation)", "")
                .replaceAll(" \\(resource: [^)]*\\)", "")
                .replaceAll("\\(DMN id: ([^,)]+)[^)]*\\)", "(element $1)").strip();
    }
}
