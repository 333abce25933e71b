package org.citiverse.device.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A request body read up to one byte past a limit, so an oversized one is refused without buffering it all. */
final class BoundedBody {

    private BoundedBody() {
    }

    /** The body as UTF-8 text, or null when it is longer than {@code maxBytes}. */
    static String read(InputStream body, int maxBytes) {
        byte[] bytes = bytes(body, maxBytes);
        return bytes.length > maxBytes ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The body as UTF-8 text, cut one byte past {@code maxBytes}: a cut body is still longer than the
     * limit, so the message contract refuses it as too large (and that refusal is counted like any other).
     */
    static String readCut(InputStream body, int maxBytes) {
        return new String(bytes(body, maxBytes), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(InputStream body, int maxBytes) {
        try {
            return body.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new jakarta.ws.rs.BadRequestException("The request body could not be read", e);
        }
    }
}
