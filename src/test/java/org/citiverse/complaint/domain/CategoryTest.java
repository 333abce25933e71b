package org.citiverse.complaint.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.citiverse.complaint.domain.CategoryAttribute.Choice;
import org.citiverse.complaint.domain.ComplaintException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A new kind of problem and its questions as administrators set them. */
class CategoryTest {

    @Test
    void aNewKindHasItsSettingsCleanedAndNoQuestions() {
        Category c = Category.create("broken-bench", details());
        assertEquals("broken-bench", c.code());
        assertEquals("Broken bench", c.name("en"));
        assertEquals("Kapot bankje", c.name("nl"));
        assertEquals("A bench that is broken or loose.", c.description("en"));
        assertEquals("Straten", c.group("nl"));
        assertEquals(List.of("bench", "seat"), c.keywords());
        assertEquals("roads", c.departmentCode());
        assertEquals(Duration.ofDays(10), c.serviceLevel());
        assertTrue(c.anonymousAllowed());
        assertFalse(c.active(), "offered only once its questions are ready");
        assertEquals(List.of(), c.attributes());
    }

    @Test
    void aCodeIsLikeTheOthers() {
        for (String bad : new String[] {null, "", "b", "Bench", "1bench", "bench bench", "bench_seat", "bänk",
            "b".repeat(41), "-bench"}) {
            assertRefused(Reason.CATEGORY_CODE_INVALID, "code", () -> Category.create(bad, details()));
        }
        assertEquals("b".repeat(40), Category.create("b".repeat(40), details()).code());
        assertEquals("device-fault-2", Category.create("device-fault-2", details()).code());
    }

    @Test
    void everyTextIsNeededInBothLanguagesWithinItsLength() {
        assertRefused(Reason.CATEGORY_NAME_INVALID, "nameEn", () -> details(" ", "Bankje", "d", "d", "g", "g"));
        assertRefused(Reason.CATEGORY_NAME_INVALID, "nameNl", () -> details("Bench", "x".repeat(81), "d", "d", "g", "g"));
        assertRefused(Reason.CATEGORY_DESCRIPTION_INVALID, "descriptionEn", () -> details("B", "B", null, "d", "g", "g"));
        assertRefused(Reason.CATEGORY_DESCRIPTION_INVALID, "descriptionNl", () -> details("B", "B", "d",
                "x".repeat(301), "g", "g"));
        assertRefused(Reason.CATEGORY_GROUP_INVALID, "groupEn", () -> details("B", "B", "d", "d", "tab\tbed", "g"));
        assertRefused(Reason.CATEGORY_GROUP_INVALID, "groupNl", () -> details("B", "B", "d", "d", "g", "\uFFFF"));
        assertEquals("x".repeat(300), details("B", "B", "x".repeat(300), "d", "g", "g").descriptionEn());
    }

    @Test
    void keywordsAreTrimmedEachOnceAndBounded() {
        assertEquals(List.of("road", "Cycle path"), keywords(List.of(" road ", "", "Cycle path", "ROAD", " ")));
        assertEquals(List.of("road", "cycle path"), CategoryDetails.keywords("road, cycle path,,").stream()
                .map(String::strip).filter(k -> !k.isEmpty()).toList());
        assertEquals(List.of(), keywords(null));
        assertRefused(Reason.KEYWORDS_INVALID, "keywords", () -> keywords(List.of("x".repeat(41))));
        assertRefused(Reason.KEYWORDS_INVALID, "keywords", () -> keywords(List.of("bell\u0007")));
        List<String> many = IntStream.range(0, 40).mapToObj(i -> "keyword" + i).toList();
        assertRefused(Reason.KEYWORDS_INVALID, "keywords", () -> keywords(many));
    }

    @Test
    void theServiceLevelIsWithinAYearAndADepartmentIsNamed() {
        assertRefused(Reason.SERVICE_LEVEL_INVALID, "dueDays", () -> new CategoryDetails("B", "B", "d", "d", "g", "g",
                List.of(), "roads", 0, true, true));
        assertRefused(Reason.SERVICE_LEVEL_INVALID, "dueDays", () -> new CategoryDetails("B", "B", "d", "d", "g", "g",
                List.of(), "roads", 366, true, true));
        assertRefused(Reason.DEPARTMENT_UNKNOWN, "department", () -> new CategoryDetails("B", "B", "d", "d", "g", "g",
                List.of(), " ", 5, true, true));
    }

    @Test
    void questionsAreAddedInOrderWithCodesOfTheirOwn() {
        Category c = Category.create("broken-bench", details());
        c.addQuestion(question("seat_count", "number"));
        c.addQuestion(list("damage", "singlevaluelist", "wood", "metal"));
        assertEquals(List.of("seat_count", "damage"), codes(c));
        assertEquals(List.of(1, 2), c.attributes().stream().map(CategoryAttribute::order).toList());
        assertRefused(Reason.QUESTION_CODE_TAKEN, "code", () -> c.addQuestion(question("damage", "text")));
        assertRefused(Reason.QUESTION_VALUES_INVALID, "values", () -> c.addQuestion(list("parts",
                "multivaluelist")));
        assertEquals(2, c.attributes().size(), "nothing added by a refused question");
    }

    @Test
    void questionsAreKeptAsTheirCategoryReadsThemBack() throws Exception {
        Category c = Category.create("broken-bench", details());
        c.addQuestion(list("damage", "multivaluelist", "wood", "metal"));
        c.addQuestion(question("note", "text"));
        List<CategoryAttribute> read = CategoryAttribute.parseAll(stored(c));
        assertEquals(c.attributes(), read);
        assertEquals("Wood (nl)", read.get(0).values().get(0).nameNl());
        assertEquals(CategoryAttribute.Datatype.TEXT, read.get(1).datatype());
    }

    @Test
    void aQuestionChangesInItsPlaceButKeepsItsCode() {
        Category c = withThree();
        c.changeQuestion("b", CategoryAttribute.draft("b", "singlevaluelist", true, " Which? ", "Welke?",
                List.of(new Choice("x", "X", "X"))));
        CategoryAttribute changed = c.attributes().get(1);
        assertEquals("b", changed.code());
        assertEquals(2, changed.order());
        assertEquals("Which?", changed.description("en"));
        assertTrue(changed.required());
        assertEquals(CategoryAttribute.Datatype.SINGLEVALUELIST, changed.datatype());
        assertRefused(Reason.QUESTION_CODE_INVALID, "code", () -> c.changeQuestion("b", question("renamed", "text")));
        assertRefused(Reason.QUESTION_NOT_FOUND, "question", () -> c.changeQuestion("zz", question("zz", "text")));
        assertRefused(Reason.QUESTION_DESCRIPTION_INVALID, "descriptionNl", () -> c.changeQuestion("b",
                CategoryAttribute.draft("b", "text", false, "Fine", " ", List.of())));
        assertEquals("Which?", c.attributes().get(1).description("en"), "a refused change changes nothing");
    }

    @Test
    void questionsMoveOnePlaceAndAreNumberedAgain() {
        Category c = withThree();
        assertEquals(1, c.moveQuestion("b", true));
        assertEquals(List.of("b", "a", "c"), codes(c));
        assertEquals(3, c.moveQuestion("a", false));
        assertEquals(List.of("b", "c", "a"), codes(c));
        assertEquals(List.of(1, 2, 3), c.attributes().stream().map(CategoryAttribute::order).toList());
        assertRefused(Reason.QUESTION_CANNOT_MOVE, "question", () -> c.moveQuestion("b", true));
        assertRefused(Reason.QUESTION_CANNOT_MOVE, "question", () -> c.moveQuestion("a", false));
        assertRefused(Reason.QUESTION_NOT_FOUND, "question", () -> c.moveQuestion("zz", true));
    }

    @Test
    void aRemovedQuestionLeavesTheOthersInOrder() {
        Category c = withThree();
        assertEquals("a", c.removeQuestion("a").code());
        assertEquals(List.of("b", "c"), codes(c));
        assertEquals(List.of(1, 2), c.attributes().stream().map(CategoryAttribute::order).toList());
        assertRefused(Reason.QUESTION_NOT_FOUND, "question", () -> c.removeQuestion("a"));
        c.addQuestion(question("a", "string"));
        assertEquals(List.of("b", "c", "a"), codes(c), "its code may come back, its old answers with it");
    }

    @Test
    void aKindHasAtMostTwentyQuestionsThatFitTheirColumn() {
        Category c = Category.create("broken-bench", details());
        for (int i = 0; i < Category.MAX_QUESTIONS; i++) {
            c.addQuestion(question("q" + i, "string"));
        }
        assertRefused(Reason.QUESTIONS_TOO_MANY, null, () -> c.addQuestion(question("one_more", "string")));

        Category wordy = Category.create("wordy", details());
        List<Choice> thirty = new ArrayList<>();
        for (int i = 0; i < CategoryAttribute.MAX_VALUES; i++) {
            thirty.add(new Choice("k" + i, "n".repeat(80), "n".repeat(80)));
        }
        wordy.addQuestion(CategoryAttribute.draft("first", "multivaluelist", false, "x".repeat(200), "x".repeat(200),
                thirty));
        assertRefused(Reason.QUESTIONS_TOO_MANY, null, () -> wordy.addQuestion(CategoryAttribute.draft("second",
                "multivaluelist", false, "y", "y", thirty)));
        assertEquals(List.of("first"), codes(wordy));
    }

    private static Category withThree() {
        Category c = Category.create("broken-bench", details());
        c.addQuestion(question("a", "string"));
        c.addQuestion(question("b", "number"));
        c.addQuestion(question("c", "datetime"));
        return c;
    }

    static CategoryAttribute question(String code, String datatype) {
        return CategoryAttribute.draft(code, datatype, false, "Question " + code, "Vraag " + code, List.of());
    }

    static CategoryAttribute list(String code, String datatype, String... keys) {
        List<Choice> values = new ArrayList<>();
        for (String key : keys) {
            String name = Character.toUpperCase(key.charAt(0)) + key.substring(1);
            values.add(new Choice(key, name, name + " (nl)"));
        }
        return CategoryAttribute.draft(code, datatype, true, "Question " + code, "Vraag " + code, values);
    }

    private static List<String> codes(Category c) {
        return c.attributes().stream().map(CategoryAttribute::code).toList();
    }

    /** The stored JSON, as the database would give it back. */
    private static String stored(Category c) throws ReflectiveOperationException {
        java.lang.reflect.Field f = Category.class.getDeclaredField("attributes");
        f.setAccessible(true);
        return (String) f.get(c);
    }

    private static CategoryDetails details() {
        return new CategoryDetails(" Broken bench ", "Kapot bankje", "A bench that is broken or loose.",
                "Een bankje dat kapot is of loszit.", "Streets", "Straten", List.of("bench", " seat "), "roads", 10,
                true, false);
    }

    private static CategoryDetails details(String nameEn, String nameNl, String descriptionEn, String descriptionNl,
                                           String groupEn, String groupNl) {
        return new CategoryDetails(nameEn, nameNl, descriptionEn, descriptionNl, groupEn, groupNl, List.of(), "roads",
                5, true, true);
    }

    private static List<String> keywords(List<String> given) {
        return new CategoryDetails("B", "B", "d", "d", "g", "g", given, "roads", 5, true, true).keywords();
    }

    private static void assertRefused(Reason reason, String field, Executable action) {
        ComplaintException e = assertThrows(ComplaintException.class, action);
        assertEquals(reason, e.reason());
        assertEquals(field, e.field());
    }
}
