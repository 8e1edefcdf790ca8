package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;

/**
 * Throws generated queries — syntax characters, quotes, operators, CJK, Latin, surrogates, control characters —
 * at the search path. Every query must either return a well-formed result or fail with {@link
 * InvalidQueryException}; anything else (a Lucene exception, a runtime error) fails the test.
 */
class QueryFuzzTest {
    private static final String[] PIECES = {
        "主题",
        "教育",
        "乡村振兴",
        "芯",
        "𠀾",
        "Ｇ２０",
        "python",
        "AND",
        "OR",
        "NOT",
        "-",
        "+",
        "\"",
        "“",
        "”",
        "(",
        ")",
        "（",
        "）",
        "*",
        "?",
        ":",
        "\\",
        "/",
        "^",
        "~",
        "[",
        "]",
        "{",
        "}",
        "&&",
        "||",
        "!",
        "，",
        "。",
        " ",
        " ",
        "\u3000",
        "\t",
        "\u0000",
        "\uD800",
        "\uDFFF",
        "é",
        "ﬁ",
        "\u200B",
        "'",
        "<script>",
        "%",
        "a",
        "1",
        "0x1F",
        "--",
    };

    @TempDir
    static Path tmp;

    static ZhSearch zh;

    @BeforeAll
    static void open() throws Exception {
        ZhSearch.build(
                TestCorpus.write(tmp.resolve("corpus")),
                tmp.resolve("index"),
                IndexOptions.defaults(),
                ProgressListener.NONE);
        zh = ZhSearch.open(tmp.resolve("index"));
    }

    @AfterAll
    static void close() {
        zh.close();
    }

    @Test
    void generatedQueriesNeverFailUnexpectedly() {
        Random random = new Random(20261126L);
        int ok = 0;
        int invalid = 0;
        int forgiven = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder q = new StringBuilder();
            int parts = 1 + random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                q.append(PIECES[random.nextInt(PIECES.length)]);
            }
            boolean strict = i % 2 == 0;
            SearchRequest request = SearchRequest.of(q.toString())
                    .withGroup(random.nextBoolean() ? Grouping.PARAGRAPH : Grouping.ARTICLE)
                    .withStrictSyntax(strict);
            try {
                SearchResult r = zh.search(request);
                assertThat(r.total()).isGreaterThanOrEqualTo(r.hits().size());
                assertThat(r.notice() == null || !strict)
                        .as("a notice only when forgiving")
                        .isTrue();
                ok++;
                forgiven += r.notice() == null ? 0 : 1;
            } catch (InvalidQueryException expected) {
                assertThat(expected.getMessage()).isNotBlank().doesNotContain("org.apache");
                invalid++;
            } catch (RuntimeException unexpected) {
                fail("query <" + q + "> failed with " + unexpected, unexpected);
            }
        }
        // both outcomes must actually occur, or the generator is not exercising the parser
        assertThat(ok).isGreaterThan(500);
        assertThat(invalid).isGreaterThan(500);
        assertThat(forgiven).isGreaterThan(500);
    }
}
