package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.query.QueryParser;

/** Which words a relaxed query keeps (built-in dictionaries: no user words). */
class RelaxationTest {
    /** An index holding every joined form (a form no paragraph holds is never joined). */
    private static final ToLongFunction<String> EVERY_FORM = w -> 1;

    private static final Analysis BUILT_IN = Analysis.builtIn();

    private static List<String> words(String term, ToLongFunction<String> frequency) {
        return Relaxation.contentWords(term, BUILT_IN, frequency);
    }

    @Test
    void questionWordsAreDroppedAndCutOffCharactersStayWithTheirCompound() {
        assertThat(words("如何安装软件包", EVERY_FORM)).containsExactly("安装", "软件包");
        assertThat(words("中文输入法", EVERY_FORM)).containsExactly("中文", "输入法");
        assertThat(words("什么是虚拟包", EVERY_FORM)).doesNotContain("什么", "是", "什么是").contains("虚拟包");
    }

    @Test
    void theWordsAreShownAsTypedNotNormalised() {
        List<String> words = words("如何安裝軟體套件", EVERY_FORM);
        assertThat(words).isNotEmpty().doesNotContain("软体", "安装");
        assertThat(String.join("", words)).isEqualTo("安裝軟體套件");
        assertThat(Relaxation.of(QueryParser.parse("如何安裝軟體套件"), BUILT_IN, EVERY_FORM)
                        .orElseThrow()
                        .words())
                .isEqualTo(words);
    }

    @Test
    void aCharacterBetweenTwoWordsJoinsTheSideMoreFrequentInTheIndex() {
        ToLongFunction<String> index = w -> Map.of("已安装", 40L, "查看已", 0L).getOrDefault(w, 0L);
        assertThat(words("查看已安装的软件包", index)).containsExactly("查看", "已安装", "软件包");
    }

    @Test
    void aJoinedWordThatNoParagraphHoldsIsSplitBack() {
        ToLongFunction<String> index =
                w -> Map.of("照片", 30L, "调", 200L, "亮", 90L).getOrDefault(w, 0L);
        List<String> words = words("怎样把照片调亮", index);
        assertThat(words).contains("照片").noneMatch(w -> w.length() > 2);
        assertThat(String.join("", words)).isEqualTo("照片调亮");
    }

    @Test
    void aQueryThatIsAlreadyOneWordOrUsesOrAndNotIsNotRelaxed() {
        assertThat(Relaxation.of(QueryParser.parse("软件源"), BUILT_IN, EVERY_FORM))
                .isEmpty();
        assertThat(Relaxation.of(QueryParser.parse("安装 OR 删除"), BUILT_IN, EVERY_FORM))
                .isEmpty();
        assertThat(Relaxation.of(QueryParser.parse("如何安装 -升级"), BUILT_IN, EVERY_FORM))
                .isEmpty();
        assertThat(Relaxation.of(QueryParser.parse("如何安装软件包"), BUILT_IN, EVERY_FORM))
                .hasValueSatisfying(r -> assertThat(r.words()).containsExactly("安装", "软件包"));
    }
}
