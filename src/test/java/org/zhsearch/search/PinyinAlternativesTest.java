package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhsearch.pinyin.PinyinReader;
import org.zhsearch.query.QueryNode;
import org.zhsearch.query.QueryParser;
import org.zhsearch.vocabulary.PinyinWords;
import org.zhsearch.vocabulary.Vocabulary;

class PinyinAlternativesTest {
    private static final Set<String> WORDS_OF_THE_INDEX = Set.of("python", "cd", "man");
    /** The Chinese words of the index, with the paragraphs holding each. */
    private static final PinyinWords CHINESE = Vocabulary.of(Map.ofEntries(
                    Map.entry("备份", 50L),
                    Map.entry("北风", 3L),
                    Map.entry("长度", 20L),
                    Map.entry("测定", 5L),
                    Map.entry("满", 40L),
                    Map.entry("猫爱你", 1L),
                    Map.entry("文件", 60L),
                    Map.entry("部分", 30L),
                    Map.entry("主题", 9L),
                    Map.entry("教育", 9L),
                    Map.entry("乡村振兴", 4L),
                    Map.entry("人工智能", 4L),
                    Map.entry("蓝莓", 2L),
                    Map.entry("合作社", 3L),
                    Map.entry("产业", 8L)))
            .pinyin(new PinyinReader());

    /** The index holds exactly the words above (as Latin words). */
    private static boolean absent(QueryNode literal) {
        return !(literal instanceof QueryNode.Term t
                && WORDS_OF_THE_INDEX.contains(t.text().toLowerCase()));
    }

    private static List<QueryNode.Pinyin> pinyinOf(String query) {
        List<QueryNode.Pinyin> out = new ArrayList<>();
        collect(add(query), out);
        return out;
    }

    private static QueryNode add(String query) {
        return PinyinAlternatives.add(QueryParser.parse(query), PinyinAlternativesTest::absent, () -> CHINESE);
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
                .satisfies(p -> assertThat(p.runs()).containsExactly(List.of("备份")));
        assertThat(pinyinOf("bei fen"))
                .singleElement()
                .satisfies(p -> assertThat(p.typed()).isEqualTo("bei fen"));
        assertThat(pinyinOf("beif")) // a begun syllable: every word it may begin, most frequent first
                .singleElement()
                .satisfies(p -> assertThat(p.runs()).containsExactly(List.of("备份"), List.of("北风")));
        assertThat(pinyinOf("beifenwenjian")) // no single word: a run of two
                .singleElement()
                .satisfies(p -> assertThat(p.runs()).containsExactly(List.of("备份", "文件")));
        assertThat(pinyinOf("zhongguo")).isEmpty(); // no word of the index reads so
    }

    @Test
    void aWordOfTheIndexGetsOnlyShortInitialsBesideIt() {
        assertThat(pinyinOf("cd"))
                .singleElement()
                .satisfies(p -> assertThat(p.runs()).containsExactly(List.of("长度"), List.of("测定")));
        assertThat(pinyinOf("python")).isEmpty();
        assertThat(pinyinOf("man")) // as initials only: not 满
                .singleElement()
                .satisfies(p -> assertThat(p.runs()).containsExactly(List.of("猫爱你")));
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
        QueryNode tree = add("cd");
        assertThat(PinyinAlternatives.spelledLiterally(tree, "输入 cd 命令")).isTrue();
        assertThat(PinyinAlternatives.spelledLiterally(tree, "文件长度 abcd")).isFalse();
    }

    @Test
    void anExcludedLatinTermIsReadAsPinyinLikeItsPositiveForm() {
        QueryNode tree = add("文件 -beifen");
        assertThat(tree)
                .isInstanceOfSatisfying(
                        QueryNode.And.class,
                        and -> assertThat(and.excluded())
                                .singleElement()
                                .isEqualTo(new QueryNode.Or(List.of(
                                        new QueryNode.Term("beifen"),
                                        new QueryNode.Pinyin("beifen", List.of(List.of("备份")))))));
    }
}
