package org.citiverse.permit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.citiverse.permit.domain.PermitException;
import org.citiverse.permit.domain.RuleInput;
import org.citiverse.permit.domain.RuleModelReader;
import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.InputClause;
import org.kie.dmn.model.api.InputData;
import org.kie.dmn.model.api.ItemDefinition;
import org.kie.dmn.model.api.UnaryTests;

/**
 * The inputs of a decision model read with KIE's DMN model API (the marshaller's
 * {@link Definitions}; nothing is compiled). A text input's allowed values come, in this order,
 * from its item definition's allowed values, the decision table column's input values, or the
 * text literals the table's rules test in that column ("front", "side","rear").
 */
@ApplicationScoped
public class KieRuleModelReader implements RuleModelReader {

    private static final Pattern TEXT_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Override
    public List<RuleInput> inputs(String dmnXml) {
        Definitions definitions;
        try {
            definitions = DMNMarshallerFactory.newDefaultMarshaller().unmarshal(dmnXml);
        } catch (RuntimeException e) {
            throw new PermitException(PermitException.Reason.DMN_INVALID, List.of("the model cannot be read"));
        }
        if (definitions == null) {
            throw new PermitException(PermitException.Reason.DMN_INVALID, List.of("the model cannot be read"));
        }
        List<DecisionTable> tables = new ArrayList<>();
        List<InputData> inputs = new ArrayList<>();
        for (var element : definitions.getDrgElement()) {
            if (element instanceof InputData input) {
                inputs.add(input);
            } else if (element instanceof Decision d && d.getExpression() instanceof DecisionTable table) {
                tables.add(table);
            }
        }
        List<RuleInput> read = new ArrayList<>();
        for (InputData input : inputs) {
            String name = input.getVariable() != null && input.getVariable().getName() != null
                    ? input.getVariable().getName() : input.getName();
            QName typeRef = input.getVariable() == null ? null : input.getVariable().getTypeRef();
            ItemDefinition item = typeRef == null ? null : item(definitions, typeRef.getLocalPart());
            String baseType = item != null && item.getTypeRef() != null ? item.getTypeRef().getLocalPart()
                    : typeRef == null ? null : typeRef.getLocalPart();
            RuleInput.Type type = type(baseType);
            List<String> allowed = type == RuleInput.Type.STRING ? allowedValues(name, item, tables) : List.of();
            read.add(new RuleInput(name, type, allowed, description(input.getDescription())));
        }
        return read;
    }

    private static ItemDefinition item(Definitions definitions, String name) {
        return definitions.getItemDefinition().stream().filter(i -> name.equals(i.getName())).findFirst().orElse(null);
    }

    private static RuleInput.Type type(String typeRef) {
        if (typeRef == null) {
            return RuleInput.Type.OTHER;
        }
        return switch (typeRef.toLowerCase(Locale.ROOT)) {
            case "number" -> RuleInput.Type.NUMBER;
            case "string" -> RuleInput.Type.STRING;
            case "boolean" -> RuleInput.Type.BOOLEAN;
            default -> RuleInput.Type.OTHER;
        };
    }

    private static List<String> allowedValues(String name, ItemDefinition item, List<DecisionTable> tables) {
        Set<String> values = new LinkedHashSet<>();
        if (item != null) {
            literals(item.getAllowedValues(), values);
        }
        if (values.isEmpty()) {
            for (DecisionTable table : tables) {
                List<InputClause> columns = table.getInput();
                for (int c = 0; c < columns.size(); c++) {
                    if (!testsInput(columns.get(c), name)) {
                        continue;
                    }
                    literals(columns.get(c).getInputValues(), values);
                    if (values.isEmpty()) {
                        for (DecisionRule rule : table.getRule()) {
                            if (c < rule.getInputEntry().size()) {
                                literals(rule.getInputEntry().get(c), values);
                            }
                        }
                    }
                }
            }
        }
        return List.copyOf(values);
    }

    private static boolean testsInput(InputClause column, String name) {
        return column.getInputExpression() != null && column.getInputExpression().getText() != null
                && name.equals(column.getInputExpression().getText().strip());
    }

    private static void literals(UnaryTests tests, Set<String> into) {
        if (tests == null || tests.getText() == null) {
            return;
        }
        Matcher m = TEXT_LITERAL.matcher(tests.getText());
        while (m.find()) {
            String value = m.group(1).replace("\\\"", "\"").strip();
            if (!value.isEmpty()) {
                into.add(value);
            }
        }
    }

    private static String description(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
