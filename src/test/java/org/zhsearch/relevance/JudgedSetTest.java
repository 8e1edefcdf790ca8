package org.zhsearch.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The committed judged set is well formed, and the scorer computes what TREC's definitions say. */
class JudgedSetTest {
    private static final Path SET = Path.of("src/test/resources/relevance");

    @Test
    void atLeastSixtyQueriesAThirdOfEachKindWithAHeldOutPart() {
        List<JudgedQuery> queries = JudgedQuery.load(SET.resolve("queries.tsv"));
        assertThat(queries).hasSizeGreaterThanOrEqualTo(60);
        Map<String, Long> kinds =
                queries.stream().collect(Collectors.groupingBy(JudgedQuery::kind, Collectors.counting()));
        assertThat(kinds).containsOnlyKeys("keyword", "two", "question");
        assertThat(kinds.values()).allSatisfy(n -> assertThat(n).isEqualTo(queries.size() / 3));
        for (String kind : kinds.keySet()) {
            assertThat(queries.stream()
                            .filter(q -> q.kind().equals(kind) && q.split().equals("held")))
                    .hasSizeGreaterThanOrEqualTo(5);
        }
        assertThat(queries.stream().map(JudgedQuery::id).distinct()).hasSameSizeAs(queries);
    }

    @Test
    void everyQueryIsJudgedDeeplyAndNearlyAllHaveARelevantParagraph() {
        Judgments judgments = Judgments.load(SET.resolve("judgments.tsv"));
        Set<String> ids = JudgedQuery.load(SET.resolve("queries.tsv")).stream()
                .map(JudgedQuery::id)
                .collect(Collectors.toSet());
        for (String id : ids) {
            assertThat(judgments.of(id)).as(id).hasSizeGreaterThanOrEqualTo(10);
        }
        // a few intents have no relevant paragraph in any pooled top 10 (README lists them); the rest must
        long withRelevant = ids.stream()
                .filter(id -> judgments.of(id).values().stream().anyMatch(g -> g >= 2))
                .count();
        assertThat(withRelevant).isGreaterThanOrEqualTo(ids.size() - 3);
    }

    @Test
    void ndcgAndPrecisionFollowTheirDefinitions() {
        Map<String, Integer> grades = Map.of("a", 0, "b", 3, "c", 2);
        // DCG = (2^0-1)/log2(2) + (2^3-1)/log2(3) = 7/1.58496; ideal = 7/1 + 3/log2(3)
        double expected = (7 / (Math.log(3) / Math.log(2))) / (7 + 3 / (Math.log(3) / Math.log(2)));
        assertThat(Scores.ndcgAt10(List.of("a", "b"), grades)).isCloseTo(expected, within(1e-9));
        assertThat(Scores.ndcgAt10(List.of("b", "c"), grades)).isCloseTo(1.0, within(1e-9));
        assertThat(Scores.ndcgAt10(List.of(), grades)).isZero();
        // unjudged counts as 0; P@5 counts grade >= 2 over five ranks
        assertThat(Scores.precisionAt5(List.of("x", "b", "c", "a"), grades)).isEqualTo(0.4);
    }
}
