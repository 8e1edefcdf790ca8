package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;

/** {@code -beifen} excludes the paragraphs {@code beifen} finds by pinyin (备份), not only the literal letters. */
class PinyinExclusionTest {
    @TempDir
    Path tmp;

    @Test
    void anExcludedPinyinTermDropsTheParagraphsItsPositiveFormFinds() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("wenjian.txt"), """
                文件管理
                每天下班前备份文件，可以避免意外丢失。
                共享文件的权限由管理员统一设置。
                """);
        ZhSearch.build(corpus, tmp.resolve("index"), IndexOptions.defaults().withThreads(1), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(tmp.resolve("index"))) {
            assertThat(texts(zh, "beifen")).containsExactly("每天下班前备份文件，可以避免意外丢失。");
            assertThat(texts(zh, "文件 -beifen"))
                    .doesNotContain("每天下班前备份文件，可以避免意外丢失。")
                    .contains("共享文件的权限由管理员统一设置。");
            assertThat(texts(zh, "文件 -bf")).doesNotContain("每天下班前备份文件，可以避免意外丢失。");
        }
    }

    private static List<String> texts(ZhSearch zh, String q) {
        return zh.search(SearchRequest.of(q).withMode(SearchMode.EXACT)).hits().stream()
                .map(Hit::text)
                .toList();
    }
}
