package org.zhsearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Reads the recall chain ({@link Analysis#chars()}: ICU unigrams + {@code cjkBigram}) for what the engines need
 * of it: the terms a query looks up, and the text re-cut for an engine without the ICU tokenizer.
 */
final class RecallTerms {
    /** Token types of the bigram filter. */
    private static final String CJK_SINGLE = "<SINGLE>";

    private static final String CJK_DOUBLE = "<DOUBLE>";

    private RecallTerms() {}

    /** See {@link Analysis#recallUnits(String)}. */
    static List<Analysis.Unit> units(Analyzer chars, String text) {
        record Typed(String term, int position, String type) {}
        List<Typed> tokens = new ArrayList<>();
        try (TokenStream ts = chars.tokenStream("chars", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                tokens.add(new Typed(term.toString(), position, type.type()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Analysis.Unit> units = new ArrayList<>();
        for (Typed t : tokens) {
            boolean coveredByBigram = t.type().equals(CJK_SINGLE)
                    && tokens.stream()
                            .anyMatch(o -> o.type().equals(CJK_DOUBLE)
                                    && (o.position() == t.position() || o.position() == t.position() - 1));
            if (!coveredByBigram) {
                units.add(new Analysis.Unit(t.term(), t.position()));
            }
        }
        return units;
    }

    /** See {@link Analysis#recallText(String)}. */
    static String text(Analyzer chars, String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        try (TokenStream ts = chars.tokenStream("chars", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int lastEnd = -1;
            boolean lastHan = false;
            while (ts.incrementToken()) {
                if (type.type().equals(CJK_DOUBLE)) {
                    continue;
                }
                boolean han =
                        type.type().equals(CJK_SINGLE) && term.codePoints().allMatch(Analysis::isHan);
                if (!out.isEmpty() && !(han && lastHan && offset.startOffset() == lastEnd)) {
                    out.append(' ');
                }
                out.append(term);
                lastEnd = offset.endOffset();
                lastHan = han;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
