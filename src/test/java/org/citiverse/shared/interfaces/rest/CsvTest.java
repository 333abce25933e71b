package org.citiverse.shared.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertEquals("\"plain\"", Csv.cell("plain"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
        assertEquals("\"'=HYPERLINK(1)\"", Csv.cell("=HYPERLINK(1)"));
        assertEquals("\"'@SUM(A1)\"", Csv.cell("@SUM(A1)"));
        assertEquals("\"'-1+2\"", Csv.cell("-1+2"));
        assertEquals("", Csv.cell(null));
    }

    @Test
    void aFileHasItsHeaderAndOneCrlfLinePerRow() {
        assertEquals("a,b\r\n\"1\",\r\n\"x,y\",\"2\"\r\n",
                Csv.of("a,b", Stream.of(Arrays.asList("1", null), Arrays.asList("x,y", "2"))));
    }
}
