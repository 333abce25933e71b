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
        try {
            byte[] bytes = body.readNBytes(maxBytes + 1);
            return bytes.length > maxBytes ? null : new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new jakarta.ws.rs.BadRequestException("The request body could not be read", e);
        }
    }
}
