package org.citiverse.complaint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.complaint.domain.Category;
import org.citiverse.complaint.domain.CategoryAttribute;
import org.citiverse.complaint.domain.CategoryDetails;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.complaint.domain.ComplaintException.Reason;
import org.citiverse.complaint.domain.ComplaintRepository;
import org.citiverse.organisation.application.DepartmentService;
import org.citiverse.organisation.application.DepartmentView;

/**
 * The kinds of problem as city administrators manage them (the pages and the API check the role):
 * new kinds, their settings and their questions. Every change is made against the version the
 * administrator saw, under the category's row lock, and audited. Requests filed before a change
 * keep what they were filed with: department, due date and answers.
 */
@ApplicationScoped
public class CategoryCatalogue {

    @Inject
    ComplaintRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    DepartmentService departments;

    @Inject
    Event<CategoryChanged> changed;

    /** Every category, offered or not, by code. */
    @Transactional
    public List<CategorySettings> all() {
        return repository.categories().stream().sorted(Comparator.comparing(Category::code))
                .map(CategoryCatalogue::settings).toList();
    }

    @Transactional
    public Optional<CategorySettings> find(String code) {
        return repository.category(code).map(CategoryCatalogue::settings);
    }

    /** A new kind of problem, without questions yet; its code is permanent. */
    @Transactional
    public CategorySettings create(String code, CategoryDetails details) {
        Category category = Category.create(code, details);
        if (repository.category(category.code()).isPresent()) {
            throw new ComplaintException(Reason.CATEGORY_CODE_TAKEN, "code");
        }
        department(details.department(), null);
        repository.add(category);
        audit.record("complaint.category-created", "category", category.code(), summary(category));
        return saved(category);
    }

    /** Changes names, texts, routing, service level, anonymous reports and whether it is offered. */
    @Transactional
    public CategorySettings change(String code, int basedOnVersion, CategoryDetails details) {
        Category category = at(code, basedOnVersion);
        department(details.department(), category.departmentCode());
        category.change(details);
        audit.record("complaint.category-changed", "category", code, summary(category));
        return saved(category);
    }

    /** Adds a question after the others: new reports answer it. */
    @Transactional
    public CategorySettings addQuestion(String code, int basedOnVersion, CategoryAttribute question) {
        Category category = at(code, basedOnVersion);
        category.addQuestion(question);
        CategoryAttribute added = category.attributes().get(category.attributes().size() - 1);
        audit.record("complaint.question-added", "category", code, "question " + describe(added));
        return saved(category);
    }

    /** Changes a question in its place; its code, and the answers given to it, stay. */
    @Transactional
    public CategorySettings changeQuestion(String code, int basedOnVersion, String questionCode,
                                           CategoryAttribute replacement) {
        Category category = at(code, basedOnVersion);
        CategoryAttribute before = question(category, questionCode);
        category.changeQuestion(questionCode, replacement);
        audit.record("complaint.question-changed", "category", code, "question " + questionCode + ": was "
                + describe(before) + "; now " + describe(question(category, questionCode)));
        return saved(category);
    }

    /** Removes a question; requests that answered it keep their answer. */
    @Transactional
    public CategorySettings removeQuestion(String code, int basedOnVersion, String questionCode) {
        Category category = at(code, basedOnVersion);
        CategoryAttribute removed = category.removeQuestion(questionCode);
        audit.record("complaint.question-removed", "category", code, "question " + describe(removed)
                + "; answers given stay with their requests");
        return saved(category);
    }

    /** Moves a question one place up or down in the order new reports ask them. */
    @Transactional
    public CategorySettings moveQuestion(String code, int basedOnVersion, String questionCode, boolean up) {
        Category category = at(code, basedOnVersion);
        int to = category.moveQuestion(questionCode, up);
        audit.record("complaint.question-moved", "category", code, "question " + questionCode + " "
                + (up ? "up" : "down") + " to place " + to);
        return saved(category);
    }

    /** The category to change, locked, if it is still the version the administrator saw. */
    private Category at(String code, int basedOnVersion) {
        Category category = repository.categoryForUpdate(code)
                .orElseThrow(() -> new ComplaintException(Reason.CATEGORY_NOT_FOUND));
        if (category.version() != basedOnVersion) {
            throw new ComplaintException(Reason.CATEGORY_CHANGED_ELSEWHERE);
        }
        return category;
    }

    /** A department of the city; a closed one only where the category goes to it already. */
    private void department(String code, String current) {
        departments.all().stream().filter(d -> d.code().equals(code))
                .filter(d -> d.active() || d.code().equals(current)).map(DepartmentView::code).findFirst()
                .orElseThrow(() -> new ComplaintException(Reason.DEPARTMENT_UNKNOWN, "department"));
    }

    /** Written now, so the answer has the new version; the cached category names are dropped once committed. */
    private CategorySettings saved(Category category) {
        repository.flush();
        changed.fire(new CategoryChanged(category.code()));
        return settings(category);
    }

    private static CategoryAttribute question(Category category, String questionCode) {
        return category.attributes().stream().filter(q -> q.code().equals(questionCode)).findFirst()
                .orElseThrow(() -> new ComplaintException(Reason.QUESTION_NOT_FOUND, "question"));
    }

    private static String summary(Category c) {
        return "department " + c.departmentCode() + ", " + c.serviceLevel().toDays() + " days, anonymous "
                + c.anonymousAllowed() + ", offered " + c.active();
    }

    private static String describe(CategoryAttribute q) {
        return q.code() + " (" + q.datatype().open311() + (q.required() ? ", required" : ", optional")
                + (q.isList() ? ", " + q.values().size() + " values" : "") + ")";
    }

    static CategorySettings settings(Category c) {
        return new CategorySettings(c.code(), c.name("en"), c.name("nl"), c.description("en"), c.description("nl"),
                c.group("en"), c.group("nl"), c.keywords(), c.departmentCode(), (int) c.serviceLevel().toDays(),
                c.anonymousAllowed(), c.active(), c.attributes().stream().map(CategoryCatalogue::question).toList(),
                c.version());
    }

    private static CategorySettings.Question question(CategoryAttribute a) {
        return new CategorySettings.Question(a.code(), a.datatype().open311(), a.required(), a.order(),
                a.descriptionEn(), a.descriptionNl(), a.values().stream()
                .map(v -> new CategorySettings.Choice(v.key(), v.nameEn(), v.nameNl())).toList());
    }
}
