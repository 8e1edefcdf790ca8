package org.zhsearch.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad Word, ODF, RTF and EPUB files: each is an UnusableDocument with a reason to act on, or kept with a problem. */
class BadOfficeDocumentsTest {
    @TempDir
    Path tmp;

    private static ExtractedDocument extract(Path file) throws Exception {
        return extract(file, ExtractionLimits.DEFAULT);
    }

    private static ExtractedDocument extract(Path file, ExtractionLimits limits) throws Exception {
        String name = file.getFileName().toString();
        return DocumentFormats.forExtension(name.substring(name.lastIndexOf('.') + 1))
                .orElseThrow()
                .extract(file, limits);
    }

    @Test
    void anEncryptedDocxIsReportedAsEncrypted() throws Exception {
        Path file = tmp.resolve("secret.docx");
        BadDocuments.encryptedDocx(file);
        assertThatThrownBy(() -> extract(file))
                .isInstanceOf(UnusableDocument.class)
                .hasMessageStartingWith("encrypted: ")
                .hasMessageContaining("password");
    }

    @Test
    void aTruncatedDocxIsReportedAsTruncated() throws Exception {
        Path file = tmp.resolve("cut.docx");
        BadDocuments.truncated(BadDocuments.goodDocx(), 0.6, file);
        assertThatThrownBy(() -> extract(file))
                .isInstanceOf(UnusableDocument.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void plainTextNamedDocxIsNotTakenForWord() throws Exception {
        Path file = tmp.resolve("notes.docx");
        Files.writeString(file, "这其实是一个纯文本文件。\n");
        assertThatThrownBy(() -> extract(file))
                .isInstanceOf(UnusableDocument.class)
                .hasMessageStartingWith("not a DOCX file: it is not a zip archive");
    }

    @Test
    void aDocxZipBombIsReportedAsOneWithoutInflatingIt() throws Exception {
        Path file = tmp.resolve("bomb.docx");
        BadDocuments.docxBomb(file);
        assertThat(Files.size(file)).isLessThan(2L * 1024 * 1024);
        long before = usedHeap();
        assertThatThrownBy(() -> extract(file))
                .isInstanceOf(UnusableDocument.class)
                .hasMessageStartingWith("zip bomb: entry word/media/image1.png inflates more than 100 times");
        assertThat(usedHeap() - before).isLessThan(BadDocuments.BOMB_BYTES / 4);
    }

    @Test
    void anEpubZipBombIsReportedAsOne() throws Exception {
        Path file = tmp.resolve("bomb.epub");
        BadDocuments.epubBomb(file);
        assertThatThrownBy(() -> extract(file))
                .isInstanceOf(UnusableDocument.class)
                .hasMessageStartingWith("zip bomb: entry OEBPS/chapter1.xhtml");
    }

    @Test
    void theTotalInflatedBytesAreBoundedToo() throws Exception {
        ExtractionLimits small = new ExtractionLimits(1_000_000, Duration.ofSeconds(60), 4096, 100);
        assertThatThrownBy(() -> extract(OfficeSource.DIR.resolve("policy.odt"), small))
                .isInstanceOf(UnusableDocument.class)
                .hasMessage("zip bomb: it inflates to more than 0 MB (the extraction limit)");
    }

    @Test
    void textOverTheCharacterLimitIsCutAndSaidSo() throws Exception {
        ExtractionLimits limits = new ExtractionLimits(100, Duration.ofSeconds(60), 1L << 28, 100);
        ExtractedDocument doc = extract(OfficeSource.DIR.resolve("news.docx"), limits);
        int chars = doc.blocks().stream().mapToInt(b -> b.text().length()).sum();
        assertThat(chars).isEqualTo(100);
        assertThat(doc.blocks().getFirst().text()).isEqualTo("山区小学用上了太阳能热水");
        assertThat(doc.problems()).containsExactly("text cut at 100 characters (the extraction limit)");
    }

    @Test
    void aDocumentOverTheTimeLimitIsUnusable() {
        ExtractionLimits limits = new ExtractionLimits(1_000_000, Duration.ofNanos(1), 1L << 28, 100);
        assertThatThrownBy(() -> extract(OfficeSource.DIR.resolve("book.epub"), limits))
                .isInstanceOf(UnusableDocument.class)
                .hasMessageStartingWith("took longer than 1 s to read");
    }

    @Test
    void aTruncatedDocIsReportedAsDamaged() throws Exception {
        Path file = tmp.resolve("cut.doc");
        BadDocuments.truncated(Files.readAllBytes(OfficeSource.DIR.resolve("policy.doc")), 0.5, file);
        assertThatThrownBy(() -> extract(file))
                .isInstanceOf(UnusableDocument.class)
                .hasMessageContaining("truncated or damaged DOC file");
    }

    @Test
    void aDocThatIsReallyADocxIsReadAsOne() throws Exception {
        Path file = tmp.resolve("saved-by-wps.doc");
        Files.write(file, BadDocuments.goodDocx());
        assertThat(extract(file).blocks()).isEqualTo(OfficeSource.read("news").blocks());
    }

    @Test
    void aTruncatedRtfKeepsWhatCameBeforeTheCut() throws Exception {
        byte[] rtf = Files.readAllBytes(OfficeSource.DIR.resolve("manual-gbk.rtf"));
        Path file = tmp.resolve("cut.rtf");
        BadDocuments.truncated(rtf, 0.7, file);
        ExtractedDocument doc = extract(file);
        assertThat(doc.blocks().getFirst().text()).isEqualTo("第三章 日常使用");
        assertThat(doc.blocks().size())
                .isBetween(3, OfficeSource.read("manual").blocks().size() - 1);
        assertThat(doc.problems()).singleElement().asString().startsWith("truncated: the RTF file ends inside");
    }

    @Test
    void aTruncatedEpubIsReportedAsDamaged() throws Exception {
        Path file = tmp.resolve("cut.epub");
        BadDocuments.truncated(Files.readAllBytes(OfficeSource.DIR.resolve("book.epub")), 0.8, file);
        assertThatThrownBy(() -> extract(file))
                .isInstanceOf(UnusableDocument.class)
                .hasMessageStartingWith("truncated or damaged EPUB file: its zip archive is incomplete");
    }

    @Test
    void anEpubWithEncryptedChaptersIsReportedAsEncrypted() throws Exception {
        Path file = tmp.resolve("drm.epub");
        BadDocuments.zip(
                file,
                "META-INF/container.xml",
                "<container><rootfiles><rootfile full-path=\"OEBPS/content.opf\"/></rootfiles></container>",
                "META-INF/encryption.xml",
                "<encryption><EncryptedData><CipherData><CipherReference URI=\"OEBPS/c1.xhtml\"/></CipherData>"
                        + "</EncryptedData></encryption>",
                "OEBPS/content.opf",
                "<package><manifest><item id=\"c1\" href=\"c1.xhtml\"/></manifest><spine><itemref idref=\"c1\"/>"
                        + "</spine></package>",
                "OEBPS/c1.xhtml",
                "\u0001\u0002 encrypted bytes");
        assertThatThrownBy(() -> extract(file))
                .isInstanceOf(UnusableDocument.class)
                .hasMessageStartingWith("encrypted: the book's chapters are DRM-protected");
    }

    @Test
    void aFileThatIsNotRtfIsSaidSo() throws Exception {
        Path file = tmp.resolve("letter.rtf");
        Files.writeString(file, "<html><body>不是RTF</body></html>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> extract(file))
                .isInstanceOf(UnusableDocument.class)
                .hasMessageStartingWith("not an RTF");
    }

    private static long usedHeap() {
        System.gc();
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }
}
