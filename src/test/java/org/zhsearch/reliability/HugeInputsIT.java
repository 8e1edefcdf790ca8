package org.zhsearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;

/**
 * Inputs that would exhaust memory if slurped into one document: a file with a million short paragraphs, a multi-MB
 * single line, deeply nested HTML. The build completes (the test JVM has -Xmx1g), every other file is indexed, and
 * the content is searchable.
 */
class HugeInputsIT {
    @TempDir
    Path tmp;

    @Test
    void aMillionParagraphFileAndAHugeSingleLineAreIndexedWithBoundedMemory() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        StringBuilder many = new StringBuilder(4_000_000);
        for (int i = 0; i < 1_000_000; i++) {
            many.append(i % 1000 == 0 ? "千里之行" : "行").append('\n');
        }
        Files.writeString(corpus.resolve("million.txt"), many);
        StringBuilder line = new StringBuilder(3_000_000);
        while (line.length() < 3_000_000) {
            line.append("江河湖海连成一片，");
        }
        line.append("尾声里的独特标记。");
        Files.writeString(corpus.resolve("one-line.txt"), line);
        Files.writeString(
                corpus.resolve("nested.html"),
                "<html><body>" + "<div>".repeat(20_000) + "<p>层层嵌套的段落。</p>" + "</div>".repeat(20_000)
                        + "<p>未闭合的段落<b>粗体",
                StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("normal.txt"), "一篇普通的文章，提到了洞庭湖。\n");

        IndexReport report =
                ZhSearch.build(corpus, tmp.resolve("index"), IndexOptions.defaults(), ProgressListener.NONE);
        assertThat(report.skipped()).isEmpty();
        assertThat(report.articles()).isEqualTo(4);
        try (ZhSearch zh = ZhSearch.open(tmp.resolve("index"))) {
            assertThat(zh.search(SearchRequest.of("千里之行")).total()).isEqualTo(1000);
            assertThat(zh.search(SearchRequest.of("独特标记")).total()).isEqualTo(1);
            assertThat(zh.search(SearchRequest.of("层层嵌套")).total()).isEqualTo(1);
            assertThat(zh.search(SearchRequest.of("洞庭湖")).total()).isEqualTo(1);
            assertThat(zh.article("million.txt").orElseThrow().paragraphs()).hasSize(1_000_000);
        }
    }
}
