package org.zhsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.zhsearch.analysis.NormalizedText;
import org.zhsearch.index.Fields;

/**
 * Completions of a typed prefix from the index's own terms: article titles and section headings that start with
 * it (most frequent first), then SmartChinese words that start with it (by document frequency). Reads term
 * dictionaries only, so it costs a few term seeks per request.
 */
public final class Suggester {
    /** How many terms per field are examined after the prefix. */
    private static final int SCAN = 200;

    private Suggester() {
    }

    public static List<String> suggest(IndexSearcher searcher, String prefix, int limit) {
        String p = prefix.strip();
        if (p.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        try {
            for (String field : new String[] {Fields.TITLE, Fields.SECTION}) {
                out.addAll(byFrequency(searcher, field, p, 2));
            }
            for (String word : byFrequency(searcher, Fields.WORDS, NormalizedText.normalize(p), 2)) {
                if (!word.equals(NormalizedText.normalize(p))) {
                    out.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.stream().limit(limit).toList();
    }

    private record Candidate(String term, int docFreq) {
    }

    private static List<String> byFrequency(IndexSearcher searcher, String field, String prefix, int minLength)
            throws IOException {
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
        if (terms == null) {
            return List.of();
        }
        TermsEnum te = terms.iterator();
        BytesRef target = new BytesRef(prefix);
        if (te.seekCeil(target) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < SCAN; i++) {
            BytesRef term = te.term();
            if (!StringHelper.startsWith(term, target)) {
                break;
            }
            String s = term.utf8ToString();
            if (s.codePointCount(0, s.length()) >= minLength) {
                found.add(new Candidate(s, te.docFreq()));
            }
            if (te.next() == null) {
                break;
            }
        }
        found.sort(Comparator.comparingInt((Candidate c) -> -c.docFreq()).thenComparing(Candidate::term));
        return found.stream().map(Candidate::term).toList();
    }
}
