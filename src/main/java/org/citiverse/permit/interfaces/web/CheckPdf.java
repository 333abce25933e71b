package org.citiverse.permit.interfaces.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A permit check as a tagged PDF (Apache PDFBox): the {@link CheckDocument} the printable page
 * shows, with its title and language in the document, headings and paragraphs in a structure tree
 * (screen readers and text extraction follow it), on as many A4 pages as it takes.
 */
public final class CheckPdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument pdf = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDStructureElement root;
    private final PDNumberTreeNode parentTree = new PDNumberTreeNode(COSDictionary.class);
    private final java.util.Map<Integer, COSArray> parents = new java.util.HashMap<>();
    private PDPage page;
    private PDPageContentStream out;
    private float y;
    private int mcid;

    private CheckPdf(String title, String language) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(title);
        info.setCreator("CitiVerse");
        info.setCreationDate(Calendar.getInstance());
        pdf.getDocumentCatalog().setLanguage(language);
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(prefs);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(mark);
        PDStructureTreeRoot tree = new PDStructureTreeRoot();
        pdf.getDocumentCatalog().setStructureTreeRoot(tree);
        root = new PDStructureElement("Document", tree);
        root.setLanguage(language);
        tree.appendKid(root);
        tree.setParentTree(parentTree);
    }

    /** The PDF of a check's document, in the document's language (a BCP 47 tag such as "nl"). */
    public static byte[] of(CheckDocument doc, String language) {
        CheckPdf writer = new CheckPdf(doc.title(), language);
        try {
            writer.newPage();
            writer.block("H1", writer.bold, 18, doc.title());
            writer.block("H2", writer.bold, 14, doc.headline());
            for (CheckDocument.Section s : doc.sections()) {
                writer.block("H2", writer.bold, 13, s.heading());
                for (CheckDocument.Row row : s.rows()) {
                    writer.block("P", writer.regular, 11, row.label() + (row.label().endsWith("?") ? " " : ": ")
                            + row.value());
                }
                for (String p : s.paragraphs()) {
                    writer.block("P", writer.regular, 11, p);
                }
            }
            return writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            closePage();
        }
        page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        page.setStructParents(parents.size());
        parents.put(parents.size(), new COSArray());
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        out = new PDPageContentStream(pdf, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
        mcid = 0;
    }

    /** A heading or paragraph: one structure element, its lines one marked-content sequence per page. */
    private void block(String type, PDFont font, float size, String text) throws IOException {
        PDStructureElement element = new PDStructureElement(type, root);
        root.appendKid(element);
        float leading = size * 1.35f;
        List<String> lines = wrap(printable(text, font), font, size);
        boolean open = false;
        for (String line : lines) {
            if (y - leading < MARGIN) {
                if (open) {
                    out.endMarkedContent();
                    open = false;
                }
                newPage();
            }
            if (!open) {
                element.setPage(page);
                COSDictionary props = new COSDictionary();
                props.setInt(COSName.MCID, mcid);
                out.beginMarkedContent(COSName.getPDFName(type), PDPropertyList.create(props));
                PDMarkedContentReference ref = new PDMarkedContentReference();
                ref.setPage(page);
                ref.setMCID(mcid);
                element.appendKid(ref);
                parents.get(page.getStructParents()).add(element);
                mcid++;
                open = true;
            }
            y -= leading;
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, y);
            out.showText(line);
            out.endText();
        }
        if (open) {
            out.endMarkedContent();
        }
        y -= size * 0.5f;
    }

    private byte[] finish() throws IOException {
        closePage();
        COSArray nums = new COSArray();
        for (var e : parents.entrySet()) {
            nums.add(COSInteger.get(e.getKey()));
            nums.add(e.getValue());
        }
        parentTree.getCOSObject().setItem(COSName.NUMS, nums);
        pdf.getDocumentCatalog().getStructureTreeRoot().setParentTreeNextKey(parents.size());
        try (pdf; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    private void closePage() throws IOException {
        out.close();
    }

    private List<String> wrap(String text, PDFont font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with what the standard font cannot show (outside Windows-1252) replaced. */
    private static String printable(String text, PDFont font) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(c -> {
            String s = new String(Character.toChars(c));
            try {
                font.encode(s);
                b.append(s);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }
}
