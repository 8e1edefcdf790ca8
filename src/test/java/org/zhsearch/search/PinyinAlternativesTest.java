package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhsearch.query.QueryNode;
import org.zhsearch.query.QueryParser;

class PinyinAlternativesTest {
    private static final Set<String> WORDS_OF_THE_INDEX = Set.of("python", "cd", "man");

    /** The index holds exactly the words above (as Latin words). */
    private static boolean absent(QueryNode literal) {
        return !(literal instanceof QueryNode.Term t
                && WORDS_OF_THE_INDEX.contains(t.text().toLowerCase()));
    }

    private static List<QueryNode.Pinyin> pinyinOf(String query) {
        List<QueryNode.Pinyin> out = new ArrayList<>();
        collect(PinyinAlternatives.add(QueryParser.parse(query), PinyinAlternativesTest::absent), out);
        return out;
    }

    private static void collect(QueryNode node, List<QueryNode.Pinyin> out) {
        switch (node) {
            case QueryNode.Pinyin p -> out.add(p);
            case QueryNode.And and -> and.clauses().forEach(c -> collect(c, out));
            case QueryNode.Or or -> or.clauses().forEach(c -> collect(c, out));
            default -> {}
        }
    }

    @Test
    void lettersThatAreNoWordReadEveryWay() {
        assertThat(pinyinOf("beifen"))
                .singleElement()
                .satisfies(p -> assertThat(p.sequences()).containsExactly(List.of("bei", "fen")));
        assertThat(pinyinOf("bei fen"))
                .singleElement()
                .satisfies(p -> assertThat(p.typed()).isEqualTo("bei fen"));
    }

    @Test
    void aWordOfTheIndexGetsOnlyShortInitialsBesideIt() {
        assertThat(pinyinOf("cd"))
                .singleElement()
                .satisfies(p -> assertThat(p.sequences()).containsExactly(List.of("c", "d")));
        assertThat(pinyinOf("python")).isEmpty();
        assertThat(pinyinOf("man"))
                .singleElement()
                .satisfies(p -> assertThat(p.sequences()).containsExactly(List.of("m", "a", "n")));
    }

    @Test
    void quotedPhrasesAndChineseStayExact() {
        assertThat(pinyinOf("\"beifen\"")).isEmpty();
        assertThat(pinyinOf("备份")).isEmpty();
        assertThat(pinyinOf("备份 -ztjy")).isEmpty();
    }

    @Test
    void aMixedQueryReadsAtMostItsFirstEightLatinTerms() {
        String query = "备份 "
                + String.join(
                        " ", List.of("bf", "ztjy", "xczx", "rgzn", "lanm", "beif", "hzs", "cy", "zhuti", "jiaoyu"));
        assertThat(pinyinOf(query))
                .hasSize(PinyinAlternatives.MAX_TERMS)
                .extracting(QueryNode.Pinyin::typed)
                .doesNotContain("zhuti", "jiaoyu");
    }

    @Test
    void aHitSpellsTheLettersLiterallyOnlyWithEveryWordWhole() {
        QueryNode tree = PinyinAlternatives.add(QueryParser.parse("cd"), PinyinAlternativesTest::absent);
        assertThat(PinyinAlternatives.spelledLiterally(tree, "输入 cd 命令")).isTrue();
        assertThat(PinyinAlternatives.spelledLiterally(tree, "文件长度 abcd")).isFalse();
    }

    @Test
    void anExcludedLatinTermIsReadAsPinyinLikeItsPositiveForm() {
        QueryNode tree = PinyinAlternatives.add(QueryParser.parse("文件 -beifen"), PinyinAlternativesTest::absent);
        assertThat(tree)
                .isInstanceOfSatisfying(
                        QueryNode.And.class,
                        and -> assertThat(and.excluded())
                                .singleElement()
                                .isEqualTo(new QueryNode.Or(List.of(
                                        new QueryNode.Term("beifen"),
                                        new QueryNode.Pinyin("beifen", List.of(List.of("bei", "fen")))))));
    }
}
