package org.zhsearch.index;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.zhsearch.engine.Ranking;
import org.zhsearch.schema.Fields;

/**
 * BM25 as every field has it, except on the recall field {@link Fields#CHARS}: {@link Ranking#RECALL_K1} and
 * {@link Ranking#RECALL_B} (why: there). OpenSearch gets the same similarity in its mapping. Norms do not depend on
 * k1 and b, so an index needs no rebuild when they change.
 */
public final class RecallSimilarity extends PerFieldSimilarityWrapper {
    private final Similarity standard = new BM25Similarity();
    private final Similarity recall = new BM25Similarity(Ranking.RECALL_K1, Ranking.RECALL_B);

    @Override
    public Similarity get(String field) {
        return field.equals(Fields.CHARS) ? recall : standard;
    }

    /** Searchers that score with it. */
    public static SearcherFactory searchers() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(
                    org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(new RecallSimilarity());
                return searcher;
            }
        };
    }
}
