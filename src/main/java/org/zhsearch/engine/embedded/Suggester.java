package org.zhsearch.engine.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.zhsearch.analysis.NormalizedText;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.index.Fields;

/**
 * Completions of a typed prefix, best first:
 * <ol>
 *   <li>article titles and section headings that start with it (most frequent first, live documents only);</li>
 *   <li>how the prefix continues in the text: in the best paragraphs containing it, the prefix extended to the end of
 *       the SmartChinese word it runs into or is followed by (乡村 → 乡村振兴), by how often that occurs.</li>
 * </ol>
 */
final class Suggester {
    /** Keyword terms examined after the prefix in the title/section term dictionaries. */
    private static final int SCAN = 200;
    /** Paragraphs read to learn how the prefix continues. */
    private static final int SAMPLE = 30;
    /** Longest continuation added to the prefix, in characters. */
    private static final int MAX_EXTENSION = 8;

    private Suggester() {
    }

    static List<String> suggest(IndexSearcher searcher, Analysis analysis, String prefix, int limit) {
        String p = prefix.strip();
        if (p.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        try {
            for (String field : new String[] {Fields.TITLE, Fields.SECTION}) {
                out.addAll(keywordsStartingWith(searcher, field, p));
            }
            out.addAll(continuations(searcher, analysis, p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.remove(p);
        return out.stream().limit(limit).toList();
    }

    private record Candidate(String text, int count) {
    }

    private static List<String> keywordsStartingWith(IndexSearcher searcher, String field, String prefix)
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
        for (int i = 0; i < SCAN && StringHelper.startsWith(te.term(), target); i++) {
            String s = te.term().utf8ToString();
            int live = searcher.count(new TermQuery(new Term(field, s))); // the term dictionary still has deleted docs
            if (live > 0) {
                found.add(new Candidate(s, live));
            }
            if (te.next() == null) {
                break;
            }
        }
        return sorted(found);
    }

    private static List<String> continuations(IndexSearcher searcher, Analysis analysis, String prefix)
            throws IOException {
        Query query;
        try {
            query = new LuceneQueryMapper(analysis).recallQuery(prefix);
        } catch (InvalidQueryException nothingSearchable) {
            return List.of();
        }
        String needle = analysis.normalize(prefix);
        Map<String, Integer> counts = new HashMap<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(query, SAMPLE).scoreDocs) {
            String text = stored.document(sd.doc).get(Fields.TEXT);
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

    /**
     * Where the word that the prefix runs into ends: the end of the SmartChinese word covering {@code from}, or of
     * the word starting there if the prefix ends on a word boundary; {@code from} when no word follows.
     */
    private static int wordEndAfter(Analysis analysis, String text, int from) throws IOException {
        try (TokenStream ts = analysis.words().tokenStream(Fields.WORDS, text)) {
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
        }
    }

    private static List<String> sorted(List<Candidate> found) {
        found.sort(Comparator.comparingInt((Candidate c) -> -c.count()).thenComparing(Candidate::text));
        return found.stream().map(Candidate::text).toList();
    }
}
