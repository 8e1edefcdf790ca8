package org.zhsearch.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SkippedFile;

/** Bad and edge-case PDFs, made here with PDFBox: each is read, or refused with a reason a user can act on. */
class PdfExtractorTest {
    private final PdfExtractor extractor = new PdfExtractor();

    @TempDir
    Path tmp;

    /** A PDF with one paragraph of Latin text per page (a standard font: no CJK font needed here). */
    private Path textPdf(String name, int pages) throws IOException {
        Path file = tmp.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            addTextPages(doc, pages);
            doc.save(file.toFile());
        }
        return file;
    }

    private static void addTextPages(PDDocument doc, int pages) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (int p = 1; p <= pages; p++) {
            PDPage page = new PDPage(PDRectangle.A5);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(50, 450);
                cs.showText("Paragraph on page " + p + " about water quality.");
                cs.endText();
            }
        }
    }

    @Test
    void aPlainPdfGivesItsParagraphsPagesAndProperties() throws Exception {
        Path file = tmp.resolve("plain.pdf");
        try (PDDocument doc = new PDDocument()) {
            addTextPages(doc, 3);
            doc.getDocumentInformation().setTitle("  Water report ");
            doc.getDocumentInformation().setAuthor("Lin");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("GMT+08:00"));
            created.clear();
            created.set(2024, Calendar.MARCH, 1, 8, 15, 30);
            doc.getDocumentInformation().setCreationDate(created);
            doc.save(file.toFile());
        }
        ExtractedDocument doc = extractor.extract(file, ExtractionLimits.DEFAULT);
        assertThat(doc.blocks())
                .extracting(TextBlock::text)
                .containsExactly(
                        "Paragraph on page 1 about water quality.",
                        "Paragraph on page 2 about water quality.",
                        "Paragraph on page 3 about water quality.");
        assertThat(doc.blocks()).extracting(TextBlock::page).containsExactly(1, 2, 3);
        assertThat(doc.properties())
                .containsEntry(ExtractedDocument.TITLE, "Water report")
                .containsEntry(ExtractedDocument.AUTHOR, "Lin")
                .containsEntry(ExtractedDocument.DATE, "2024-03-01T08:15:30")
                .doesNotContainKey(ExtractedDocument.SUBJECT);
        assertThat(doc.problems()).isEmpty();
    }

    @Test
    void aUserPasswordMakesItUnusableButAnOwnerPasswordAloneDoesNot() throws Exception {
        Path locked = tmp.resolve("locked.pdf");
        Path ownerOnly = tmp.resolve("owner-only.pdf");
        for (Path file : List.of(locked, ownerOnly)) {
            try (PDDocument doc = new PDDocument()) {
                addTextPages(doc, 1);
                AccessPermission noCopy = new AccessPermission();
                noCopy.setCanExtractContent(false);
                String user = file == locked ? "secret" : "";
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", user, noCopy);
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
                doc.save(file.toFile());
            }
        }
        assertThatThrownBy(() -> extractor.extract(locked, ExtractionLimits.DEFAULT))
                .isInstanceOf(UnusableDocument.class)
                .hasMessage("encrypted: a password is needed to open it; save an unprotected copy");
        assertThat(extractor.extract(ownerOnly, ExtractionLimits.DEFAULT).blocks())
                .extracting(TextBlock::text)
                .containsExactly("Paragraph on page 1 about water quality.");
    }

    @Test
    void scannedPagesAskForOcrAndBlankPagesSayTheyAreEmpty() throws Exception {
        Path scanned = tmp.resolve("scanned.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A5);
            doc.addPage(page);
            PDImageXObject image =
                    LosslessFactory.createFromImage(doc, new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 20, 20, 380, 550);
            }
            doc.save(scanned.toFile());
        }
        Path blank = tmp.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            doc.save(blank.toFile());
        }
        assertThatThrownBy(() -> extractor.extract(scanned, ExtractionLimits.DEFAULT))
                .isInstanceOf(UnusableDocument.class)
                .hasMessage("no text layer (scanned pages?): run OCR first, e.g. `ocrmypdf in.pdf out.pdf`");
        assertThatThrownBy(() -> extractor.extract(blank, ExtractionLimits.DEFAULT))
                .isInstanceOf(UnusableDocument.class)
                .hasMessage("no text: its 2 page(s) are empty");
    }

    @Test
    void aFileThatIsNoPdfIsSaidToBeNone() throws Exception {
        Path html = Files.writeString(tmp.resolve("page.pdf"), "<html><body>不是 PDF</body></html>");
        assertThatThrownBy(() -> extractor.extract(html, ExtractionLimits.DEFAULT))
                .isInstanceOf(UnusableDocument.class)
                .hasMessageStartingWith("not a PDF");
    }

    @Test
    void aTruncatedPdfKeepsWhatIsReadableOrSaysItIsDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(textPdf("whole.pdf", 6));
        for (int percent : new int[] {90, 60, 30, 5}) {
            Path cut = tmp.resolve("cut-" + percent + ".pdf");
            Files.write(cut, Arrays.copyOf(whole, whole.length * percent / 100));
            try {
                ExtractedDocument doc = extractor.extract(cut, ExtractionLimits.DEFAULT);
                // lenient parsing: the pages it found are kept, each with its own page number
                assertThat(doc.blocks()).as("%d %%", percent).isNotEmpty();
                assertThat(doc.blocks())
                        .allSatisfy(b -> assertThat(b.text())
                                .isEqualTo("Paragraph on page " + b.page() + " about water quality."));
            } catch (UnusableDocument e) {
                assertThat(e.getMessage()).as("%d %%", percent).matches("(damaged|no text|no pages).*");
            }
        }
        Path headerOnly = tmp.resolve("header-only.pdf");
        Files.write(headerOnly, Arrays.copyOf(whole, 20));
        assertThatThrownBy(() -> extractor.extract(headerOnly, ExtractionLimits.DEFAULT))
                .isInstanceOf(UnusableDocument.class)
                .hasMessageStartingWith("damaged");
    }

    @Test
    void textOverTheCharacterLimitIsCutAndSaid() throws Exception {
        Path file = textPdf("long.pdf", 5);
        ExtractionLimits limits = new ExtractionLimits(100, Duration.ofSeconds(60), 1_000_000, 100);
        ExtractedDocument doc = extractor.extract(file, limits);
        assertThat(doc.blocks().stream().mapToInt(b -> b.text().length()).sum()).isLessThanOrEqualTo(100);
        assertThat(doc.blocks()).hasSize(3);
        assertThat(doc.problems())
                .containsExactly(
                        "text cut at 100 characters (the size limit): the rest, from page 3 on, is not indexed");
    }

    @Test
    void aDocumentOverTheTimeLimitIsUnusable() throws Exception {
        Path file = textPdf("slow.pdf", 4);
        ExtractionLimits limits = new ExtractionLimits(1_000_000, Duration.ofNanos(1), 1_000_000, 100);
        assertThatThrownBy(() -> extractor.extract(file, limits))
                .isInstanceOf(UnusableDocument.class)
                .hasMessage("took longer than 1 s to read (stopped at page 1 of 4): split it into smaller files");
    }

    @Test
    void aBuildSkipsAnUnusablePdfWithItsReasonAndIndexesTheOthers() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(PdfFixtures.DIR.resolve("hehu-block.pdf"), corpus.resolve("hehu-block.pdf"));
        Files.writeString(corpus.resolve("renamed.pdf"), "PK\u0003\u0004 a zip file with a .pdf name");
        IndexReport report = ZhSearch.build(
                corpus, tmp.resolve("index"), IndexOptions.defaults().withThreads(1), ProgressListener.NONE);
        assertThat(report.articles()).isEqualTo(1);
        assertThat(report.skipped())
                .containsExactly(new SkippedFile(
                        "renamed.pdf", "not a PDF: the file has no %PDF- header (another format named .pdf?)", false));
    }
}
