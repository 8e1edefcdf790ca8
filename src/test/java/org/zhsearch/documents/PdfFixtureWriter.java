package org.zhsearch.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Typesets the original Chinese articles of {@code src/test/resources/documents/pdf-source/articles.txt} into the PDF
 * fixtures of {@code src/test/resources/documents/pdf/}, each next to its expected text ({@code name.txt}: one line
 * per paragraph, {@code page<TAB>kind<TAB>text}, written from the source and the page the layout put it on, never
 * from an extractor). Layouts vary what a paragraph rebuilder must undo: one or two columns, first-line indents or
 * gaps, justified and letter-spaced lines, lines broken inside words (a long English word hyphenated), running heads
 * and page numbers in several styles, paragraphs across pages. Needs the WenQuanYi Micro Hei font (Debian
 * {@code fonts-wqy-microhei}); run {@code mvn -o -q test-compile exec:java} or from an IDE: the fixtures are committed,
 * so tests never need the font.
 */
public final class PdfFixtureWriter {
    static final Path SOURCE = Path.of("src/test/resources/documents/pdf-source/articles.txt");
    static final Path OUT = Path.of("src/test/resources/documents/pdf");
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    /** How a fixture is laid out. */
    record Layout(
            PDRectangle pageSize,
            int columns,
            boolean indent,
            float fontSize,
            float letterSpacing,
            String header,
            PdfPageNumbers footer) {}

    /** A paragraph of the source: {@code kind} is TITLE, HEADING, LIST_ITEM or BODY. */
    record SourceParagraph(String kind, String text) {}

    private PdfFixtureWriter() {}

    public static void main(String[] args) throws IOException {
        Map<String, List<SourceParagraph>> articles = readArticles(SOURCE);
        Files.createDirectories(OUT);
        try (TrueTypeCollection fonts = new TrueTypeCollection(FONT.toFile())) {
            TrueTypeFont font = fonts.getFontByName("WenQuanYiMicroHei");
            int n = 0;
            for (Map.Entry<String, Layout> e : fixtures().entrySet()) {
                String article = e.getKey().replaceFirst("-.*", "");
                List<SourceParagraph> paragraphs = articles.get(article);
                if (paragraphs == null) {
                    throw new IllegalStateException("no article " + article + " in " + SOURCE);
                }
                PdfTypesetter typeset = write(e.getKey(), paragraphs, e.getValue(), font);
                System.out.println(e.getKey() + ": " + typeset.hyphenations() + " word(s) hyphenated at a line end, "
                        + typeset.brokenAcrossColumns() + " paragraph(s) go on in the next column or page");
                n++;
            }
            System.out.println(n + " fixtures written to " + OUT);
        }
    }

    /** The fixtures: article name, a dash, what the layout tests. */
    static Map<String, Layout> fixtures() {
        PDRectangle a5 = PDRectangle.A5;
        PDRectangle a4 = PDRectangle.A4;
        PDRectangle a6 = PDRectangle.A6; // small pages: paragraphs run across pages
        Map<String, Layout> f = new LinkedHashMap<>();
        f.put("xiangcun-indent", new Layout(a6, 1, true, 10.5f, 0, "乡村振兴观察 第#期", PdfPageNumbers.PLAIN));
        f.put("xiangcun-twocol", new Layout(a4, 2, false, 10, 0, null, PdfPageNumbers.DASHED));
        f.put("xiangcun-spaced", new Layout(a5, 1, false, 10, 0.3f, null, PdfPageNumbers.CHINESE));
        f.put("shuju-block", new Layout(a6, 1, false, 10.5f, 0, "数据要素市场研究报告", PdfPageNumbers.OF_TOTAL));
        f.put("shuju-twocol", new Layout(a4, 2, true, 9.5f, 0, "数据要素市场研究报告", PdfPageNumbers.PAGE));
        f.put("shuju-spaced", new Layout(a5, 1, true, 10, 0.25f, null, PdfPageNumbers.ROMAN));
        f.put("shouce-indent", new Layout(a6, 1, true, 10, 0, "智能电表安装手册", PdfPageNumbers.CHINESE));
        f.put("shouce-twocol", new Layout(a5, 2, false, 8, 0, null, PdfPageNumbers.PLAIN));
        f.put("shouce-spaced", new Layout(a4, 1, false, 12, 0.4f, "智能电表安装手册 V2.1", PdfPageNumbers.DASHED));
        f.put("hehu-indent", new Layout(a5, 1, true, 11, 0, null, PdfPageNumbers.DASHED));
        f.put("hehu-twocol", new Layout(a4, 2, true, 10, 0.15f, "河湖长制工作简报", PdfPageNumbers.CHINESE));
        f.put("hehu-block", new Layout(a6, 1, false, 9, 0, "河湖长制工作简报", PdfPageNumbers.PAGE));
        f.put("yiliao-indent", new Layout(a5, 1, true, 10.5f, 0.1f, "基层医疗改革调研", PdfPageNumbers.OF_TOTAL));
        f.put("yiliao-twocol", new Layout(a4, 2, false, 9, 0, null, PdfPageNumbers.ROMAN));
        f.put("yiliao-spaced", new Layout(a6, 1, false, 11, 0.35f, null, PdfPageNumbers.PLAIN));
        f.put("wenhua-indent", new Layout(a6, 1, true, 10, 0, "城市文化季刊 2024年第#期", PdfPageNumbers.PLAIN));
        f.put("wenhua-twocol", new Layout(a4, 2, true, 10.5f, 0.2f, null, PdfPageNumbers.PAGE));
        f.put("nengyuan-block", new Layout(a5, 1, false, 10, 0, "新能源汽车产业动态", PdfPageNumbers.CHINESE));
        f.put("nengyuan-twocol", new Layout(a4, 2, true, 9, 0, "新能源汽车产业动态", PdfPageNumbers.OF_TOTAL));
        f.put("nengyuan-spaced", new Layout(a6, 1, true, 10, 0.3f, "新能源汽车产业动态", PdfPageNumbers.DASHED));
        f.put("jiaoyu-indent", new Layout(a6, 1, true, 10, 0, null, PdfPageNumbers.ROMAN));
        f.put("jiaoyu-twocol", new Layout(a5, 2, false, 8.5f, 0.1f, "职业教育发展通讯", PdfPageNumbers.CHINESE));
        return f;
    }

    private static PdfTypesetter write(String name, List<SourceParagraph> paragraphs, Layout layout, TrueTypeFont ttf)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            PdfTypesetter typesetter = new PdfTypesetter(layout, font);
            List<Integer> pages = new ArrayList<>();
            for (SourceParagraph p : paragraphs) {
                pages.add(typesetter.paragraph(p.kind(), p.text()));
            }
            typesetter.render(doc);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(paragraphs.getFirst().text());
            info.setAuthor("zhsearch 测试组");
            info.setSubject("PDF 段落重建测试样本");
            info.setKeywords(name);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
            created.clear();
            created.set(2024, Calendar.MAY, 17, 9, 30, 0);
            info.setCreationDate(created);
            doc.save(OUT.resolve(name + ".pdf").toFile());
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < paragraphs.size(); i++) {
                SourceParagraph p = paragraphs.get(i);
                String kind = p.kind().equals("TITLE") ? "HEADING" : p.kind();
                expected.append(pages.get(i))
                        .append('\t')
                        .append(kind)
                        .append('\t')
                        .append(p.text())
                        .append('\n');
            }
            Files.writeString(OUT.resolve(name + ".txt"), expected, StandardCharsets.UTF_8);
            return typesetter;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Reads the articles file: {@code === name} starts an article, {@code # } its title, {@code ## } a heading,
     * {@code * } a list item (the marker is part of the text that follows), any other non-blank line a paragraph.
     */
    static Map<String, List<SourceParagraph>> readArticles(Path source) throws IOException {
        Map<String, List<SourceParagraph>> articles = new LinkedHashMap<>();
        List<SourceParagraph> current = null;
        for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.startsWith("=== ")) {
                current = new ArrayList<>();
                articles.put(l.substring(4).strip(), current);
            } else if (l.isEmpty() || current == null) {
                continue;
            } else if (l.startsWith("## ")) {
                current.add(new SourceParagraph("HEADING", l.substring(3)));
            } else if (l.startsWith("# ")) {
                current.add(new SourceParagraph("TITLE", l.substring(2)));
            } else if (l.startsWith("* ")) {
                current.add(new SourceParagraph("LIST_ITEM", l.substring(2)));
            } else {
                current.add(new SourceParagraph("BODY", l));
            }
        }
        return articles;
    }
}
