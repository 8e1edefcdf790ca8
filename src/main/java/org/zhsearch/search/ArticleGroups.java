package org.zhsearch.search;

import java.io.IOException;
import java.util.ArrayList;
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
import org.zhsearch.index.Fields;

/**
 * Groups every matching paragraph by article: the best-scoring paragraph and the number of matches per article.
 * Visits all matches (grouped totals must be exact), keyed by the article id from doc values.
 */
final class ArticleGroups {
    /** One article's best paragraph (global doc id), its score and how many of its paragraphs matched. */
    record Group(String articleId, int doc, float score, int count) {
    }

    private final Map<String, Group> byArticle = new HashMap<>();

    int size() {
        return byArticle.size();
    }

    /** Groups ordered by best score (ties: lower doc id first), then the requested page. */
    List<Group> page(int offset, int limit) {
        return byArticle.values().stream()
                .sorted(Comparator.comparingDouble((Group g) -> -g.score()).thenComparingInt(Group::doc))
                .skip(offset).limit(limit).toList();
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

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            ids = DocValues.getSorted(context.reader(), Fields.ARTICLE_ID);
            docBase = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (ids.advanceExact(doc)) {
                groups.add(ids.lookupOrd(ids.ordValue()).utf8ToString(), docBase + doc, scorer.score(), 1);
            }
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
        public ArticleGroups reduce(Collection<Collector> collectors) {
            ArticleGroups all = new ArticleGroups();
            for (Collector c : collectors) {
                c.groups.byArticle.values().forEach(g -> all.add(g.articleId(), g.doc(), g.score(), g.count()));
            }
            return all;
        }
    }
}
