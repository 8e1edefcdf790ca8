package org.zhsearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhsearch.api.Token;

/** The recall chain keeps one term per CJK character, and a query's recall phrase finds exactly its substrings. */
class RecallTermsTest {
    private final Analysis analysis = Analysis.builtIn();

    private List<String> terms(String text) {
        return Analysis.tokens(analysis.chars(), "chars", text).stream()
                .map(t -> t.term() + "@" + t.position())
                .toList();
    }

    @Test
    void eachCharacterStartsOneTermTheLastOfARunIsItself() {
        assertThat(terms("命令行")).containsExactly("命令@0", "令行@1", "行@2");
        assertThat(terms("中")).containsExactly("中@0");
    }

    @Test
    void runsEndAtPunctuationSpacesAndLatinWordsWhichStayWhole() {
        assertThat(terms("运行cd命令，好 的")).containsExactly("运行@0", "行@1", "cd@2", "命令@3", "令@4", "好@5", "的@6");
    }

    @Test
    void bigramsKeepTheOffsetsOfTheirTwoCharacters() {
        List<Token> tokens = Analysis.tokens(analysis.chars(), "chars", "a命令");
        assertThat(tokens.get(1)).isEqualTo(new Token("命令", 1, 3, 1));
        assertThat(tokens.get(2)).isEqualTo(new Token("令", 2, 3, 2));
    }

    @Test
    void severalCharactersLookUpTheirBigramsAlone() {
        Analysis.RecallPhrase p = analysis.recallPhrase("命令行");
        assertThat(p.units()).containsExactly(new Analysis.Unit("命令", 0), new Analysis.Unit("令行", 1));
        assertThat(p.prefix()).isNull();
        assertThat(p.isPlain()).isTrue();
        assertThat(analysis.recallPhrase("命令cd").units())
                .containsExactly(new Analysis.Unit("命令", 0), new Analysis.Unit("cd", 2));
    }

    @Test
    void aLoneCharacterAtTheEndIsOpen() {
        Analysis.RecallPhrase alone = analysis.recallPhrase("命");
        assertThat(alone.units()).isEmpty();
        assertThat(alone.prefix()).isEqualTo(new Analysis.Unit("命", 0));
        Analysis.RecallPhrase afterWord = analysis.recallPhrase("cd命");
        assertThat(afterWord.units()).containsExactly(new Analysis.Unit("cd", 0));
        assertThat(afterWord.prefix()).isEqualTo(new Analysis.Unit("命", 1));
        assertThat(afterWord.isPlain()).isFalse();
    }

    @Test
    void aLoneCharacterBeforeAWordIsItsRunsEndBeforeACharacterEitherTerm() {
        assertThat(analysis.recallPhrase("命cd").units())
                .containsExactly(new Analysis.Unit("命", 0), new Analysis.Unit("cd", 1));
        Analysis.RecallPhrase spaced = analysis.recallPhrase("命 令行");
        assertThat(spaced.units())
                .containsExactly(new Analysis.Unit("命", 0), new Analysis.Unit("命令", 0), new Analysis.Unit("令行", 1));
        assertThat(spaced.isPlain()).isFalse();
    }

    @Test
    void nothingSearchableIsEmpty() {
        assertThat(analysis.recallPhrase("，。！").isEmpty()).isTrue();
    }

    @Test
    void theClusterGetsTheSameTermsPreCut() {
        assertThat(analysis.precutRecall("運行 cd命令")).isEqualTo("运行 行 cd 命令 令");
    }
}
