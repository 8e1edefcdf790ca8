package org.zhsearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * Query-time synonyms ({@code config/synonyms.txt}, Solr synonym format): for a query term, the other ways of
 * writing it. The query mapper ORs each alternative with the term as a complete leaf of its own, so {@code 新冠}
 * behaves exactly like {@code 新冠 OR 新型冠状病毒} — exact-substring recall for each — and the highlighter marks
 * whichever occurs.
 *
 * <p>The rules are parsed and applied by Lucene's stock {@code synonymGraph} filter over the term's characters
 * (normalised like the index, one token per Chinese character, whole Latin/digit words), so a rule also applies
 * inside a longer term: {@code 新冠疫苗} gets {@code 新型冠状病毒疫苗}. To keep {@code 美国} from firing inside
 * {@code 欧美国家}, a replacement inside a term must start and end on a boundary between the term's words as the
 * ranking analyzer (SmartChinese plus the user dictionary) cuts it; a rule matching the whole term always applies.
 * The typed term itself is always searched too, so {@code a => b} means "a also finds b", like {@code a, b} for a.
 */
final class QuerySynonyms {
    /** At most this many alternatives per term. */
    static final int MAX_ALTERNATIVES = 16;

    private static final QuerySynonyms NONE = new QuerySynonyms(null, null, true);

    private final Analyzer expander;
    private final Analyzer words;
    private final boolean fold;

    /**
     * {@code expander}: the term's characters → synonymGraph; {@code words}: the ranking chain, for boundaries;
     * {@code fold}: whether the chains fold traditional characters.
     */
    QuerySynonyms(Analyzer expander, Analyzer words, boolean fold) {
        this.expander = expander;
        this.words = words;
        this.fold = fold;
    }

    static QuerySynonyms none() {
        return NONE;
    }

    /** Other ways of writing {@code term}, as query text (never the term itself); empty without rules. */
    List<String> alternatives(String term) {
        if (expander == null || term.isBlank()) {
            return List.of();
        }
        try {
            if (!hasSynonym(term)) {
                return List.of();
            }
            Set<Integer> boundaries = wordBoundaries(term);
            Set<String> out = new LinkedHashSet<>();
            String self = NormalizedText.normalize(term, fold);
            try (TokenStream ts = expander.tokenStream("q", term)) {
                GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(ts);
                Iterator<TokenStream> paths = graph.getFiniteStrings();
                int seen = 0;
                while (paths.hasNext() && out.size() < MAX_ALTERNATIVES && seen++ < 16 * MAX_ALTERNATIVES) {
                    String alternative = splice(term, paths.next(), boundaries);
                    if (alternative != null
                            && !NormalizedText.normalize(alternative, fold).equals(self)) {
                        out.add(alternative);
                    }
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean hasSynonym(String term) throws IOException {
        try (TokenStream ts = expander.tokenStream("q", term)) {
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            boolean found = false;
            while (ts.incrementToken()) {
                found |= SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
            }
            ts.end();
            return found;
        }
    }

    /**
     * The term with each synonym replacement of {@code path} put in place of the characters it replaces; text
     * between tokens (punctuation, spaces) is kept. Null when the path has no replacement or one that does not
     * fall on word boundaries.
     */
    private static String splice(String term, TokenStream path, Set<Integer> boundaries) throws IOException {
        CharTermAttribute text = path.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = path.addAttribute(OffsetAttribute.class);
        TypeAttribute type = path.addAttribute(TypeAttribute.class);
        StringBuilder out = new StringBuilder();
        int cursor = 0;
        boolean replaced = false;
        int runStart = -1;
        int runEnd = -1;
        path.reset();
        while (path.incrementToken()) {
            int start = offset.startOffset();
            int end = offset.endOffset();
            if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
                boolean sameRun = start == runStart && end == runEnd;
                if (!sameRun) {
                    boolean whole = start == 0 && end == term.length();
                    if (!whole && !(boundaries.contains(start) && boundaries.contains(end))) {
                        return null;
                    }
                    runStart = start;
                    runEnd = end;
                }
                if (cursor < start) {
                    out.append(term, cursor, start);
                    cursor = start;
                }
                if (sameRun && needsSpace(out, text)) {
                    out.append(' ');
                }
                out.append(text);
                cursor = Math.max(cursor, end);
                replaced = true;
            } else {
                runStart = -1;
                runEnd = -1;
                if (cursor < end) {
                    out.append(term, cursor, end);
                    cursor = end;
                }
            }
        }
        path.end();
        if (!replaced) {
            return null;
        }
        out.append(term, Math.min(cursor, term.length()), term.length());
        return out.toString();
    }

    /** Latin/digit words of a replacement stay apart ({@code covid 19}); Chinese characters join up. */
    private static boolean needsSpace(StringBuilder out, CharSequence next) {
        if (out.isEmpty() || next.isEmpty()) {
            return false;
        }
        int before = Character.codePointBefore(out, out.length());
        int after = Character.codePointAt(next, 0);
        return !Analysis.isHan(before)
                && !Analysis.isHan(after)
                && Character.isLetterOrDigit(before)
                && Character.isLetterOrDigit(after);
    }

    /** Offsets where one word of {@code term} ends or another starts, for the ranking analyzer. */
    private Set<Integer> wordBoundaries(String term) throws IOException {
        Set<Integer> out = new HashSet<>();
        out.add(0);
        out.add(term.length());
        try (TokenStream ts = words.tokenStream("words", term)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(offset.startOffset());
                out.add(offset.endOffset());
            }
            ts.end();
        }
        return out;
    }
}
