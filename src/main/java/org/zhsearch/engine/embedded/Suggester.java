package org.zhsearch.engine.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.index.Fields;
import org.zhsearch.search.Continuations;

/**
 * Completions of a typed prefix, best first:
 * <ol>
 *   <li>article titles and section headings that start with it (most frequent first, live documents only);</li>
 *   <li>how the prefix continues in the text: in the best paragraphs containing it, the prefix extended to the end of
 *       the SmartChinese word it runs into or is followed by (乡村 → 乡村振兴), by how often that occurs.</li>
 * </ol>
 */
final class Suggester {

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
        List<Continuations.Candidate> found = new ArrayList<>();
        for (int i = 0; i < Continuations.KEYWORD_SCAN && StringHelper.startsWith(te.term(), target); i++) {
            String s = te.term().utf8ToString();
            int live = searcher.count(new TermQuery(new Term(field, s))); // the term dictionary still has deleted docs
            if (live > 0) {
                found.add(new Continuations.Candidate(s, live));
            }
            if (te.next() == null) {
                break;
            }
        }
        return Continuations.sorted(found);
    }

    /** How the prefix continues in the best paragraphs containing it ({@link Continuations}). */
    private static List<String> continuations(IndexSearcher searcher, Analysis analysis, String prefix)
            throws IOException {
        Query query;
        try {
            query = new LuceneQueryMapper(analysis).recallQuery(prefix);
        } catch (InvalidQueryException nothingSearchable) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(query, Continuations.SAMPLE).scoreDocs) {
            texts.add(stored.document(sd.doc).get(Fields.TEXT));
        }
        return Continuations.of(texts, analysis, prefix);
    }
}
