package org.citiverse.permit.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citiverse.permit.application.RuleSetAdministration;
import org.citiverse.permit.application.RuleSetAdministration.Problem;
import org.citiverse.permit.application.RuleSetView;
import org.citiverse.permit.domain.PermitException;
import org.citiverse.shared.interfaces.web.PageMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * City administrators: the permit rule sets by activity and zone type (filtered by the address's
 * {@code activity}, {@code zoneType} and {@code status}), and the upload of a new version. A refused
 * upload shows every problem: each field's, and each problem of the model and of the test cases on
 * its own with its line, all linked from the error summary.
 */
@Named("permitRulesPage")
@ViewScoped
public class PermitRulesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> STATUSES = List.of("", "DRAFT", "ACTIVE", "RETIRED");

    @Inject
    RuleSetAdministration administration;

    @Inject
    PageMessages messages;

    @Inject
    @ConfigProperty(name = "permit.rules.upload.max.bytes", defaultValue = "2097152")
    long maxUploadBytes;

    private String activity;
    private String zoneType;
    private String status;

    private String newActivity;
    private String newZoneType;
    private String effectiveFrom;
    private transient Part dmnFile;
    private transient Part testCasesFile;
    /** The problems of this request's refused upload, shown under their fields. */
    private transient List<ShownProblem> dmnProblems = List.of();
    private transient List<ShownProblem> testCaseProblems = List.of();
    private transient List<RuleSetView> ruleSets;

    /** A problem as listed under its field: its id is the error summary's link target. */
    public record ShownProblem(String id, String text) {
    }

    public List<RuleSetView> getRuleSets() {
        if (ruleSets == null) {
            ruleSets = administration.find(activity, zoneType, status);
        }
        return ruleSets;
    }

    /**
     * Uploads a draft and shows it; or says every problem: a date or file the page refuses itself
     * (a date that is no date, a file too large) is said on its field and the rest is still checked.
     */
    public String upload() {
        Set<String> refused = new HashSet<>();
        LocalDate date = null;
        if (effectiveFrom != null && !effectiveFrom.isBlank()) {
            try {
                date = LocalDate.parse(effectiveFrom.strip());
            } catch (DateTimeParseException e) {
                messages.error("effectiveFrom", "permit.admin.error.date-invalid");
                refused.add("effectiveFrom");
            }
        }
        String dmn = file(dmnFile, "dmnFile", refused);
        String cases = file(testCasesFile, "testCasesFile", refused);
        try {
            RuleSetView draft = administration.upload(newActivity, newZoneType, date, dmn, cases);
            return messages.doneThenGo("/admin/permit-rule-set.xhtml?id=" + draft.id(), "permit.admin.upload.done",
                    draft.activity(), draft.zoneType(), draft.versionNumber());
        } catch (RuleSetAdministration.UploadRefused e) {
            show(e.problems().stream().filter(p -> !refused.contains(field(p.field()))).toList());
        } catch (PermitException e) {
            messages.error(null, e.messageKey());
        }
        return null;
    }

    /** A file's text, or null when none was chosen or it is too large (said on its field). */
    private String file(Part file, String field, Set<String> refused) {
        if (!Uploads.given(file)) {
            return null;
        }
        if (file.getSize() > maxUploadBytes) {
            messages.error(field, "permit.admin.error.file-too-large", Uploads.megabytes(maxUploadBytes));
            refused.add(field);
            return null;
        }
        return Uploads.text(file);
    }

    private void show(List<Problem> problems) {
        List<ShownProblem> model = new ArrayList<>();
        List<ShownProblem> cases = new ArrayList<>();
        for (Problem p : problems) {
            if (p.key() != null) {
                messages.error(field(p.field()), p.key());
            }
        }
        if (problems.stream().anyMatch(p -> p.key() == null && p.field().equals("dmn"))) {
            messages.error("dmnFile", "permit.error.dmn-invalid");
        }
        if (problems.stream().anyMatch(p -> p.key() == null && p.field().equals("testCases"))) {
            messages.error("testCasesFile", "permit.error.test-cases-invalid");
        }
        for (Problem p : problems) {
            if (p.key() == null) {
                boolean ofModel = p.field().equals("dmn");
                List<ShownProblem> list = ofModel ? model : cases;
                String id = (ofModel ? "dmnProblem-" : "testCaseProblem-") + (list.size() + 1);
                String text = p.line() == null ? messages.text("permit.admin.problem", p.detail())
                        : messages.text("permit.admin.problem.line", p.line(), p.detail());
                list.add(new ShownProblem(id, text));
                messages.error(id, "permit.admin.problem.summary", text);
            }
        }
        dmnProblems = List.copyOf(model);
        testCaseProblems = List.copyOf(cases);
    }

    /** The form's input of a problem's field. */
    private static String field(String field) {
        return switch (field) {
            case "activity" -> "newActivity";
            case "zoneType" -> "newZoneType";
            case "dmn" -> "dmnFile";
            case "testCases" -> "testCasesFile";
            default -> field;
        };
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public long getMaxUploadMegabytes() {
        return Uploads.megabytes(maxUploadBytes);
    }

    public List<ShownProblem> getDmnProblems() {
        return dmnProblems == null ? List.of() : dmnProblems;
    }

    public List<ShownProblem> getTestCaseProblems() {
        return testCaseProblems == null ? List.of() : testCaseProblems;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getZoneType() {
        return zoneType;
    }

    public void setZoneType(String zoneType) {
        this.zoneType = zoneType;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || !STATUSES.contains(status) ? null : status;
    }

    public String getNewActivity() {
        return newActivity;
    }

    public void setNewActivity(String newActivity) {
        this.newActivity = newActivity;
    }

    public String getNewZoneType() {
        return newZoneType;
    }

    public void setNewZoneType(String newZoneType) {
        this.newZoneType = newZoneType;
    }

    public String getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(String effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public Part getDmnFile() {
        return dmnFile;
    }

    public void setDmnFile(Part dmnFile) {
        this.dmnFile = dmnFile;
    }

    public Part getTestCasesFile() {
        return testCasesFile;
    }

    public void setTestCasesFile(Part testCasesFile) {
        this.testCasesFile = testCasesFile;
    }
}
