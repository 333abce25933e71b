package org.citiverse.shared.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A large upload kept in a temporary file while it is worked on, read up to a limit: the work
 * (one transaction) then never waits for a slow client, and an oversized body is refused before
 * any of it is stored. Close it to delete the file.
 */
public final class SpooledBody implements AutoCloseable {

    private final Path file;

    private SpooledBody(Path file) {
        this.file = file;
    }

    /** The body in a temporary file, or null when it is longer than {@code maxBytes} (nothing is kept). */
    public static SpooledBody of(InputStream body, long maxBytes) {
        Path file = null;
        try {
            file = Files.createTempFile("citiverse-upload-", ".tmp");
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                int n;
                while (total <= maxBytes && (n = body.read(buffer)) >= 0) {
                    total += n;
                    if (total <= maxBytes) {
                        out.write(buffer, 0, n);
                    }
                }
            }
            if (total > maxBytes) {
                delete(file);
                return null;
            }
            return new SpooledBody(file);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("the request body could not be kept", e);
        }
    }

    public InputStream open() {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
