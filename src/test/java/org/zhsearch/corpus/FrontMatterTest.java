package org.zhsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.FieldType;
import org.zhsearch.api.SkippedFile;

/** Front matter of Markdown and {@code .txt} files, and field values checked in a build. */
class FrontMatterTest {
    private static final DeclaredFields FIELDS = new DeclaredFields(
            List.of(
                    new DeclaredField("author", FieldType.KEYWORD, Set.of(), null, 1),
                    new DeclaredField("tags", FieldType.KEYWORDS, Set.of(), null, 1),
                    new DeclaredField("priority", FieldType.NUMBER, Set.of(), null, 1)),
            false);

    @TempDir
    Path root;

    private List<SkippedFile> read(String name, String text, List<Article> out) throws IOException {
        Files.writeString(root.resolve(name), text);
        CorpusReader reader = new CorpusReader(root, CorpusReader.DEFAULT_MAX_FILE_BYTES, false, FIELDS);
        return reader.read(reader.list(s -> {}).getFirst(), out::add);
    }

    @Test
    void markdownFrontMatterGivesFieldsAndMetadata() throws IOException {
        List<Article> out = new ArrayList<>();
        List<SkippedFile> problems = read("a.md", """
                ---
                title: "乡村振兴的新路子"
                date: 2024-05-01
                author: 张三
                tags: [政策, "乡村"]
                priority: 3
                ---
                # 第一节

                正文第一段。
                """, out);
        assertThat(problems).isEmpty();
        Article a = out.getFirst();
        assertThat(a.title()).isEqualTo("乡村振兴的新路子");
        assertThat(a.date()).isEqualTo("2024-05-01");
        assertThat(a.fields()).isEqualTo(Map.of("author", "张三", "tags", List.of("政策", "乡村"), "priority", 3L));
        assertThat(a.paragraphs())
                .extracting(p -> p.text())
                .doesNotContain("author: 张三")
                .contains("正文第一段。");
    }

    @Test
    void txtHeaderIsTheSameBlockAndBadValuesAreKeptWithTheirLine() throws IOException {
        List<Article> out = new ArrayList<>();
        List<SkippedFile> problems = read("b.txt", "---\nauthor: 李四\npriority: 高\ncolor: 红\n---\n正文一段。\n正文二段。\n", out);
        assertThat(out.getFirst().fields()).isEqualTo(Map.of("author", "李四"));
        assertThat(out.getFirst().paragraphs()).hasSize(2);
        assertThat(problems)
                .containsExactlyInAnyOrder(
                        SkippedFile.kept("b.txt:3", "kept without field priority: '高' is not a number"),
                        SkippedFile.kept(
                                "b.txt:4",
                                "kept without undeclared field color: declare it (fields.<name>.type) or set"
                                        + " fields.undeclared = store"));
    }

    @Test
    void anUnclosedOrOddBlockIsText() throws IOException {
        List<Article> out = new ArrayList<>();
        read("c.txt", "---\n这不是元数据\n---\n正文。\n", out);
        assertThat(out.getFirst().fields()).isEmpty();
        assertThat(out.getFirst().paragraphs()).extracting(p -> p.text()).contains("这不是元数据");
    }
}
