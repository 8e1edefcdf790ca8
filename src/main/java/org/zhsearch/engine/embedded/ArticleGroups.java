package org.zhsearch.engine.embedded;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.zhsearch.schema.Fields;

/**
 * Groups every matching paragraph by article: the best-scoring paragraph and the number of matches per article.
 * Visits all matches (grouped totals must be exact). Within a segment, matches are grouped by the article id's
 * doc-values ordinal in plain arrays; ids are turned into strings once per group and segment, when the segment
 * is done, so a very common term costs array updates rather than a string and a map lookup per paragraph.
 */
final class ArticleGroups {
    /** One article's best paragraph (global doc id), its score and how many of its paragraphs matched. */
    record Group(String articleId, int doc, float score, int count) {}

    private final Map<String, Group> byArticle = new HashMap<>();

    int size() {
        return byArticle.size();
    }

    /** Groups ordered by best score (ties: lower doc id first), then the requested page. */
    List<Group> page(int offset, int limit) {
        return byArticle.values().stream()
                .sorted(Comparator.comparingDouble((Group g) -> -g.score()).thenComparingInt(Group::doc))
                .skip(offset)
                .limit(limit)
                .toList();
    }

    private void add(String articleId, int doc, float score, int count) {
        byArticle.merge(articleId, new Group(articleId, doc, score, count), (a, b) -> {
            Group best = a.score() > b.score() || a.score() == b.score() && a.doc() < b.doc() ? a : b;
            return new Group(articleId, best.doc(), best.score(), a.count() + b.count());
        });
    }

    /** Collects one slice of the index into its own {@link ArticleGroups}. */
    private static final class Collector extends SimpleCollector {
        final ArticleGroups groups = new ArticleGroups();
        private SortedDocValues ids;
        private Scorable scorer;
        private int docBase;
        // per segment, indexed by ordinal
        private int[] counts = new int[0];
        private int[] bestDoc = new int[0];
        private float[] bestScore = new float[0];
        private int[] touched = new int[0];
        private int touchedSize;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            ids = DocValues.getSorted(context.reader(), Fields.ARTICLE_ID);
            docBase = context.docBase;
            int ords = ids.getValueCount();
            if (counts.length < ords) {
                counts = new int[ords];
                bestDoc = new int[ords];
                bestScore = new float[ords];
                touched = new int[ords];
            }
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!ids.advanceExact(doc)) {
                return;
            }
            int ord = ids.ordValue();
            float score = scorer.score();
            if (counts[ord]++ == 0) {
                touched[touchedSize++] = ord;
                bestDoc[ord] = docBase + doc;
                bestScore[ord] = score;
            } else if (score > bestScore[ord]) {
                bestDoc[ord] = docBase + doc;
                bestScore[ord] = score;
            }
        }

        /** Moves the finished segment's groups into {@link #groups} and resets the arrays it used. */
        void flush() throws IOException {
            for (int i = 0; i < touchedSize; i++) {
                int ord = touched[i];
                groups.add(ids.lookupOrd(ord).utf8ToString(), bestDoc[ord], bestScore[ord], counts[ord]);
                counts[ord] = 0;
            }
            touchedSize = 0;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }

    static final class Manager implements CollectorManager<Collector, ArticleGroups> {
        @Override
        public Collector newCollector() {
            return new Collector();
        }

        @Override
        public ArticleGroups reduce(Collection<Collector> collectors) throws IOException {
            ArticleGroups all = new ArticleGroups();
            for (Collector c : collectors) {
                c.flush();
                c.groups.byArticle.values().forEach(g -> all.add(g.articleId(), g.doc(), g.score(), g.count()));
            }
            return all;
        }
    }
}
