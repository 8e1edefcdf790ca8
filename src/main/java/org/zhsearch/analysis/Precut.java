package org.zhsearch.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Text analysed once in our Java code and handed to an index already cut: terms separated by spaces, with
 * {@link #GAP} for each position skipped (a stop word, or a break between runs of Chinese characters), which the
 * index's analyzer drops so the position gap remains. Both engines index the words field this way,
 * so SmartChinese runs once per paragraph and the embedded index and the cluster get identical terms.
 */
public final class Precut {
    /** Marks a skipped position; never a term of real text (a private-use character). */
    public static final String GAP = "\uE000";

    private Precut() {}

    /** Terms at positions, as {@link #analyzer()} reads them back: relative to {@code firstPosition}. */
    public static String join(List<Analysis.Unit> units, int firstPosition) {
        Builder cut = new Builder(firstPosition);
        units.forEach(u -> cut.add(u.term(), u.position()));
        return cut.build();
    }

    /** The words chain's terms of {@code text} pre-cut, each appended as it comes (no token list, no term strings). */
    static String words(Analyzer words, String text) {
        Builder cut = new Builder(0);
        TokenWalk.walk(words, "words", text, ts -> {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            return position -> cut.add(term.buffer(), term.length(), position);
        });
        return cut.build();
    }

    /** Pre-cut text made term by term: a term, a space, and {@link #GAP} and a space for each position skipped. */
    public static final class Builder {
        private final StringBuilder out = new StringBuilder();
        private int next;

        public Builder(int firstPosition) {
            this.next = firstPosition;
        }

        /** Adds {@code term} at {@code position}, after every term added before. */
        public Builder add(CharSequence term, int position) {
            gapsUpTo(position);
            out.append(term).append(' ');
            return this;
        }

        /** Adds the term in {@code buffer}'s first {@code length} chars (a token's term, copied once). */
        Builder add(char[] buffer, int length, int position) {
            gapsUpTo(position);
            out.append(buffer, 0, length).append(' ');
            return this;
        }

        private void gapsUpTo(int position) {
            for (; next < position; next++) {
                out.append(GAP).append(' ');
            }
            next = position + 1;
        }

        public String build() {
            return out.isEmpty() ? "" : out.substring(0, out.length() - 1);
        }
    }

    /** Pre-cut terms back to tokens at their positions. */
    public static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                WhitespaceTokenizer source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source, dropGaps(source));
            }
        };
    }

    private static TokenStream dropGaps(TokenStream in) {
        return new StopFilter(in, new CharArraySet(List.of(GAP), false));
    }
}
