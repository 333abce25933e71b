package org.citiverse.permit.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.citiverse.permit.application.RuleSetAdministration;
import org.citiverse.permit.application.RuleSetAdministration.Details;
import org.citiverse.permit.application.RuleSetAdministration.TestResult;
import org.citiverse.permit.domain.DecisionTable;
import org.citiverse.permit.domain.PermitException;
import org.citiverse.permit.domain.RuleTestCase;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * City administrators: one rule set ({@code ?id=}) with its decision table as a table, its test
 * cases and, on request, their results; a draft is activated once its effective date is confirmed.
 * A failing test case, or a newer version already active, is said in plain words.
 */
@Named("permitRuleSetPage")
@ViewScoped
public class PermitRuleSetPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RuleSetAdministration administration;

    @Inject
    PageMessages messages;

    private String id;
    private UUID ruleSetId;
    private int version;
    private boolean confirmed;
    /** Read again when the view comes back from storage. */
    private transient Details details;
    private transient List<TestResult> results;
    private transient List<String> failures = List.of();

    /** View action: the rule set, or the 404 page. */
    public void load() {
        if (ruleSetId != null) {
            return;
        }
        try {
            ruleSetId = UUID.fromString(id == null ? "" : id.strip());
            details = administration.details(ruleSetId);
            version = details.ruleSet().version();
        } catch (IllegalArgumentException | PermitException e) {
            ruleSetId = null;
            messages.notFound();
        }
    }

    public Details getDetails() {
        if (details == null && ruleSetId != null) {
            details = administration.details(ruleSetId);
        }
        return details;
    }

    /** Runs the test cases and shows each one's result. */
    public String runTests() {
        results = administration.runTests(ruleSetId);
        long failed = results.stream().filter(r -> !r.passed()).count();
        if (failed == 0) {
            messages.notice("permit.admin.tests.passed", results.size());
        } else {
            messages.error(null, "permit.admin.tests.failed", failed, results.size());
        }
        return null;
    }

    /** Activates the draft once its effective date is confirmed. */
    public String activate() {
        if (!confirmed) {
            messages.error("confirmDate", "permit.admin.error.confirm-date");
            return null;
        }
        try {
            var active = administration.activate(ruleSetId, version);
            return messages.doneThenGo("/admin/permit-rule-set.xhtml?id=" + ruleSetId, "permit.admin.activated",
                    active.activity(), active.zoneType(), active.versionNumber(), active.effectiveFrom().toString());
        } catch (PermitException e) {
            if (e.reason() == PermitException.Reason.TEST_CASES_FAILED) {
                List<String> shown = new ArrayList<>();
                messages.error(null, e.messageKey());
                for (String detail : e.details()) {
                    shown.add(detail);
                    messages.error("failure-" + shown.size(), "permit.admin.problem.summary", detail);
                }
                failures = List.copyOf(shown);
            } else {
                messages.error(null, e.messageKey());
            }
            details = null;
            version = getDetails().ruleSet().version();
        }
        return null;
    }

    /** The inputs of a test case as people read them: {@code location = "front", height = 0.9}. */
    public String inputs(RuleTestCase c) {
        return c.inputs().entrySet().stream().map(PermitRuleSetPage::entry).collect(Collectors.joining(", "));
    }

    private static String entry(Map.Entry<String, Object> e) {
        return e.getKey() + " = " + (e.getValue() instanceof String s ? "\"" + s + "\"" : String.valueOf(e.getValue()));
    }

    /** Whether an entry of the table means "any value". */
    public boolean any(String entry) {
        return DecisionTable.ANY.equals(entry);
    }

    public List<TestResult> getResults() {
        return results;
    }

    public List<String> getFailures() {
        return failures == null ? List.of() : failures;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
