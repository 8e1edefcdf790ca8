package org.zhsearch.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Bad documents, made at test time: encrypted, image-only, truncated, empty, huge (sparse), zip bombs. */
public final class BadDocuments {
    /** What a zip bomb's one entry inflates to: far over every limit, a few hundred KB compressed. */
    static final long BOMB_BYTES = 400L * 1024 * 1024;

    private BadDocuments() {}

    /**
     * Writes the corpus of BadDocumentsBuildTest under {@code corpus} and returns it: {@code good/} holds five good
     * office fixtures, {@code bad/} ten bad documents (see the test).
     */
    public static Path writeCorpus(Path corpus) throws Exception {
        Path good = Files.createDirectories(corpus.resolve("good"));
        for (String name : new String[] {"news.docx", "policy.odt", "manual.doc", "manual-gbk.rtf", "book.epub"}) {
            Files.copy(OfficeSource.DIR.resolve(name), good.resolve(name));
        }
        Path bad = Files.createDirectories(corpus.resolve("bad"));
        encryptedPdf(bad.resolve("encrypted.pdf"));
        imageOnlyPdf(bad.resolve("scanned.pdf"));
        truncated(textPdfBytes(), 0.5, bad.resolve("cut.pdf"));
        truncated(goodDocx(), 0.5, bad.resolve("cut.docx"));
        Files.createFile(bad.resolve("empty.docx"));
        sparse(bad.resolve("huge.docx"), 200L * 1024 * 1024);
        encryptedDocx(bad.resolve("secret.docx"));
        Files.writeString(bad.resolve("notes.docx"), "这是改了扩展名的纯文本。\n");
        docxBomb(bad.resolve("bomb.docx"));
        epubBomb(bad.resolve("bomb.epub"));
        return corpus;
    }

    /** A good DOCX made from the news fixture's source text. */
    public static byte[] goodDocx() throws IOException {
        try (XWPFDocument doc = OfficeFixtures.docx(OfficeSource.read("news"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The news DOCX encrypted with a password, as Word saves it: an OLE2 file with an EncryptedPackage. */
    public static void encryptedDocx(Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("口令123");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(goodDocx());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    /** The first {@code fraction} of {@code bytes}, as an interrupted download or copy leaves a file. */
    public static void truncated(byte[] bytes, double fraction, Path file) throws IOException {
        Files.write(file, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
    }

    /** A file of {@code bytes} length that is all hole: nothing is written, so nothing should be read. */
    public static void sparse(Path file, long bytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(bytes);
        }
    }

    /**
     * A zip whose {@code bombEntry} inflates to {@link #BOMB_BYTES} of zeros (streamed through the deflater, so
     * neither this method nor the file holds them), after the given small entries (name, text pairs).
     */
    public static void zipBomb(Path file, String bombEntry, String... entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entries(zip, entries);
            zip.putNextEntry(new ZipEntry(bombEntry));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < BOMB_BYTES; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
    }

    /** A zip of the given small entries (name, text pairs). */
    public static void zip(Path file, String... entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entries(zip, entries);
        }
    }

    private static void entries(ZipOutputStream zip, String... entries) throws IOException {
        for (int i = 0; i < entries.length; i += 2) {
            zip.putNextEntry(new ZipEntry(entries[i]));
            zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** A DOCX whose media entry is a zip bomb (its document part is fine). */
    public static void docxBomb(Path file) throws IOException {
        zipBomb(
                file,
                "word/media/image1.png",
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>",
                "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
    }

    /** An EPUB whose one chapter is a zip bomb. */
    public static void epubBomb(Path file) throws IOException {
        zipBomb(
                file,
                "OEBPS/chapter1.xhtml",
                "mimetype",
                "application/epub+zip",
                "META-INF/container.xml",
                "<container><rootfiles><rootfile full-path=\"OEBPS/content.opf\"/></rootfiles></container>",
                "OEBPS/content.opf",
                "<package><metadata/><manifest><item id=\"c1\" href=\"chapter1.xhtml\"/></manifest>"
                        + "<spine><itemref idref=\"c1\"/></spine></package>");
    }

    /** A one-page PDF with a line of text, protected by a user password. */
    public static void encryptedPdf(Path file) throws IOException {
        try (PDDocument doc = textPdf()) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
    }

    /** A one-page PDF with text, as bytes (to truncate). */
    public static byte[] textPdfBytes() throws IOException {
        try (PDDocument doc = textPdf()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A page with only a drawn image: what a scanner makes, no text layer. */
    public static void imageOnlyPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.setColor(Color.BLACK);
            g.drawString("scanned page", 20, 50);
            g.dispose();
            PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(xobject, 50, 500, 400, 200);
            }
            doc.save(file.toFile());
        }
    }

    private static PDDocument textPdf() throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText("Annual report of the county library, 2024.");
            content.endText();
        }
        return doc;
    }
}
