package org.zhsearch.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Reads the recall chain ({@link Analysis#chars()}: one term per CJK character, {@link OneGramPerCharFilter}) for
 * what the engines need of it: the terms a query looks up, and a text's terms pre-cut for OpenSearch.
 */
final class RecallTerms {
    private RecallTerms() {}

    private record Typed(String term, int position, String type) {
        boolean cjk() {
            return type.equals(CJKBigramFilter.SINGLE_TYPE) || type.equals(CJKBigramFilter.DOUBLE_TYPE);
        }

        String firstChar() {
            return term.substring(0, Character.charCount(term.codePointAt(0)));
        }
    }

    /**
     * See {@link Analysis#recallPhrase(String)}. Each bigram of the query is looked up as it is, and so is each word;
     * a run's end marker is left out (the bigram before it covers its character, and in a matching text that
     * character may start a longer run). A lone character matches whichever term the text has at its position: before
     * a word, the text's run ends there (its end marker); before another character {@code c} (not adjacent in the
     * query, {@code 命 令}), the end marker or its bigram with {@code c}; last, any term that begins with it.
     */
    static Analysis.RecallPhrase phrase(Analyzer chars, String text) {
        List<Typed> tokens = tokens(chars, text);
        List<Analysis.Unit> units = new ArrayList<>();
        Analysis.Unit prefix = null;
        for (int i = 0; i < tokens.size(); i++) {
            Typed t = tokens.get(i);
            Typed before = i > 0 ? tokens.get(i - 1) : null;
            Typed after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            boolean single = t.type().equals(CJKBigramFilter.SINGLE_TYPE);
            if (!single) {
                units.add(new Analysis.Unit(t.term(), t.position()));
            } else if (before != null
                    && before.type().equals(CJKBigramFilter.DOUBLE_TYPE)
                    && before.position() == t.position() - 1) {
                continue; // an end marker, covered by the bigram before it
            } else if (after == null) {
                prefix = new Analysis.Unit(t.term(), t.position());
            } else if (after.cjk() && after.position() == t.position() + 1) {
                units.add(new Analysis.Unit(t.term(), t.position()));
                units.add(new Analysis.Unit(t.term() + after.firstChar(), t.position()));
            } else {
                units.add(new Analysis.Unit(t.term(), t.position()));
            }
        }
        return new Analysis.RecallPhrase(units, prefix);
    }

    /** See {@link Analysis#precutRecall(String)}. */
    static String precut(Analyzer chars, String text) {
        Precut.Builder cut = new Precut.Builder(0);
        for (Typed t : tokens(chars, text)) {
            cut.add(t.term(), t.position());
        }
        return cut.build();
    }

    private static List<Typed> tokens(Analyzer chars, String text) {
        List<Typed> tokens = new ArrayList<>();
        TokenWalk.walk(chars, "chars", text, ts -> {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            return position -> tokens.add(new Typed(term.toString(), position, type.type()));
        });
        return tokens;
    }
}
