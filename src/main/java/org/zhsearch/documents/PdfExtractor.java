package org.zhsearch.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF's text layer with PDFBox and rebuilds its paragraphs from glyph positions ({@link PdfPageLayout} for
 * lines and columns, {@link PdfRunningText} for running heads and page numbers, {@link PdfParagraphs} for
 * paragraphs across lines, columns and pages). Opened with the empty user password, so a PDF with only an owner
 * password reads; PDFBox's stream cache is temporary files, so a large file does not fill the heap.
 */
final class PdfExtractor implements DocumentExtractor {
    @Override
    public ExtractedDocument extract(Path file, ExtractionLimits limits) throws UnusableDocument, IOException {
        requirePdfHeader(file);
        PDDocument doc;
        try {
            doc = Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new UnusableDocument("encrypted: a password is needed to open it; save an unprotected copy", e);
        } catch (IOException e) {
            throw new UnusableDocument(
                    "damaged: PDFBox cannot read it (" + e.getMessage()
                            + "); open it in a PDF reader and save a repaired copy",
                    e);
        }
        try (doc) {
            return extract(doc, limits);
        }
    }

    private static void requirePdfHeader(Path file) throws IOException, UnusableDocument {
        byte[] head = new byte[1024];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        // readers accept the header anywhere in the first kilobyte (junk before it is common)
        if (!new String(head, 0, n, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            throw new UnusableDocument("not a PDF: the file has no %PDF- header (another format named .pdf?)");
        }
    }

    static ExtractedDocument extract(PDDocument doc, ExtractionLimits limits) throws UnusableDocument, IOException {
        int pageCount = doc.getNumberOfPages();
        if (pageCount == 0) {
            throw new UnusableDocument("no pages: the PDF is empty");
        }
        PdfPages pages = new PdfPages(limits, pageCount);
        new PdfGlyphCollector(pages).getText(doc);
        if (pages.timedOut()) {
            throw new UnusableDocument("took longer than " + seconds(limits.maxTime()) + " s to read (stopped at page "
                    + pages.lastPage() + " of " + pageCount + "): split it into smaller files");
        }
        List<String> problems = new ArrayList<>(pages.problems());
        if (pages.glyphs() == 0) {
            if (pages.damagedPages() == pageCount) {
                throw new UnusableDocument("damaged: none of its " + pageCount + " pages could be read ("
                        + pages.problems().getFirst() + "); open it in a PDF reader and save a repaired copy");
            }
            throw new UnusableDocument(
                    PdfImages.hasImages(doc)
                            ? "no text layer (scanned pages?): run OCR first, e.g. `ocrmypdf in.pdf out.pdf`"
                            : "no text: its " + pageCount + " page(s) are empty");
        }
        List<TextBlock> blocks = cut(PdfParagraphs.blocks(pages.flows()), limits.maxChars(), problems);
        return new ExtractedDocument(PdfProperties.of(doc), blocks, problems);
    }

    /** The blocks up to {@code maxChars} characters in all, the block that crosses it cut, and a problem if any. */
    static List<TextBlock> cut(List<TextBlock> blocks, long maxChars, List<String> problems) {
        List<TextBlock> kept = new ArrayList<>();
        long total = 0;
        for (TextBlock b : blocks) {
            if (total + b.text().length() > maxChars) {
                String head = b.text().substring(0, (int) (maxChars - total)).strip();
                if (!head.isEmpty()) {
                    kept.add(new TextBlock(head, b.kind(), b.page()));
                }
                problems.add("text cut at " + maxChars + " characters (the size limit): the rest, from page " + b.page()
                        + " on, is not indexed");
                return kept;
            }
            total += b.text().length();
            kept.add(b);
        }
        return kept;
    }

    private static long seconds(Duration d) {
        return Math.max(1, d.toSeconds());
    }
}
