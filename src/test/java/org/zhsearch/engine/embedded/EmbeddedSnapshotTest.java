package org.zhsearch.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.analysis.CurrentAnalysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.Facet;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.SearchSort;
import org.zhsearch.engine.EngineQuery;
import org.zhsearch.engine.EngineSnapshot;
import org.zhsearch.engine.Filters;
import org.zhsearch.engine.KeywordKind;
import org.zhsearch.query.QueryNode;

/** A snapshot keeps answering from the state it was opened on; the next one sees the writes made meanwhile. */
class EmbeddedSnapshotTest {
    @TempDir
    Path tmp;

    @Test
    void aSnapshotKeepsItsStateWhileArticlesAreWrittenAndRefreshed() {
        Analysis analysis = Analysis.builtIn();
        EngineQuery query = new EngineQuery(new QueryNode.Term("冰灯"), List.of("冰灯"), analysis);
        try (EmbeddedEngine engine = EmbeddedEngine.open(tmp.resolve("index"), new CurrentAnalysis(analysis))) {
            engine.put(article("a/1", "甲报"));
            try (EngineSnapshot before = engine.snapshot()) {
                engine.put(article("a/2", "乙报"));
                engine.delete("a/1");
                engine.refresh();

                assertThat(before.count(query, Filters.NONE)).isEqualTo(1);
                assertThat(before.search(query, Filters.NONE, Grouping.PARAGRAPH, SearchSort.RELEVANCE, 0, 10)
                                .hits())
                        .extracting(h -> h.articleId())
                        .containsExactly("a/1");
                assertThat(before.facets(query, Filters.NONE, Grouping.PARAGRAPH, Set.of(Facet.SOURCE)))
                        .containsEntry(Facet.SOURCE, List.of(new FacetValue("甲报", 1)));
                assertThat(before.keywordsStartingWith(KeywordKind.TITLE, "冰灯", 10))
                        .containsOnlyKeys("冰灯a/1");
            }
            try (EngineSnapshot after = engine.snapshot()) {
                assertThat(after.count(query, Filters.NONE)).isEqualTo(1);
                assertThat(after.facets(query, Filters.NONE, Grouping.PARAGRAPH, Set.of(Facet.SOURCE)))
                        .containsEntry(Facet.SOURCE, List.of(new FacetValue("乙报", 1)));
                assertThat(after.keywordsStartingWith(KeywordKind.TITLE, "冰灯", 10))
                        .containsOnlyKeys("冰灯a/2");
            }
        }
    }

    @Test
    void titleSuggestionsCountArticlesNotParagraphs() {
        Analysis analysis = Analysis.builtIn();
        try (EmbeddedEngine engine = EmbeddedEngine.open(tmp.resolve("index"), new CurrentAnalysis(analysis))) {
            List<Paragraph> three = List.of(
                    new Paragraph(1, null, "第一段。"), new Paragraph(2, null, "第二段。"), new Paragraph(3, null, "第三段。"));
            engine.put(new Article("a/1", "冰灯节", null, null, null, null, List.of(), three));
            engine.put(new Article("a/2", "冰灯节", null, null, null, null, List.of(), three.subList(0, 1)));
            engine.refresh();
            try (EngineSnapshot snapshot = engine.snapshot()) {
                assertThat(snapshot.keywordsStartingWith(KeywordKind.TITLE, "冰灯", 10))
                        .isEqualTo(java.util.Map.of("冰灯节", 2L));
            }
        }
    }

    private static Article article(String id, String source) {
        return new Article(
                id,
                "冰灯" + id,
                "2024-01-01",
                source,
                null,
                null,
                List.of(),
                List.of(new Paragraph(1, null, "哈尔滨的冰灯吸引了许多游客。")));
    }
}
