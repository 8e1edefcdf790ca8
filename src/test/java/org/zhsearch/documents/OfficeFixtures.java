package org.zhsearch.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Makes the office fixtures from their source text ({@link OfficeSource}): {@code <name>.docx} with POI for news,
 * policy and manual, {@code book.epub} with {@link EpubWriter}, and {@code manual-gbk.rtf}, an RTF as Word writes
 * it for Chinese ({@code \ansicpg936}, GBK bytes as {@code \'hh}, a Big5 font for the traditional section). The
 * .doc, .odt and .rtf files come from a real word processor, LibreOffice, converting each .docx:
 * <pre>
 * mvn -B -o -q test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.zhsearch.documents.OfficeFixtures  # cp.txt: dependency:build-classpath
 * cd src/test/resources/documents/office
 * for t in doc odt rtf; do soffice --headless --convert-to $t news.docx policy.docx manual.docx; done
 * </pre>
 * (LibreOffice 7.4 from Debian bookworm, {@code apt-get install libreoffice-writer-nogui}.)
 */
public final class OfficeFixtures {
    private OfficeFixtures() {}

    public static void main(String[] args) throws IOException {
        for (String name : List.of("news", "policy", "manual")) {
            try (OutputStream out = Files.newOutputStream(OfficeSource.DIR.resolve(name + ".docx"))) {
                docx(OfficeSource.read(name)).write(out);
            }
        }
        Files.write(OfficeSource.DIR.resolve("book.epub"), EpubWriter.write(OfficeSource.read("book")));
        Files.writeString(
                OfficeSource.DIR.resolve("manual-gbk.rtf"),
                gbkRtf(OfficeSource.read("manual")),
                StandardCharsets.ISO_8859_1);
    }

    static XWPFDocument docx(OfficeSource source) {
        XWPFDocument doc = new XWPFDocument();
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(style("Heading1", "heading 1", 0));
        styles.addStyle(style("Heading2", "heading 2", 1));
        styles.addStyle(style("Caption", "caption", -1));
        BigInteger bullets = bullets(doc.createNumbering());
        XWPFTable table = null;
        boolean firstHeading = true;
        for (TextBlock block : source.blocks()) {
            if (block.kind() == TextBlock.Kind.TABLE_ROW) {
                String[] cells = block.text().split(" \\| ");
                if (table == null) {
                    table = doc.createTable(1, cells.length);
                } else {
                    table.createRow();
                }
                for (int c = 0; c < cells.length; c++) {
                    table.getRow(table.getNumberOfRows() - 1).getCell(c).setText(cells[c]);
                }
                continue;
            }
            table = null;
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText(block.text());
            switch (block.kind()) {
                case HEADING -> {
                    p.setStyle(firstHeading ? "Heading1" : "Heading2");
                    firstHeading = false;
                }
                case LIST_ITEM -> p.setNumID(bullets);
                case CAPTION -> p.setStyle("Caption");
                default -> {}
            }
        }
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(source.properties().get("title"));
        core.setCreator(source.properties().get("author"));
        core.setSubjectProperty(source.properties().get("subject"));
        core.setKeywords(source.properties().get("keywords"));
        core.setCreated(Optional.of(noonUtc(source.properties().get("date"))));
        return doc;
    }

    /** Noon UTC of the day, so the day is the same in every time zone from −11 to +11 hours. */
    static Date noonUtc(String isoDay) {
        return Date.from(LocalDate.parse(isoDay).atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    private static XWPFStyle style(String id, String name, int outlineLevel) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        if (outlineLevel >= 0) {
            ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            ct.addNewRPr().addNewB();
        }
        return new XWPFStyle(ct);
    }

    private static BigInteger bullets(XWPFNumbering numbering) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
    }

    /** An RTF as Word writes Chinese: every non-ASCII character as GBK (or, in traditional text, Big5) bytes. */
    static String gbkRtf(OfficeSource source) {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang1033\\deflangfe2052");
        rtf.append("{\\fonttbl{\\f0\\fnil\\fcharset134 ")
                .append(escape("宋体", "GBK"))
                .append(";}");
        rtf.append("{\\f1\\fnil\\fcharset136 ").append(escape("細明體", "Big5")).append(";}}\n");
        rtf.append("{\\stylesheet{\\qj\\f0 Normal;}{\\s1\\outlinelevel0\\b\\f0 heading 1;}");
        rtf.append("{\\s2\\f0 ").append(escape("题注", "GBK")).append(";}}\n");
        rtf.append("{\\info{\\title ")
                .append(escape(source.properties().get("title"), "GBK"))
                .append("}");
        rtf.append("{\\author ")
                .append(escape(source.properties().get("author"), "GBK"))
                .append("}");
        rtf.append("{\\subject ")
                .append(escape(source.properties().get("subject"), "GBK"))
                .append("}");
        rtf.append("{\\keywords ")
                .append(escape(source.properties().get("keywords"), "GBK"))
                .append("}");
        LocalDate date = LocalDate.parse(source.properties().get("date"));
        rtf.append("{\\creatim\\yr").append(date.getYear()).append("\\mo").append(date.getMonthValue());
        rtf.append("\\dy").append(date.getDayOfMonth()).append("\\hr9\\min30}}\n");
        // a running header, as Word writes one: not text of the document
        rtf.append("{\\header\\pard\\plain\\f0 ")
                .append(escape("禾丰电器 页眉", "GBK"))
                .append("\\par}\n");
        for (TextBlock block : source.blocks()) {
            boolean big5 = OfficeSource.traditional(block.text());
            String font = big5 ? "\\f1 " : "\\f0 ";
            String charset = big5 ? "Big5" : "GBK";
            switch (block.kind()) {
                case HEADING -> rtf.append("\\pard\\plain\\s1\\outlinelevel0{\\b");
                case LIST_ITEM -> rtf.append("\\pard\\plain\\ls1{\\listtext\\f0 \\'a1\\'f1\\tab}{");
                case CAPTION -> rtf.append("\\pard\\plain\\s2{");
                case TABLE_ROW -> rtf.append("\\trowd\\cellx2000\\cellx4000\\cellx6000\n");
                default -> rtf.append("\\pard\\plain{");
            }
            if (block.kind() == TextBlock.Kind.TABLE_ROW) {
                for (String cell : block.text().split(" \\| ")) {
                    rtf.append("\\pard\\intbl{")
                            .append(font)
                            .append(escape(cell, charset))
                            .append("}\\cell\n");
                }
                rtf.append("\\row\n");
                continue;
            }
            rtf.append(font).append(escape(block.text(), charset)).append("}\\par\n");
        }
        rtf.append("}\n");
        return rtf.toString();
    }

    /** ASCII as is (RTF specials escaped), everything else as {@code \'hh} bytes in {@code charset}. */
    static String escape(String text, String charset) {
        StringBuilder out = new StringBuilder();
        Charset cs = Charset.forName(charset);
        text.codePoints().forEach(c -> {
            if (c < 128) {
                out.append(c == '\\' || c == '{' || c == '}' ? "\\" : "").append((char) c);
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                bytes.writeBytes(new String(Character.toChars(c)).getBytes(cs));
                for (byte b : bytes.toByteArray()) {
                    out.append(String.format("\\'%02x", b & 0xFF));
                }
            }
        });
        return out.toString();
    }
}
