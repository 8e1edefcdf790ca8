package org.zhsearch.engine.embedded;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.zhsearch.index.ParagraphDocuments;
import org.zhsearch.schema.Fields;

/**
 * The rewritten {@link InArticleQuery} of one reader: the paragraphs of the articles whose first paragraphs were
 * collected, as the article id's doc-values ordinals of each segment. A paragraph matches when its article's
 * ordinal is marked in its own segment — paragraphs 1 to {@link ParagraphDocuments#FIRST_BLOCK} are always in the
 * first paragraph's segment — or, for a later paragraph of a huge article, whose first paragraph may be in another
 * segment, when its article id is among all matched ids (made once, when first needed). A two-phase check over
 * the id doc values: cheap for each candidate, never a scan, since it is only used beside a clause that leads.
 * Equal to the join of the same filter on the same reader (a boolean query merges equal clauses, as it did the
 * filters before they were joins); never cached: it holds one point in time.
 */
final class MatchedArticlesQuery extends Query {
    private final IndexReader reader;
    /** The filter on first paragraphs this is the result of: with the reader, what it matches. */
    private final Query filter;
    /** By leaf ordinal: the ordinals of the matched articles' ids whose first paragraph is in that leaf, or null. */
    private final FixedBitSet[] byLeaf;

    private Set<BytesRef> allIds;

    private MatchedArticlesQuery(IndexReader reader, Query filter, FixedBitSet[] byLeaf) {
        this.reader = reader;
        this.filter = filter;
        this.byLeaf = byLeaf;
    }

    boolean isEmpty() {
        for (FixedBitSet bits : byLeaf) {
            if (bits != null) {
                return false;
            }
        }
        return true;
    }

    /** Every matched article id, across segments (read from the doc values when first needed). */
    private synchronized Set<BytesRef> allIds() throws IOException {
        if (allIds == null) {
            Set<BytesRef> ids = new HashSet<>();
            List<LeafReaderContext> leaves = reader.leaves();
            for (int leaf = 0; leaf < byLeaf.length; leaf++) {
                FixedBitSet bits = byLeaf[leaf];
                if (bits == null) {
                    continue;
                }
                SortedDocValues values = DocValues.getSorted(leaves.get(leaf).reader(), Fields.ARTICLE_ID);
                BitSetIterator ords = new BitSetIterator(bits, bits.cardinality());
                for (int ord = ords.nextDoc(); ord != DocIdSetIterator.NO_MORE_DOCS; ord = ords.nextDoc()) {
                    ids.add(BytesRef.deepCopyOf(values.lookupOrd(ord)));
                }
            }
            allIds = ids;
        }
        return allIds;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                if (ReaderUtil.getTopLevelContext(context).reader() != reader) {
                    throw new IllegalStateException("an article join used with another reader than it was made for");
                }
                SortedDocValues ids = DocValues.getSorted(context.reader(), Fields.ARTICLE_ID);
                NumericDocValues numbers = DocValues.getNumeric(context.reader(), Fields.N);
                FixedBitSet here = byLeaf[context.ord];
                TwoPhaseIterator matching = new TwoPhaseIterator(ids) {
                    @Override
                    public boolean matches() throws IOException {
                        int ord = ids.ordValue();
                        if (here != null && here.get(ord)) {
                            return true;
                        }
                        // a paragraph of the first block is in its first paragraph's segment: not matched
                        if (!numbers.advanceExact(ids.docID())
                                || numbers.longValue() <= ParagraphDocuments.FIRST_BLOCK) {
                            return false;
                        }
                        return allIds().contains(ids.lookupOrd(ord));
                    }

                    @Override
                    public float matchCost() {
                        return 4;
                    }
                };
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, matching));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "matchedArticles(" + filter.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MatchedArticlesQuery o && reader == o.reader && filter.equals(o.filter);
    }

    @Override
    public int hashCode() {
        return 31 * System.identityHashCode(reader) + filter.hashCode();
    }

    /** Collects the matched first paragraphs' article id ordinals, by segment. */
    static final class Manager implements CollectorManager<Collector, MatchedArticlesQuery> {
        private final IndexReader reader;
        private final Query filter;

        Manager(IndexReader reader, Query filter) {
            this.reader = reader;
            this.filter = filter;
        }

        @Override
        public Collector newCollector() {
            return new Collector(reader.leaves().size());
        }

        @Override
        public MatchedArticlesQuery reduce(Collection<Collector> collectors) {
            FixedBitSet[] byLeaf = new FixedBitSet[reader.leaves().size()];
            for (Collector c : collectors) {
                for (int leaf = 0; leaf < byLeaf.length; leaf++) {
                    if (c.byLeaf[leaf] != null) {
                        byLeaf[leaf] = c.byLeaf[leaf]; // each leaf is collected by one collector
                    }
                }
            }
            return new MatchedArticlesQuery(reader, filter, byLeaf);
        }
    }

    static final class Collector extends SimpleCollector {
        private final FixedBitSet[] byLeaf;
        private SortedDocValues ids;
        private int leaf;

        Collector(int leaves) {
            byLeaf = new FixedBitSet[leaves];
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            ids = DocValues.getSorted(context.reader(), Fields.ARTICLE_ID);
            leaf = context.ord;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (ids.advanceExact(doc)) {
                if (byLeaf[leaf] == null) {
                    byLeaf[leaf] = new FixedBitSet(ids.getValueCount());
                }
                byLeaf[leaf].set(ids.ordValue());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
