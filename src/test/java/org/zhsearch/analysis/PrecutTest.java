package org.zhsearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

class PrecutTest {
    /** The cluster's pinyin analyzer: whitespace, the gap stop word, then {@code pattern_capture}. */
    private static Analyzer pinyinAnalyzerAsOpenSearchBuildsIt() {
        java.util.regex.Pattern[] captures = Precut.PINYIN_CAPTURES.stream()
                .map(java.util.regex.Pattern::compile)
                .toArray(java.util.regex.Pattern[]::new);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var source = new org.apache.lucene.analysis.core.WhitespaceTokenizer();
                TokenStream noGaps = new org.apache.lucene.analysis.StopFilter(
                        source, new org.apache.lucene.analysis.CharArraySet(List.of(Precut.GAP), false));
                return new TokenStreamComponents(
                        source,
                        new org.apache.lucene.analysis.pattern.PatternCaptureGroupTokenFilter(noGaps, false, captures));
            }
        };
    }

    /** Position → the distinct terms there. */
    private static Map<Integer, TreeSet<String>> stacks(Analyzer analyzer, String text) {
        Map<Integer, TreeSet<String>> out = new TreeMap<>();
        for (org.zhsearch.api.Token t : Analysis.tokens(analyzer, "pinyin", text)) {
            out.computeIfAbsent(t.position(), p -> new TreeSet<>()).add(t.term());
        }
        return out;
    }

    @Test
    void pinyinTermsStackEveryReadingAndInitialAtTheirPosition() throws IOException {
        Map<Integer, TreeSet<String>> stacks =
                stacks(Precut.pinyinAnalyzer(), "bei fen " + Precut.GAP + " xing|hang a zhong|chong");
        assertThat(stacks).containsOnlyKeys(0, 1, 3, 4, 5);
        assertThat(stacks.get(0)).containsExactly("b", "bei");
        assertThat(stacks.get(3)).containsExactly("h", "hang", "x", "xing");
        assertThat(stacks.get(4)).containsExactly("a");
        assertThat(stacks.get(5)).containsExactly("c", "chong", "z", "zhong");
    }

    @Test
    void theOnePassCutIsTheJoinOfTheReadingsAndWordsAtTheirPositions() {
        Analysis analysis = Analysis.builtIn();
        for (String text :
                List.of("银行的重庆分行在命令行里重命名了文件，行不行？", "主题教育走深走实 Python 3.12 和 G20 峰会", "，。", "嗯", "在 乡村 振兴 中，的 了 得")) {
            List<org.zhsearch.api.Token> tokens = analysis.tokens(text);
            List<Analysis.Unit> pinyin = new ArrayList<>();
            for (org.zhsearch.pinyin.PinyinText.Reading r :
                    org.zhsearch.pinyin.PinyinText.of(tokens, analysis.pinyin())) {
                if (!r.syllables().isEmpty()) {
                    pinyin.add(new Analysis.Unit(String.join("|", r.syllables()), r.position()));
                }
            }
            List<Analysis.Unit> words = tokens.stream()
                    .map(t -> new Analysis.Unit(t.term(), t.position()))
                    .toList();
            assertThat(analysis.precut(text))
                    .as(text)
                    .isEqualTo(new Analysis.PrecutText(Precut.join(words, 0), Precut.join(pinyin, 0)));
        }
    }

    @Test
    void theFilterMakesTheTermsOpenSearchsPatternCaptureMakes() throws IOException {
        Analysis analysis = Analysis.builtIn();
        List<String> texts =
                new ArrayList<>(List.of("银行的重庆分行在命令行里重命名了文件，行不行？", "阿姨说：嗯，好的。", "主题教育走深走实 Python 3.12 和 G20 峰会"));
        for (String text : texts) {
            String pinyin = analysis.precut(text).pinyin();
            assertThat(stacks(Precut.pinyinAnalyzer(), pinyin))
                    .as(pinyin)
                    .isEqualTo(stacks(pinyinAnalyzerAsOpenSearchBuildsIt(), pinyin));
        }
    }
}
