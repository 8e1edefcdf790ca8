package org.zhsearch.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The committed judged sets are well formed, and the scorer computes what TREC's definitions say. */
class JudgedSetTest {
    private static final Path SET = RelevanceBench.DEFAULT_SET;
    private static final Path GIMP_SET = Path.of("src/test/resources/relevance-gimp");

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/relevance", "src/test/resources/relevance-gimp"})
    void everySetHasBalancedKindsEveryThirdHeldOutAndAnIntentPerQuery(String dir) {
        List<JudgedQuery> queries = JudgedQuery.load(Path.of(dir, "queries.tsv"));
        assertThat(queries).hasSizeGreaterThanOrEqualTo(36);
        Map<String, List<JudgedQuery>> byKind = queries.stream()
                .collect(Collectors.groupingBy(JudgedQuery::kind, LinkedHashMap::new, Collectors.toList()));
        assertThat(byKind).containsOnlyKeys("keyword", "two", "question");
        assertThat(byKind.values()).allSatisfy(list -> assertThat(list).hasSize(queries.size() / 3));
        for (List<JudgedQuery> ofKind : byKind.values()) {
            for (int i = 0; i < ofKind.size(); i++) {
                assertThat(ofKind.get(i).split()).as(ofKind.get(i).id()).isEqualTo(i % 3 == 2 ? "held" : "dev");
            }
        }
        assertThat(queries).allSatisfy(q -> {
            assertThat(q.query()).as(q.id()).isNotBlank();
            assertThat(q.intent()).as(q.id()).hasSizeGreaterThan(10);
        });
        assertThat(queries.stream().map(JudgedQuery::id).distinct()).hasSameSizeAs(queries);
        Set<String> ids = queries.stream().map(JudgedQuery::id).collect(Collectors.toSet());
        assertThat(Judgments.load(Path.of(dir, "judgments.tsv")).queryIds()).isSubsetOf(ids);
    }

    @Test
    void theGimpSetHasQuestionsAndQueriesWithLatinWordsAsUsersTypeThem() throws IOException {
        List<JudgedQuery> queries = JudgedQuery.load(GIMP_SET.resolve("queries.tsv"));
        assertThat(queries.stream().filter(q -> q.kind().equals("two")))
                .allSatisfy(q -> assertThat(q.query().split(" ")).as(q.id()).hasSize(2));
        assertThat(queries.stream().filter(q -> q.query().matches(".*[A-Za-z]{3}.*")))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(Files.readString(GIMP_SET.resolve("GRADING.md"))).contains("qid<TAB>paragraph<TAB>grade");
    }

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
    void blindPartsKeepEachQueryWholeInTheBlindColumnOrder() {
        List<String> unjudged = List.of(
                "# qid\tquery\tintent\tparagraph\ttitle\ttext",
                "k01\t图层\tlayers\ta.html#1\tA\tone",
                "k01\t图层\tlayers\ta.html#2\tA\ttwo",
                "k01\t图层\tlayers\tb.html#1\tB\tthree",
                "k02\t蒙版\tmasks\ta.html#3\tA\tfour",
                "k03\t羽化\tfeather\tc.html#1\tC\tfive\twith a tab",
                "k03\t羽化\tfeather\tc.html#2\tC\tsix");
        List<List<String>> parts = BlindPool.split(unjudged, 2);
        assertThat(parts.get(0))
                .containsExactly(
                        "k01\t图层\tlayers\tA\ta.html#1\tone",
                        "k01\t图层\tlayers\tA\ta.html#2\ttwo",
                        "k01\t图层\tlayers\tB\tb.html#1\tthree");
        assertThat(parts.get(1)).extracting(row -> row.split("\t")[0]).containsExactly("k02", "k03", "k03");
        assertThat(parts.get(1).get(1)).endsWith("\tc.html#1\tfive\twith a tab");
    }

    @Test
    void paragraphsPoolInArticleThenParagraphNumberOrder() {
        List<String> ids = new java.util.ArrayList<>(List.of("b.html#1", "a.html#10", "a.html#2"));
        ids.sort(RelevanceBench.PARAGRAPH_ORDER);
        assertThat(ids).containsExactly("a.html#2", "a.html#10", "b.html#1");
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
