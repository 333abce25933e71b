package org.citiverse.complaint.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A broken rule of a question shows on the input it is about, so the error summary links there. */
class CategoryPageTest {

    @Test
    void aQuestionsFieldsAreTheFormsInputs() {
        assertEquals("questionCode", CategoryPage.questionField("code"));
        assertEquals("questionDatatype", CategoryPage.questionField("datatype"));
        assertEquals("questionDescriptionEn", CategoryPage.questionField("descriptionEn"));
        assertEquals("questionDescriptionNl", CategoryPage.questionField("descriptionNl"));
    }

    @Test
    void anAnswersFieldsAreItsRowsInputsCountedFromOne() {
        assertEquals("valueKey-1", CategoryPage.questionField("values"));
        assertEquals("valueKey-1", CategoryPage.questionField("values[0].key"));
        assertEquals("valueNameEn-3", CategoryPage.questionField("values[2].nameEn"));
        assertEquals("valueNameNl-12", CategoryPage.questionField("values[11].nameNl"));
    }

    @Test
    void anythingElseIsAboutThePage() {
        assertNull(CategoryPage.questionField(null));
        assertNull(CategoryPage.questionField("question"));
        assertNull(CategoryPage.questionField("values[x].key"));
    }
}
