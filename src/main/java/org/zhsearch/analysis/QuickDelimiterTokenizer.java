package org.zhsearch.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.util.AttributeFactory;

/**
 * SmartChinese's tokenizer, handed each sentence with its ASCII punctuation read as {@link #STAND_IN}: the same
 * words, up to twice as fast.
 *
 * <p>Why: SmartChinese looks up every pair of neighbouring segments in its bigram table, and a pair with an ASCII
 * punctuation mark (which NFKC makes of the full-width {@code ，：（）}) is never in the table — but its double hashing
 * can probe for a long time before saying so (the ASCII comma alone made SmartChinese 1.6× slower on the
 * poetry-shaped corpus). {@code †} is punctuation to SmartChinese too (the same delimiter type, emitted as the same
 * common delimiter, dropped by the stop filter), never in the table either, and found missing at once. The sentences
 * are still cut on the original text (the swap is undone before the next sentence is looked for), and offsets do not
 * move (one char for one char). {@code QuickDelimiterTokenizerTest} checks the words are the same.
 */
final class QuickDelimiterTokenizer extends HMMChineseTokenizer {
    /** What ASCII punctuation is read as while a sentence is cut into words. */
    static final char STAND_IN = '\u2020';

    QuickDelimiterTokenizer(AttributeFactory factory) {
        super(factory);
    }

    @Override
    protected void setNextSentence(int sentenceStart, int sentenceEnd) {
        char[] original = null;
        for (int i = sentenceStart; i < sentenceEnd; i++) {
            if (standsIn(buffer[i])) {
                if (original == null) {
                    original = Arrays.copyOfRange(buffer, sentenceStart, sentenceEnd);
                }
                buffer[i] = STAND_IN;
            }
        }
        super.setNextSentence(sentenceStart, sentenceEnd); // cuts the sentence now
        if (original != null) {
            System.arraycopy(original, 0, buffer, sentenceStart, original.length);
        }
    }

    /** ASCII punctuation. */
    static boolean standsIn(char c) {
        return c > ' ' && c < 0x7F && !Character.isLetterOrDigit(c);
    }
}
