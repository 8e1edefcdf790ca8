package org.zhsearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * The filter keeps, of {@code cjkBigram(outputUnigrams=true)}'s stacked output, every token except a unigram with a
 * bigram stacked on it, and gives each kept bigram its unigram's position and a length of one. Checked against that
 * rule applied to the stacked token list itself, on random text of ideographs (some outside the BMP), kana, Latin,
 * digits, spaces and punctuation.
 */
class OneGramPerCharFilterTest {
    private static final String ALPHABET = "中国银行重庆分行命令文件的了是𠮷𪚥ひらカナ한국 ab1 2x，。、 ！?-";

    private record Tok(String term, int position, int start, int end, String type, int length) {}

    @Test
    void keepsOneTermPerCharacterAsTheStackedBigramsSay() {
        Random random = new Random(20261207);
        int[] alphabet = ALPHABET.codePoints().toArray();
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(24);
            for (int j = 0; j < n; j++) {
                text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            assertThat(tokens(chain(true), s)).as("%s", s).isEqualTo(expected(tokens(chain(false), s)));
        }
    }

    @Test
    void aRunEndsWithItsLastCharacterAndALoneCharacterIsItself() {
        List<Tok> out = tokens(chain(true), "银行 行 ab 重庆");
        assertThat(out.stream().map(t -> t.position() + ":" + t.term() + ":" + t.start() + "-" + t.end()))
                .containsExactly("0:银行:0-2", "1:行:1-2", "2:行:3-4", "3:ab:5-7", "4:重庆:8-10", "5:庆:9-10");
        assertThat(out).allSatisfy(t -> assertThat(t.length()).isEqualTo(1));
    }

    /** The rule, applied to the stacked list: drop each unigram a bigram is stacked on (the next token, increment 0). */
    private static List<Tok> expected(List<Tok> stacked) {
        List<Tok> kept = new ArrayList<>();
        for (int i = 0; i < stacked.size(); i++) {
            Tok t = stacked.get(i);
            Tok next = i + 1 < stacked.size() ? stacked.get(i + 1) : null;
            boolean covered = t.type().equals(CJKBigramFilter.SINGLE_TYPE)
                    && next != null
                    && next.type().equals(CJKBigramFilter.DOUBLE_TYPE)
                    && next.position() == t.position();
            if (!covered) {
                kept.add(new Tok(t.term(), t.position(), t.start(), t.end(), t.type(), 1));
            }
        }
        // positions renumbered densely, as the filter's increments make them
        List<Tok> dense = new ArrayList<>();
        int position = -1;
        int last = Integer.MIN_VALUE;
        for (Tok t : kept) {
            if (t.position() != last) {
                position++;
                last = t.position();
            }
            dense.add(new Tok(t.term(), position, t.start(), t.end(), t.type(), t.length()));
        }
        return dense;
    }

    private static Analyzer chain(boolean oneGramPerChar) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new ICUTokenizer();
                TokenStream stacked = new CJKBigramFilter(source, 0xff, true);
                return new TokenStreamComponents(source, oneGramPerChar ? new OneGramPerCharFilter(stacked) : stacked);
            }
        };
    }

    private static List<Tok> tokens(Analyzer analyzer, String text) {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("chars", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(new Tok(
                        term.toString(),
                        position,
                        offset.startOffset(),
                        offset.endOffset(),
                        type.type(),
                        length.getPositionLength()));
            }
            ts.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
