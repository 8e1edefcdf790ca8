package org.zhsearch.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;

/**
 * Articles that touch every field and every branch of the schema's translations (absent metadata, a date without a
 * time, a source too long to be a keyword, headings, inferred and stored roles, paragraphs with and without a source
 * page), and golden-file comparison: the
 * engines' translations of the schema must not change by accident (an OpenSearch mapping change needs a migration).
 */
public final class SchemaSamples {
    /** Set to rewrite the golden files from the current code instead of comparing ({@code -Dgolden.write=true}). */
    private static final boolean WRITE = Boolean.getBoolean("golden.write");

    private static final Path GOLDEN = Path.of("src/test/resources/org/zhsearch/schema");

    private SchemaSamples() {}

    public static List<Article> articles() {
        List<Paragraph> full = List.of(
                new Paragraph(1, "乡村振兴", "乡村振兴", Paragraph.HEADING, 3),
                new Paragraph(2, "乡村振兴", "石桥村的蓝莓迎来丰收，合作社的种植面积扩大到三百亩。", Paragraph.BODY, 4),
                new Paragraph(3, "乡村振兴", "一、扩大种植", Paragraph.LIST_ITEM),
                new Paragraph(4, null, "Beidou 北斗 navigation ＡＢＣ 學習", Paragraph.TABLE_ROW),
                new Paragraph(5, "乡村振兴", "乡村振兴", Paragraph.BODY));
        Article complete = new Article(
                "news/2024/xiangcun.txt",
                "初夏时节，石桥村的蓝莓迎来丰收",
                "2024-06-18T06:05:32",
                "sp20240618",
                "人民日报",
                "04",
                List.of("张三", "李四"),
                full);
        Article bare = new Article(
                "notes/bare.txt",
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(new Paragraph(1, null, "只有正文的文章", Paragraph.BODY)));
        Article dayOnly = new Article(
                "notes/day.txt",
                "标题",
                "2023-01-02",
                "来".repeat(1001),
                "报".repeat(1001),
                null,
                List.of("王五"),
                List.of(
                        new Paragraph(1, "节", "节", Paragraph.CAPTION),
                        new Paragraph(2, "节", "代码 x = 1", Paragraph.CODE)));
        Article badDate = new Article(
                "notes/bad-date.txt",
                "题",
                "2024-13-45",
                "s",
                "p",
                "1",
                List.of(),
                List.of(new Paragraph(1, null, "日期不对的文章", Paragraph.BODY)));
        return List.of(complete, bare, dayOnly, badDate);
    }

    /** Writes the golden file {@code name} when {@code golden.write} is set. */
    public static void writeGolden(String name, String actual) throws IOException {
        if (WRITE) {
            Files.writeString(GOLDEN.resolve(name), actual);
        }
    }

    public static String readGolden(String name) throws IOException {
        return Files.readString(GOLDEN.resolve(name));
    }

    /** Compares {@code actual} with the golden file {@code name} (or writes it when {@code golden.write} is set). */
    public static void assertGolden(String name, String actual) throws IOException {
        writeGolden(name, actual);
        org.assertj.core.api.Assertions.assertThat(actual).as(name).isEqualTo(readGolden(name));
    }
}
