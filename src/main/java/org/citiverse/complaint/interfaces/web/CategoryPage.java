package org.citiverse.complaint.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citiverse.complaint.application.CategorySettings;
import org.citiverse.complaint.domain.CategoryAttribute;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.complaint.domain.ComplaintException.Reason;
import org.citiverse.shared.interfaces.web.LanguageSelection;

/**
 * City administrators: one kind of problem — its names, texts, the department new reports go to,
 * the service level that sets their due date, anonymous reports, whether it is offered — and its
 * questions: added, changed (by the link of its row: {@code ?question=}), removed and put in order.
 * Every change is based on the version the page was built on.
 *
 * <p>The answers of a list question are rows of plain inputs ({@code valueKey-1}, …) read from the
 * request, so their number can grow without a component tree to match; they are re-read on every
 * submit of the question form, whatever else failed.
 */
@Named("categoryPage")
@ViewScoped
public class CategoryPage extends CategoryForm {

    private static final long serialVersionUID = 1L;
    private static final String ROWS = CategoryPage.class.getName() + ".rows";

    @Inject
    LanguageSelection language;

    private String code;
    /** The address's question (a view parameter, so set again on every submit). */
    private String question;
    /** The question the form changes: the address's, if the category has it; null to add one. */
    private String changing;
    private boolean found;
    private int version;
    /** Read again when the view comes back from storage (the page keeps its version, not the whole category). */
    private transient CategorySettings loaded;

    private String questionCode;
    private String questionDatatype;
    private String questionDescriptionEn;
    private String questionDescriptionNl;
    private boolean questionRequired;
    private List<ValueRow> initialRows = List.of();

    /** One answer of a list question as shown: numbered from 1, which makes its inputs' ids. */
    public record ValueRow(int number, String key, String nameEn, String nameNl) implements Serializable {

        boolean blank() {
            return isBlank(key) && isBlank(nameEn) && isBlank(nameNl);
        }
    }

    /** View action: the category, and the question to change when the address names one. */
    public void load() {
        if (found) {
            return;
        }
        loaded = code == null ? null : catalogue.find(code).orElse(null);
        if (loaded == null) {
            messages.notFound();
            return;
        }
        found = true;
        version = loaded.version();
        fill(loaded);
        CategorySettings.Question q = question == null ? null : loaded.question(question).orElse(null);
        if (q == null) {
            return;
        }
        changing = q.code();
        questionCode = q.code();
        questionDatatype = q.datatype();
        questionDescriptionEn = q.descriptionEn();
        questionDescriptionNl = q.descriptionNl();
        questionRequired = q.required();
        List<ValueRow> rows = new ArrayList<>();
        q.values().forEach(v -> rows.add(new ValueRow(rows.size() + 1, v.key(), v.nameEn(), v.nameNl())));
        initialRows = List.copyOf(rows);
    }

    public String save() {
        try {
            CategorySettings saved = catalogue.change(code, version, details());
            return messages.doneThenGo("/admin/categories.xhtml", "categories.saved", saved.nameEn());
        } catch (ComplaintException e) {
            if (e.reason() == Reason.CATEGORY_CHANGED_ELSEWHERE) {
                reload();
                fill(loaded);
            }
            refused(e);
        }
        return null;
    }

    /** Adds the question of the form, or saves the one being changed. */
    public String saveQuestion() {
        boolean adding = changing == null;
        List<CategoryAttribute.Choice> choices = new ArrayList<>();
        if (listDatatype()) {
            getRows().stream().filter(r -> !r.blank())
                    .forEach(r -> choices.add(new CategoryAttribute.Choice(r.key(), r.nameEn(), r.nameNl())));
        }
        CategoryAttribute draft = CategoryAttribute.draft(adding ? questionCode : changing, questionDatatype,
                questionRequired, questionDescriptionEn, questionDescriptionNl, choices);
        try {
            CategorySettings saved = adding ? catalogue.addQuestion(code, version, draft)
                    : catalogue.changeQuestion(code, version, changing, draft);
            String asked = saved.question(draft.code()).map(q -> q.description(language.getTag())).orElse(draft.code());
            return messages.doneThenGo("/admin/category.xhtml?code=" + code,
                    adding ? "categories.question.added" : "categories.question.changed", asked);
        } catch (ComplaintException e) {
            if (e.reason() == Reason.CATEGORY_CHANGED_ELSEWHERE) {
                reload(); // the form keeps what was typed: sent again, it applies to the latest version
            }
            messages.error(questionField(e.field()), e.messageKey());
        }
        return null;
    }

    /** Another empty row of answers; the rest of the form stays as typed (the button skips validation). */
    public String addValueRow() {
        return null;
    }

    public String moveUp() {
        return move(true);
    }

    public String moveDown() {
        return move(false);
    }

    private String move(boolean up) {
        String chosen = chosenQuestion();
        try {
            catalogue.moveQuestion(code, version, chosen, up);
            return messages.doneThenGo("/admin/category.xhtml?code=" + code,
                    up ? "categories.question.movedUp" : "categories.question.movedDown", asked(chosen));
        } catch (ComplaintException e) {
            refusedForPage(e);
            return null;
        }
    }

    /** Removes the question of the row; reports that answered it keep their answer. */
    public String removeQuestion() {
        String chosen = chosenQuestion();
        String asked = asked(chosen);
        try {
            catalogue.removeQuestion(code, version, chosen);
            return messages.doneThenGo("/admin/category.xhtml?code=" + code, "categories.question.removed", asked);
        } catch (ComplaintException e) {
            refusedForPage(e);
            return null;
        }
    }

    private void refusedForPage(ComplaintException e) {
        if (e.reason() == Reason.CATEGORY_CHANGED_ELSEWHERE) {
            reload();
        }
        messages.error(null, e.messageKey());
    }

    private void reload() {
        loaded = catalogue.find(code).orElse(loaded);
        if (loaded != null) {
            version = loaded.version();
        }
    }

    /** The question a row's form names. */
    private String chosenQuestion() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("questionRow");
    }

    private String asked(String questionCode) {
        return getLoaded() == null ? questionCode : getLoaded().question(questionCode)
                .map(q -> q.description(language.getTag())).orElse(questionCode);
    }

    /** The input a rule's field is about: the form's own ids, the answers' rows numbered from 1. */
    static String questionField(String field) {
        if (field == null) {
            return null;
        }
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("values\\[([0-9]+)]\\.(key|nameEn|nameNl)")
                .matcher(field);
        if (value.matches()) {
            String input = switch (value.group(2)) {
                case "key" -> "valueKey-";
                case "nameEn" -> "valueNameEn-";
                default -> "valueNameNl-";
            };
            return input + (Integer.parseInt(value.group(1)) + 1);
        }
        return switch (field) {
            case "code" -> "questionCode";
            case "datatype" -> "questionDatatype";
            case "descriptionEn" -> "questionDescriptionEn";
            case "descriptionNl" -> "questionDescriptionNl";
            case "values" -> "valueKey-1";
            default -> null;
        };
    }

    /**
     * The answers' rows as shown: those typed (from this request when the question form was sent,
     * else those of the question being changed), then room for more. "Add another answer" keeps
     * every row and adds one; otherwise empty rows are left out and one is added, two rows at least,
     * 30 at most.
     */
    public List<ValueRow> getRows() {
        FacesContext faces = FacesContext.getCurrentInstance();
        @SuppressWarnings("unchecked")
        List<ValueRow> rows = (List<ValueRow>) faces.getAttributes().get(ROWS);
        if (rows == null) {
            Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
            List<ValueRow> given = params.containsKey("valueKey-1") ? submitted(params) : initialRows;
            boolean more = params.containsKey("addValueRow");
            List<ValueRow> shown = new ArrayList<>();
            given.stream().filter(r -> more || !r.blank()).limit(CategoryAttribute.MAX_VALUES)
                    .forEach(r -> shown.add(new ValueRow(shown.size() + 1, r.key(), r.nameEn(), r.nameNl())));
            int room = more ? 1 : Math.max(1, 2 - shown.size());
            for (int i = 0; i < room && shown.size() < CategoryAttribute.MAX_VALUES; i++) {
                shown.add(new ValueRow(shown.size() + 1, "", "", ""));
            }
            rows = List.copyOf(shown);
            faces.getAttributes().put(ROWS, rows);
        }
        return rows;
    }

    /** The rows the form sent, in their order (a row missing altogether ends them). */
    private static List<ValueRow> submitted(Map<String, String> params) {
        List<ValueRow> rows = new ArrayList<>();
        for (int n = 1; n <= CategoryAttribute.MAX_VALUES * 2 && params.containsKey("valueKey-" + n); n++) {
            rows.add(new ValueRow(n, params.get("valueKey-" + n), params.get("valueNameEn-" + n),
                    params.get("valueNameNl-" + n)));
        }
        return rows;
    }

    private boolean listDatatype() {
        CategoryAttribute.Datatype d = CategoryAttribute.Datatype.parse(questionDatatype);
        return d == CategoryAttribute.Datatype.SINGLEVALUELIST || d == CategoryAttribute.Datatype.MULTIVALUELIST;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The datatypes by their Open311 names, for the radios. */
    public List<String> getDatatypes() {
        return Arrays.stream(CategoryAttribute.Datatype.values()).map(CategoryAttribute.Datatype::open311).toList();
    }

    /** A list question's answers in the page's language, for the table. */
    public String choices(CategorySettings.Question q) {
        boolean dutch = "nl".equals(language.getTag());
        return String.join(", ", q.values().stream().map(v -> dutch ? v.nameNl() : v.nameEn()).toList());
    }

    /** Every category, for the list page. */
    public List<CategorySettings> getAll() {
        return catalogue.all();
    }

    public CategorySettings getLoaded() {
        if (loaded == null && found) {
            loaded = catalogue.find(code).orElse(null);
        }
        return loaded;
    }

    /** Whether the form changes a question (named by the address) rather than adding one. */
    public boolean isChanging() {
        return changing != null;
    }

    public String getChangingCode() {
        return changing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question == null || question.isBlank() ? null : question.strip().toLowerCase(Locale.ROOT);
    }

    public String getQuestionCode() {
        return questionCode;
    }

    public void setQuestionCode(String questionCode) {
        this.questionCode = questionCode;
    }

    public String getQuestionDatatype() {
        return questionDatatype;
    }

    public void setQuestionDatatype(String questionDatatype) {
        this.questionDatatype = questionDatatype;
    }

    public String getQuestionDescriptionEn() {
        return questionDescriptionEn;
    }

    public void setQuestionDescriptionEn(String questionDescriptionEn) {
        this.questionDescriptionEn = questionDescriptionEn;
    }

    public String getQuestionDescriptionNl() {
        return questionDescriptionNl;
    }

    public void setQuestionDescriptionNl(String questionDescriptionNl) {
        this.questionDescriptionNl = questionDescriptionNl;
    }

    public boolean isQuestionRequired() {
        return questionRequired;
    }

    public void setQuestionRequired(boolean questionRequired) {
        this.questionRequired = questionRequired;
    }
}
