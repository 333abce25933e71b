package org.citiverse.permit.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.citiverse.permit.domain.PermitApplicationException.Reason;

/**
 * What a document of an application may be. Its type is read from its first bytes (the name and the
 * declared type are never trusted): PDF, JPEG or PNG, the formats drawings and site plans come in and
 * every browser shows. The file is kept as sent (it is a record of what was applied for) and only ever
 * served with {@code nosniff} and a sandbox, so a crafted file cannot run as a page.
 */
public final class DocumentRules {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    /** The kinds of document; each activity requires some of them. */
    public static final List<String> KINDS = List.of("site-plan", "drawing", "photo", "other");

    /** The longest file name kept (for display only). */
    public static final int MAX_NAME = 100;

    private static final List<String> USUAL = List.of("site-plan", "drawing");
    // A dormer changes a roof others see: the city wants the roof as it is now as well.
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "fence", USUAL,
            "outbuilding", USUAL,
            "dormer", List.of("site-plan", "drawing", "photo"));

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private DocumentRules() {
    }

    /** The kinds of document an application for this activity cannot be submitted without. */
    public static List<String> required(String activity) {
        return REQUIRED.getOrDefault(activity, USUAL);
    }

    /** The kind, checked. */
    public static String kind(String kind) {
        String k = kind == null ? "" : kind.strip();
        if (!KINDS.contains(k)) {
            throw new PermitApplicationException(Reason.DOCUMENT_KIND_INVALID);
        }
        return k;
    }

    /**
     * The type of an upload from its bytes.
     *
     * @throws PermitApplicationException DOCUMENT_EMPTY, DOCUMENT_TOO_LARGE (over {@code maxBytes}),
     *                                    DOCUMENT_TYPE_INVALID (no PDF, JPEG or PNG)
     */
    public static String contentType(byte[] upload, long maxBytes, String name) {
        List<String> file = name == null ? List.of() : List.of(name);
        if (upload == null || upload.length == 0) {
            throw new PermitApplicationException(Reason.DOCUMENT_EMPTY, file);
        }
        if (upload.length > maxBytes) {
            throw new PermitApplicationException(Reason.DOCUMENT_TOO_LARGE, file);
        }
        if (startsWith(upload, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(upload, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(upload, PNG_MAGIC)) {
            return PNG;
        }
        throw new PermitApplicationException(Reason.DOCUMENT_TYPE_INVALID, file);
    }

    /**
     * A file name fit to show and to name a download: its last path part, only letters, digits, spaces,
     * dots, dashes and underscores (others become _), at most {@link #MAX_NAME}; "document" when nothing is left.
     */
    public static String fileName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        StringBuilder clean = new StringBuilder();
        base.codePoints().limit(MAX_NAME).forEach(c -> clean.appendCodePoint(
                Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '-' || c == '_' ? c : '_'));
        String result = clean.toString().strip();
        return result.isEmpty() || result.chars().allMatch(c -> c == '.') ? "document" : result;
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }
}
