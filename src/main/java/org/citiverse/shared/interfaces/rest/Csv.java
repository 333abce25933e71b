package org.citiverse.shared.interfaces.rest;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Exports as CSV (RFC 4180) that spreadsheets open safely: every list staff can filter can be downloaded. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";

    private Csv() {
    }

    /** A header line and one line per row, each ended by CRLF. */
    public static String of(String header, Stream<List<String>> rows) {
        return Stream.concat(Stream.of(header), rows.map(row -> row.stream().map(Csv::cell)
                .collect(Collectors.joining(",")))).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /** Quotes every cell; a leading = + - @ would be run as a formula by spreadsheets, so it is escaped. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
