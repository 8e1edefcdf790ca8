package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.FieldType;
import org.zhsearch.api.Hit;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.config.ZhsearchConfig;
import org.zhsearch.engine.DeclaredFixture;
import org.zhsearch.engine.Ranking;

/**
 * Declared text fields on the embedded engine: a query found in an article's text field ranks all its paragraphs as
 * a title match does, by the title bonus times the field's weight, and never adds or removes a hit.
 */
class TextFieldRankingTest {
    private static final String QUERY = "梅花鹿";
    private static final List<String> TEXTS = List.of("梅花鹿在山林里生活。", "冬天梅花鹿会换上厚毛。");

    @TempDir
    Path dir;

    @Test
    void anArticleWhoseTextFieldHoldsTheQueryRanksEachParagraphAboveAnOtherwiseEqualArticleByTheWeightedBonus() {
        try (ZhSearch zh = open("a", 1f)) {
            zh.put(article("a/1-plain", null, Map.of()));
            zh.put(article("a/2-summary", null, Map.of("summary", "梅花鹿")));
            zh.put(article("a/3-title", "梅花鹿", Map.of()));
            SearchResult r = search(zh, QUERY);

            assertThat(r.total()).isEqualTo(6);
            assertThat(r.hits().subList(4, 6)).extracting(Hit::articleId).containsOnly("a/1-plain");
            for (int n = 1; n <= 2; n++) {
                float plain = score(r, "a/1-plain", n);
                assertThat(score(r, "a/2-summary", n) - plain).isCloseTo(Ranking.TITLE_BONUS, within(1e-3f));
                assertThat(score(r, "a/3-title", n))
                        .as("weight 1 is exactly a title match")
                        .isCloseTo(score(r, "a/2-summary", n), within(1e-3f));
            }
        }
    }

    @Test
    void theWeightChangesTheOrderAgainstATitleMatch() {
        for (float weight : new float[] {0.1f, 10f}) {
            try (ZhSearch zh = open("w" + weight, weight)) {
                zh.put(article("w/1-title", "梅花鹿", Map.of()));
                zh.put(article("w/2-summary", null, Map.of("summary", "梅花鹿的介绍")));
                SearchResult r = search(zh, QUERY);
                String first = weight < 1 ? "w/1-title" : "w/2-summary";
                assertThat(r.hits().subList(0, 2)).extracting(Hit::articleId).containsOnly(first);
                assertThat(score(r, "w/2-summary", 1) - score(r, "w/1-title", 1))
                        .isCloseTo(Ranking.TITLE_BONUS * (weight - 1), within(1e-3f));
            }
        }
    }

    @Test
    void aTextFieldNeverMakesAHitExactOrRelated() {
        try (ZhSearch zh = open("h", 100f)) {
            zh.put(article("h/1", null, Map.of()));
            zh.put(new Article(
                    "h/2-field-only",
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(new Paragraph(1, null, "山林里的动物很多。", Paragraph.BODY)),
                    Map.of("summary", "梅花鹿 雪豹 山林")));
            assertThat(zh.search(SearchRequest.of(QUERY).withMode(SearchMode.EXACT))
                            .total())
                    .isEqualTo(2);
            SearchResult related = search(zh, "梅花鹿 雪豹");
            assertThat(related.total()).isZero();
            assertThat(related.related()).extracting(Hit::articleId).containsOnly("h/1");
        }
    }

    private ZhSearch open(String index, float weight) {
        DeclaredFields fields = new DeclaredFields(
                List.of(new DeclaredField("summary", FieldType.TEXT, EnumSet.of(DeclaredField.Use.SHOW), "摘要", weight)),
                false);
        ZhsearchConfig base = ZhsearchConfig.load(
                null,
                Map.of(),
                Map.of(ZhsearchConfig.INDEX_DIR, dir.resolve(index).toString()));
        return ZhSearch.open(DeclaredFixture.withFields(base, fields));
    }

    private static SearchResult search(ZhSearch zh, String query) {
        return zh.search(SearchRequest.of(query).withLimit(100));
    }

    private static float score(SearchResult r, String articleId, int paragraph) {
        return r.hits().stream()
                .filter(h -> h.articleId().equals(articleId) && h.paragraph() == paragraph)
                .findFirst()
                .orElseThrow()
                .score();
    }

    private static Article article(String id, String title, Map<String, Object> fields) {
        List<Paragraph> paragraphs = List.of(
                new Paragraph(1, null, TEXTS.get(0), Paragraph.BODY),
                new Paragraph(2, null, TEXTS.get(1), Paragraph.BODY));
        return new Article(id, title, null, null, null, null, List.of(), paragraphs, fields);
    }
}
