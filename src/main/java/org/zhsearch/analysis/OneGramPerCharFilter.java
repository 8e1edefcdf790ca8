package org.zhsearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Keeps one term per CJK character, at that character's position (pg_bigm's layout): the bigram the character starts
 * or, for the last character of a run (and a lone character), the character itself — the run's end marker. Reads
 * {@code cjkBigram(outputUnigrams=true)}, which stacks each bigram on the unigram of its first character, and drops
 * every unigram that has a bigram stacked on it. Other tokens (Latin and digit words) pass unchanged.
 *
 * <p>Half the postings of unigrams + bigrams, and still exact: a query of n ≥ 2 characters looks up its bigrams (the
 * last one covers the last character, whatever follows it in the text); a lone character looks up every term that
 * begins with it.
 */
final class OneGramPerCharFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    /**
     * The unigram last read, kept as the few values the end marker needs rather than a captured state: a state is a
     * clone of every attribute, and capturing one per character was a fifth of a build's allocations.
     */
    private char[] unigram = new char[2];

    private int unigramLength;
    private int unigramStart;
    private int unigramEnd;
    /** A token read ahead to see whether it was a bigram stacked on the unigram before it: once per run, not char. */
    private State lookahead;

    private boolean exhausted;

    OneGramPerCharFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (lookahead != null) {
            restoreState(lookahead);
            lookahead = null;
        } else if (exhausted || !input.incrementToken()) {
            exhausted = true;
            return false;
        }
        if (!type.type().equals(CJKBigramFilter.SINGLE_TYPE)) {
            length.setPositionLength(1); // a bigram now stands for its first character's position alone
            return true;
        }
        int unigramIncrement = increment.getPositionIncrement();
        keepUnigram();
        if (input.incrementToken()) {
            if (type.type().equals(CJKBigramFilter.DOUBLE_TYPE) && increment.getPositionIncrement() == 0) {
                increment.setPositionIncrement(unigramIncrement);
                length.setPositionLength(1);
                return true;
            }
            lookahead = captureState();
        } else {
            exhausted = true;
        }
        // the run's end, or a lone character: the values indexing and the recall reader use (term, offsets, type,
        // position); other attributes keep the token read ahead's, which nothing after this filter reads
        term.copyBuffer(unigram, 0, unigramLength);
        offset.setOffset(unigramStart, unigramEnd);
        type.setType(CJKBigramFilter.SINGLE_TYPE);
        increment.setPositionIncrement(unigramIncrement);
        length.setPositionLength(1);
        return true;
    }

    private void keepUnigram() {
        unigramLength = term.length();
        if (unigram.length < unigramLength) {
            unigram = new char[unigramLength];
        }
        System.arraycopy(term.buffer(), 0, unigram, 0, unigramLength);
        unigramStart = offset.startOffset();
        unigramEnd = offset.endOffset();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        lookahead = null;
        exhausted = false;
    }
}
