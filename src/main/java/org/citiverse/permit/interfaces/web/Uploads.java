package org.citiverse.permit.interfaces.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Files sent with a page's form. */
final class Uploads {

    private Uploads() {
    }

    /** Whether a file was chosen. */
    static boolean given(Part part) {
        return part != null && part.getSize() > 0;
    }

    /** The file as UTF-8 text. */
    static String text(Part part) {
        try (var in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A size in bytes as whole megabytes (at least 1) for messages. */
    static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}
