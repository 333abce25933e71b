package org.citiverse.shared.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads an uploaded CSV file (RFC 4180: commas, CRLF or LF, double quotes around fields that hold
 * commas, quotes or line breaks) one record at a time, so a large file is never held in memory.
 * A record that breaks the format locally (a stray quote, an overlong line) comes back with the
 * problem, and reading goes on; what makes the rest of the file unreadable (bytes that are not
 * UTF-8, a NUL, a quote never closed) is a 400 problem of the given type.
 */
public final class CsvReader implements Iterator<CsvReader.Record> {

    private final Reader in;
    private final int maxRecordChars;
    private final String problemType;
    private final char[] buffer = new char[16 * 1024];
    private int position;
    private int limit;
    private long line = 1;
    private boolean started;
    private Record next;
    private boolean ended;

    /**
     * One record.
     *
     * @param line    the line of the file it starts on
     * @param cells   its fields, never null (an empty field is "")
     * @param problem why it is not a well-formed record, or null
     */
    public record Record(long line, List<String> cells, String problem) {
    }

    /**
     * @param in             the file's bytes, read as UTF-8 (a byte-order mark is skipped)
     * @param maxRecordChars longer records are read to their end but come back as a problem
     * @param problemType    the problem type of a file that cannot be read
     */
    public CsvReader(InputStream in, int maxRecordChars, String problemType) {
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        this.maxRecordChars = maxRecordChars;
        this.problemType = problemType;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            next = read();
            ended = next == null;
        }
        return next != null;
    }

    @Override
    public Record next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Record record = next;
        next = null;
        return record;
    }

    /** The next record, or null at the end; blank lines are skipped. */
    private Record read() {
        int c = skipBlankLines();
        if (c < 0) {
            return null;
        }
        long start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String problem = null;
        int length = 0;
        boolean quoted = false;
        boolean closed = false; // just after a quoted field's closing quote
        boolean fieldStart = true;
        for (; c >= 0 || quoted; c = take()) {
            if (c < 0) {
                throw invalid("the quoted field that starts on line " + start + " is never closed");
            }
            if (c == 0) {
                throw invalid("the file is not CSV text (it holds a NUL character, line " + line + ")");
            }
            if (quoted) {
                if (c == '"' && peek() == '"') {
                    take();
                } else if (c == '"') {
                    quoted = false;
                    closed = true;
                    continue;
                } else if (c == '\n' || c == '\r' && peek() != '\n') {
                    line++;
                }
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                fieldStart = true;
                closed = false;
                continue;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && peek() == '\n') {
                    take();
                }
                line++;
                break;
            } else if (closed) {
                problem = problem == null ? "text after a quoted field's closing quote" : problem;
                continue;
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
                continue;
            } else if (c == '"') {
                problem = problem == null ? "a quote inside a field that does not start with one" : problem;
            }
            fieldStart = false;
            if (++length > maxRecordChars) {
                problem = "the line is longer than " + maxRecordChars + " characters";
            } else {
                cell.append((char) c);
            }
        }
        cells.add(cell.toString());
        return new Record(start, List.copyOf(cells), problem);
    }

    /** The first character of the next non-blank line (taken), or -1 at the end. */
    private int skipBlankLines() {
        int c = take();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = take();
            }
        }
        while (c == '\r' || c == '\n') {
            if (c == '\r' && peek() == '\n') {
                take();
            }
            line++;
            c = take();
        }
        return c;
    }

    private int take() {
        int c = peek();
        if (c >= 0) {
            position++;
        }
        return c;
    }

    private int peek() {
        if (position == limit) {
            try {
                limit = in.read(buffer, 0, buffer.length);
            } catch (CharacterCodingException e) {
                throw invalid("the file is not UTF-8 text (line " + line + ")");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position];
    }

    private InvalidRequestException invalid(String detail) {
        return new InvalidRequestException(problemType, detail);
    }
}
