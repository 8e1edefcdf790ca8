package org.zhsearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.api.AnalysisConfig;
import org.zhsearch.api.Token;

/**
 * A build normalises each paragraph once and runs the chains without their char filters
 * ({@link Analysis.IndexChains}); a query runs the whole chains on what the user typed. Both must give the same terms
 * at the same positions, or a paragraph would not be found by its own text.
 */
class IndexChainsTest {
    /** Full-width and compatibility forms, traditional characters, case, expansions, punctuation, code. */
    private static final List<String> TEXTS = List.of(
            "銀行的重慶分行在命令行裡重命名了文件，行不行？",
            "ＡＢＣ公司（股份）於２０２４年成立：㍿、㈱、℡ 與 Ⅻ。",
            "網約車司機說：「軟體套件已經安裝好了。」",
            "Straße ﬁle ＭＩＸＥＤ Case 與 ｶﾀｶﾅ、ひらがな和한국어",
            "apt-get install -y foo=1.2.3; echo \"$HOME\" | grep -v '#' > /tmp/x.log",
            "主题教育走深走实 Python 3.12 和 G20 峰会，𠮷野家与𪚥字",
            "，。",
            "");

    @TempDir
    Path tmp;

    @Test
    void theBuiltInChainsGiveTheSameTermsFromNormalisedText() {
        sameTerms(Analysis.builtIn());
    }

    @Test
    void withAUserDictionaryAndWithoutFoldingTheyStillDo() throws IOException {
        Path dict = Files.writeString(tmp.resolve("userdict.txt"), "网约车\n軟體套件\n重庆分行\n");
        sameTerms(Analysis.load(new AnalysisConfig(dict, null, null, true)));
        sameTerms(Analysis.load(new AnalysisConfig(dict, null, null, false)));
    }

    private static void sameTerms(Analysis analysis) {
        for (String text : TEXTS) {
            String normalized = analysis.normalize(text);
            assertThat(analysis.precut(text).normalized()).isEqualTo(normalized);
            assertThat(termsAt(Analysis.tokens(analysis.chars(), "chars", text)))
                    .as("recall terms of %s", text)
                    .isEqualTo(termsAt(Analysis.tokens(analysis.indexChars(), "chars", normalized)));
            assertThat(analysis.precutRecall(text))
                    .as("OpenSearch's recall terms of %s", text)
                    .isEqualTo(RecallTerms.precut(analysis.chars(), text));
            assertThat(analysis.precut(text).words())
                    .as("words of %s", text)
                    .isEqualTo(Precut.join(unitsOf(analysis.tokens(text)), 0));
        }
    }

    private static List<Analysis.Unit> unitsOf(List<Token> tokens) {
        return tokens.stream()
                .map(t -> new Analysis.Unit(t.term(), t.position()))
                .toList();
    }

    private static List<String> termsAt(List<Token> tokens) {
        return tokens.stream().map(t -> t.position() + ":" + t.term()).toList();
    }
}
