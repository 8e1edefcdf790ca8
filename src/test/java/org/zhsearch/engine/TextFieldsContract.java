package org.zhsearch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.FieldType;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.config.ZhsearchConfig;

/**
 * The declared-text-field part of {@link DeclaredFieldsContract}: a query term whose words are all in an article's
 * declared text field ranks its paragraphs as a title match does, by the title bonus times the field's weight — in
 * exact and related results — and never makes a paragraph a hit.
 */
final class TextFieldsContract {
    static final String QUERY = "梅花鹿";
    /** Two words no paragraph holds both of: no exact hit, related results only. */
    static final String RELATED_QUERY = "梅花鹿 雪豹";

    private TextFieldsContract() {}

    /** Runs every check on the index {@code config} opens, rebuilt from a corpus written under {@code dir}. */
    static void run(Function<DeclaredFields, ZhsearchConfig> config, Path dir) throws IOException {
        Path corpus = TestCorpus.write(dir);
        assertThat(order(config, corpus, 10f, 0.1f, QUERY))
                .as("the heavier field first, then the lighter, then the plain article (first by id)")
                .containsExactly("t/b-summary", "t/c-notes", "t/a-plain");
        assertThat(order(config, corpus, 0.1f, 10f, QUERY))
                .as("the weights swapped swap the order")
                .containsExactly("t/c-notes", "t/b-summary", "t/a-plain");
        assertThat(order(config, corpus, 10f, 0.1f, RELATED_QUERY))
                .as("related results are ranked as a title match ranks them")
                .containsExactly("t/b-summary", "t/c-notes", "t/a-plain");
        assertThat(order(config, corpus, 0.1f, 10f, RELATED_QUERY))
                .containsExactly("t/c-notes", "t/b-summary", "t/a-plain");
    }

    /**
     * The articles of the hits of {@code query} (exact hits, or related ones when there is none), on an index
     * rebuilt with the summary and notes text fields weighted so; checks the article holding the query only in its
     * fields is never a hit.
     */
    private static List<String> order(
            Function<DeclaredFields, ZhsearchConfig> config, Path corpus, float summary, float notes, String query) {
        DeclaredFields fields = new DeclaredFields(List.of(text("summary", summary), text("notes", notes)), false);
        ZhsearchConfig cfg = config.apply(fields);
        ZhSearch.build(cfg, corpus, IndexOptions.defaults().withForce(true), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(cfg)) {
            zh.put(article("t/a-plain", "梅花鹿在山林里生活。", Map.of()));
            zh.put(article("t/b-summary", "梅花鹿在山林里生活。", Map.of("summary", QUERY)));
            zh.put(article("t/c-notes", "梅花鹿在山林里生活。", Map.of("notes", QUERY)));
            zh.put(article("t/d-fields-only", "山林里的动物很多。", Map.of("summary", QUERY, "notes", QUERY)));
            SearchResult r = zh.search(SearchRequest.of(query).withLimit(100));
            List<Hit> hits = r.total() > 0 ? r.hits() : r.related();
            assertThat(r.total()).isEqualTo(query.equals(QUERY) ? 3 : 0);
            assertThat(r.related()).extracting(Hit::articleId).doesNotContain("t/d-fields-only");
            return hits.stream().map(Hit::articleId).toList();
        }
    }

    private static DeclaredField text(String name, float weight) {
        return new DeclaredField(name, FieldType.TEXT, EnumSet.of(DeclaredField.Use.SHOW), name, weight);
    }

    private static Article article(String id, String text, Map<String, Object> fields) {
        return new Article(
                id,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(new Paragraph(1, null, text, Paragraph.BODY)),
                fields);
    }
}
