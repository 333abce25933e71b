package org.citiverse.permit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.Location;
import org.citiverse.permit.domain.DecisionTable;
import org.citiverse.permit.domain.DecisionTableReader;
import org.citiverse.permit.domain.RuleEngine;
import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.InputClause;
import org.kie.dmn.model.api.LiteralExpression;
import org.kie.dmn.model.api.OutputClause;
import org.kie.dmn.model.api.UnaryTests;

/**
 * The decision table of a model as KIE's DMN marshaller reads it (the same reading the engine's
 * validation uses), so what staff see is what the engine evaluates.
 */
@ApplicationScoped
public class KieDecisionTableReader implements DecisionTableReader {

    @Override
    public Optional<DecisionTable> read(String dmnXml) {
        Definitions definitions;
        try {
            definitions = DMNMarshallerFactory.newDefaultMarshaller().unmarshal(dmnXml);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (definitions == null) {
            return Optional.empty();
        }
        return definitions.getDrgElement().stream()
                .filter(e -> e instanceof Decision d && RuleEngine.DECISION.equals(d.getName()))
                .map(Decision.class::cast)
                .filter(d -> d.getExpression() instanceof org.kie.dmn.model.api.DecisionTable)
                .findFirst().map(d -> table((org.kie.dmn.model.api.DecisionTable) d.getExpression()));
    }

    private static DecisionTable table(org.kie.dmn.model.api.DecisionTable table) {
        List<DecisionTable.Column> inputs = table.getInput().stream().map(KieDecisionTableReader::column).toList();
        List<DecisionTable.Column> outputs = table.getOutput().stream()
                .map(o -> new DecisionTable.Column(name(o), o.getTypeRef() == null ? null : o.getTypeRef().toString()))
                .toList();
        List<DecisionTable.Rule> rules = new ArrayList<>();
        List<DecisionRule> found = table.getRule();
        for (int i = 0; i < found.size(); i++) {
            DecisionRule r = found.get(i);
            Location at = r.getLocation();
            rules.add(new DecisionTable.Rule(i + 1, at == null || at.getLineNumber() <= 0 ? null : at.getLineNumber(),
                    r.getInputEntry().stream().map(KieDecisionTableReader::text).toList(),
                    r.getOutputEntry().stream().map(KieDecisionTableReader::text).toList(),
                    blankToNull(r.getDescription())));
        }
        return new DecisionTable(table.getHitPolicy() == null ? null : table.getHitPolicy().name(), inputs, outputs,
                List.copyOf(rules));
    }

    private static DecisionTable.Column column(InputClause input) {
        LiteralExpression expression = input.getInputExpression();
        String name = blankToNull(input.getLabel());
        if (name == null && expression != null) {
            name = blankToNull(expression.getText());
        }
        String type = expression == null || expression.getTypeRef() == null ? null : expression.getTypeRef().toString();
        return new DecisionTable.Column(name == null ? input.getId() : name, type);
    }

    private static String name(OutputClause output) {
        String name = blankToNull(output.getName());
        return name == null ? blankToNull(output.getLabel()) : name;
    }

    private static String text(UnaryTests entry) {
        String t = entry == null ? null : blankToNull(entry.getText());
        return t == null ? DecisionTable.ANY : t;
    }

    private static String text(LiteralExpression entry) {
        String t = entry == null ? null : blankToNull(entry.getText());
        return t == null ? "" : t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
