package org.zhsearch.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A pre-cut pinyin term ({@code xing|hang}) to each reading and each distinct initial, stacked at its position: the
 * terms OpenSearch's {@code pattern_capture} filter makes of it with {@link Precut#PINYIN_CAPTURES}, without the
 * regular expressions (they were 5 % of a build's time on short lines).
 */
final class PinyinReadingsFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final List<String> pending = new ArrayList<>();
    private State position;

    PinyinReadingsFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(position);
            term.setEmpty().append(pending.removeFirst());
            increment.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (isOneReading()) { // most characters: one reading, stacked with its initial — no strings made
            if (term.length() > 1) {
                pending.add(String.valueOf(term.charAt(0)));
                position = captureState();
            }
            return true;
        }
        String readings = term.toString();
        List<String> terms = new ArrayList<>(4);
        int start = 0;
        for (int bar = readings.indexOf(Precut.READINGS); ; bar = readings.indexOf(Precut.READINGS, start)) {
            String reading = readings.substring(start, bar < 0 ? readings.length() : bar);
            if (!reading.isEmpty() && !terms.contains(reading)) {
                terms.add(reading);
            }
            if (bar < 0) {
                break;
            }
            start = bar + 1;
        }
        int readingCount = terms.size();
        for (int i = 0; i < readingCount; i++) {
            String initial = terms.get(i).substring(0, 1);
            if (!terms.contains(initial)) {
                terms.add(initial);
            }
        }
        if (terms.isEmpty()) {
            return true; // not pinyin: pass it on as it is
        }
        term.setEmpty().append(terms.getFirst());
        pending.addAll(terms.subList(1, terms.size()));
        position = captureState();
        return true;
    }

    /** The term is a single reading: lower-case letters only (no {@link Precut#READINGS} bar). */
    private boolean isOneReading() {
        if (term.length() == 0) {
            return false;
        }
        char[] chars = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if (chars[i] < 'a' || chars[i] > 'z') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        position = null;
    }
}
