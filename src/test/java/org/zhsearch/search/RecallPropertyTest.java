package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.bench.RecallCheck;

/**
 * The core promise as a property: for many random CJK spans of the fixture corpora, the result set is exactly
 * the set of paragraphs whose normalised text contains the span, and {@code total} is exact.
 */
class RecallPropertyTest {
    @TempDir
    Path tmp;

    @Test
    void randomSpansFindExactlyTheParagraphsThatContainThem() throws Exception {
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        Path mixed = Path.of("src/test/resources/corpus/mixed");
        // the mixed fixture corpus is part of the property: a run from another working directory must fail, not
        // silently test less
        assertThat(mixed).as("run from the project root").isDirectory();
        TestCorpus.copyTree(mixed, corpus.resolve("mixed"));
        ZhSearch.build(corpus, tmp.resolve("index"), IndexOptions.defaults(), ProgressListener.NONE);
        List<Article> articles = RecallCheck.articles(corpus);
        try (ZhSearch zh = ZhSearch.open(tmp.resolve("index"))) {
            List<RecallCheck.Row> rows = RecallCheck.run(zh, articles, 1, 6, 60, 20261126L);
            for (RecallCheck.Row row : rows) {
                assertThat(row.queries()).as("spans of length %d", row.length()).isGreaterThan(20);
                assertThat(row.found()).as("recall, length %d", row.length()).isEqualTo(row.expected());
                assertThat(row.returned())
                        .as("precision, length %d", row.length())
                        .isEqualTo(row.expected());
                assertThat(row.exactTotals())
                        .as("exact totals, length %d", row.length())
                        .isEqualTo(row.queries());
            }
        }
    }
}
