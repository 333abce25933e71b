package org.citiverse.shared.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvReader.Record> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CsvReader.Record> read(byte[] bytes) {
        List<CsvReader.Record> records = new ArrayList<>();
        new CsvReader(new ByteArrayInputStream(bytes), 20, "test/invalid").forEachRemaining(records::add);
        return records;
    }

    @Test
    void recordsWithTheirLines() {
        List<CsvReader.Record> records = read("\uFEFFa,b\r\n\r\n1,\"x,\"\"y\"\"\"\n\"two\nlines\",3\n,\n");
        assertEquals(List.of(new CsvReader.Record(1, List.of("a", "b"), null),
                new CsvReader.Record(3, List.of("1", "x,\"y\""), null),
                new CsvReader.Record(4, List.of("two\nlines", "3"), null),
                new CsvReader.Record(6, List.of("", ""), null)), records);
    }

    @Test
    void theLastLineNeedsNoLineBreak() {
        assertEquals(List.of(new CsvReader.Record(1, List.of("a", "b"), null)), read("a,b"));
        assertEquals(List.of(), read(""));
        assertEquals(List.of(), read("\r\n\n"));
    }

    @Test
    void aBrokenRecordIsReportedAndReadingGoesOn() {
        List<CsvReader.Record> records = read("a\"b,c\n\"d\"e,f\n" + "x".repeat(21) + "\nlast\n");
        assertEquals("a quote inside a field that does not start with one", records.get(0).problem());
        assertEquals("text after a quoted field's closing quote", records.get(1).problem());
        assertEquals("the line is longer than 20 characters", records.get(2).problem());
        assertEquals(new CsvReader.Record(4, List.of("last"), null), records.get(3));
    }

    @Test
    void whatMakesTheRestUnreadableIsABadRequest() {
        InvalidRequestException open = assertThrows(InvalidRequestException.class,
                () -> read("a,b\n\"never closed,1\n"));
        assertEquals("test/invalid", open.type());
        assertEquals("the quoted field that starts on line 2 is never closed", open.getMessage());
        assertEquals("the file is not CSV text (it holds a NUL character, line 1)",
                assertThrows(InvalidRequestException.class, () -> read("a\u0000b")).getMessage());
        assertFalse(assertThrows(InvalidRequestException.class,
                () -> read(new byte[] {'a', ',', (byte) 0xC3, (byte) 0x28})).getMessage().isEmpty());
    }
}
