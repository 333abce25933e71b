package org.citiverse.shared.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELProcessor;
import jakarta.el.PropertyNotWritableException;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    public record Item(String tag, int count) {
    }

    private final ELProcessor el = new ELProcessor();

    RecordELResolverTest() {
        el.getELManager().addELResolver(new RecordELResolver());
        el.defineBean("item", new Item("nl", 3));
    }

    @Test
    void readsRecordComponents() {
        assertEquals("nl", el.eval("item.tag"));
        assertEquals(3L, ((Number) el.eval("item.count")).longValue());
        assertEquals("nl!", el.eval("item.tag += '!'"));
    }

    @Test
    void recordsAreReadOnly() {
        assertThrows(PropertyNotWritableException.class, () -> el.setValue("item.tag", "en"));
    }

    @Test
    void leavesOtherObjectsAndUnknownNamesAlone() {
        assertTrue(RecordELResolver.component(new Item("a", 1), "tag").isPresent());
        assertFalse(RecordELResolver.component(new Item("a", 1), "missing").isPresent());
        assertFalse(RecordELResolver.component("a string", "length").isPresent());
        assertFalse(RecordELResolver.component(null, "tag").isPresent());
    }
}
