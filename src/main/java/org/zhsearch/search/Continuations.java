package org.zhsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.analysis.NormalizedText;

/**
 * How a typed prefix continues in text, engine-neutral: in paragraphs containing it, the prefix extended to the
 * end of the SmartChinese word it runs into or is followed by (乡村 → 乡村振兴), most frequent first. Engines give
 * the paragraphs; this gives the completions.
 */
public final class Continuations {
    /** Longest continuation added to the prefix, in characters. */
    static final int MAX_EXTENSION = 8;
    /** Title and section terms an engine examines after the prefix (every engine suggests alike). */
    public static final int KEYWORD_SCAN = 200;
    /** Best paragraphs containing the prefix an engine reads to learn how it continues. */
    public static final int SAMPLE = 30;

    private Continuations() {
    }

    /** A completion and how often it was seen. */
    public record Candidate(String text, int count) {
    }

    /** The continuations of {@code prefix} in {@code texts}, most frequent first. */
    public static List<String> of(List<String> texts, Analysis analysis, String prefix) {
        String needle = analysis.normalize(prefix);
        if (needle.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            NormalizedText nt = analysis.normalized(text);
            for (int at = nt.normalized().indexOf(needle); at >= 0; at = nt.normalized().indexOf(needle, at + 1)) {
                int start = nt.originalStart(at);
                int prefixEnd = nt.originalEnd(at + needle.length() - 1);
                int end = wordEndAfter(analysis, text, prefixEnd);
                if (end > prefixEnd && end - prefixEnd <= MAX_EXTENSION) {
                    counts.merge(text.substring(start, end), 1, Integer::sum);
                }
            }
        }
        List<Candidate> found = new ArrayList<>();
        counts.forEach((k, v) -> found.add(new Candidate(k, v)));
        return sorted(found);
    }

    /** Most frequent first, then alphabetical. */
    public static List<String> sorted(List<Candidate> found) {
        List<Candidate> copy = new ArrayList<>(found);
        copy.sort(Comparator.comparingInt((Candidate c) -> -c.count()).thenComparing(Candidate::text));
        return copy.stream().map(Candidate::text).toList();
    }

    /**
     * Where the word that the prefix runs into ends: the end of the SmartChinese word covering {@code from}, or of
     * the word starting there if the prefix ends on a word boundary; {@code from} when no word follows.
     */
    private static int wordEndAfter(Analysis analysis, String text, int from) {
        try (TokenStream ts = analysis.words().tokenStream("words", text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int end = from;
            while (ts.incrementToken()) {
                if (offset.endOffset() > from) {
                    end = offset.startOffset() <= from ? offset.endOffset() : from;
                    break;
                }
            }
            ts.end();
            return end;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
