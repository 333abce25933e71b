package org.citiverse.permit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.citiverse.permit.domain.PermitApplicationException.Reason;
import org.junit.jupiter.api.Test;

/** A document's type comes from its bytes; its size, kind and name are bounded. */
class DocumentRulesTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

    @Test
    void theTypeIsReadFromTheBytesNotTheName() {
        assertEquals(DocumentRules.PDF, DocumentRules.contentType(PDF, 1000, "plan.png"));
        assertEquals(DocumentRules.JPEG, DocumentRules.contentType(JPEG, 1000, "plan.pdf"));
        assertEquals(DocumentRules.PNG, DocumentRules.contentType(PNG, 1000, "plan"));
        for (String other : List.of("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
                "<html><script>alert(1)</script></html>", "GIF89a....", "PK\u0003\u0004 a zip", "%PD")) {
            PermitApplicationException e = assertThrows(PermitApplicationException.class,
                    () -> DocumentRules.contentType(other.getBytes(StandardCharsets.ISO_8859_1), 1000, "plan.pdf"));
            assertEquals(Reason.DOCUMENT_TYPE_INVALID, e.reason());
            assertEquals(List.of("plan.pdf"), e.details(), "the error names the file");
        }
    }

    @Test
    void emptyAndOversizedAreRefused() {
        assertEquals(Reason.DOCUMENT_EMPTY, assertThrows(PermitApplicationException.class,
                () -> DocumentRules.contentType(new byte[0], 1000, "a.pdf")).reason());
        assertEquals(Reason.DOCUMENT_TOO_LARGE, assertThrows(PermitApplicationException.class,
                () -> DocumentRules.contentType(PDF, PDF.length - 1, "a.pdf")).reason());
        assertEquals(DocumentRules.PDF, DocumentRules.contentType(PDF, PDF.length, "a.pdf"), "exactly the limit");
    }

    @Test
    void kindsAreTheKnownOnes() {
        assertEquals("site-plan", DocumentRules.kind(" site-plan "));
        assertEquals(Reason.DOCUMENT_KIND_INVALID, assertThrows(PermitApplicationException.class,
                () -> DocumentRules.kind("passport")).reason());
        assertEquals(Reason.DOCUMENT_KIND_INVALID, assertThrows(PermitApplicationException.class,
                () -> DocumentRules.kind(null)).reason());
        assertEquals(Reason.DOCUMENT_KIND_INVALID, assertThrows(PermitApplicationException.class,
                () -> new ApplicationDocument(1, "passport", "a.pdf", PDF, 1000, "c", Instant.EPOCH)).reason());
    }

    @Test
    void fileNamesAreSafeToShowAndToNameADownload() {
        assertEquals("plan 1.pdf", DocumentRules.fileName("C:\\Users\\ana\\plan 1.pdf"));
        assertEquals("passwd", DocumentRules.fileName("../../etc/passwd"));
        assertEquals("a_b_.pdf", DocumentRules.fileName("a\"b;.pdf"));
        assertEquals("document", DocumentRules.fileName(".."));
        assertEquals("document", DocumentRules.fileName(null));
        assertEquals(DocumentRules.MAX_NAME, DocumentRules.fileName("x".repeat(500)).length());
    }
}
