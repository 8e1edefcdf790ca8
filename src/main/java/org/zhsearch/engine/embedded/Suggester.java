package org.zhsearch.engine.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.zhsearch.engine.EngineQuery;
import org.zhsearch.engine.SampledParagraph;
import org.zhsearch.index.ArticleDocuments;

/** What suggestions need from the index ({@code org.zhsearch.search.Suggesting} makes the completions). */
final class Suggester {

    private Suggester() {}

    /**
     * Keyword values starting with {@code prefix}, with their live document counts, the first {@code max}: article
     * counts for the title, which is a keyword on first paragraphs only, paragraph counts for the section.
     */
    static Map<String, Long> keywordsStartingWith(IndexSearcher searcher, String field, String prefix, int max) {
        try {
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
            Map<String, Long> found = new LinkedHashMap<>();
            if (terms == null) {
                return found;
            }
            TermsEnum te = terms.iterator();
            BytesRef target = new BytesRef(prefix);
            if (te.seekCeil(target) == TermsEnum.SeekStatus.END) {
                return found;
            }
            for (int i = 0; i < max && StringHelper.startsWith(te.term(), target); i++) {
                String s = te.term().utf8ToString();
                int live = searcher.count(new TermQuery(new Term(field, s))); // the dictionary has deleted docs too
                if (live > 0) {
                    found.put(s, (long) live);
                }
                if (te.next() == null) {
                    break;
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored text and title of the best {@code limit} paragraphs for {@code query}'s match-only form. */
    static List<SampledParagraph> sample(IndexSearcher searcher, EngineQuery query, int limit) {
        try {
            List<SampledParagraph> sampled = new ArrayList<>();
            ArticleDocuments documents = new ArticleDocuments(searcher); // the title is on the first paragraph
            for (ScoreDoc sd : searcher.search(LuceneQueryMapper.map(query).matchOnly(), limit).scoreDocs) {
                sampled.add(documents.sampled(sd.doc));
            }
            return sampled;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
