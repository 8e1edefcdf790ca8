package org.zhsearch.engine.embedded;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;
import org.zhsearch.api.Facet;
import org.zhsearch.api.FacetValue;
import org.zhsearch.engine.FacetCounts;
import org.zhsearch.schema.Fields;

/**
 * Counts every match by facet values read from doc values. Paragraphs are counted per segment by the value's
 * ordinal in a plain array, and ordinals become strings once per value and segment, so a very common term costs
 * array updates. Articles are counted once each: every paragraph of an article carries the article's metadata, so
 * the first matching paragraph seen gives its values; articles are told apart by id, because a long article's
 * paragraphs may lie in several segments.
 */
final class FacetCollector extends SimpleCollector {
    private final List<Facet> facets;
    private final boolean byArticle;
    private final List<Tally> tallies = new ArrayList<>();
    /** Paragraph counts: per facet (as in {@link #facets}), value → paragraphs. */
    private final List<Map<String, Long>> counts = new ArrayList<>();
    /** Article counts: matching article id → its values per facet ({@code null} where it has none). */
    private final Map<String, String[]> articles = new HashMap<>();

    private SortedDocValues articleIds;
    private FixedBitSet articlesSeenInSegment = new FixedBitSet(0);

    private FacetCollector(List<Facet> facets, boolean byArticle) {
        this.facets = facets;
        this.byArticle = byArticle;
        for (Facet f : facets) {
            tallies.add(
                    switch (f) {
                        case SOURCE -> new KeywordTally(Fields.SOURCE_FACET);
                        case PUBLICATION -> new KeywordTally(Fields.PUBLICATION_FACET);
                        case YEAR -> new YearTally();
                    });
            counts.add(new HashMap<>());
        }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flush();
        for (Tally t : tallies) {
            t.setSegment(context.reader());
        }
        if (byArticle) {
            articleIds = DocValues.getSorted(context.reader(), Fields.ARTICLE_ID);
            articlesSeenInSegment = new FixedBitSet(articleIds.getValueCount());
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        if (!byArticle) {
            for (Tally t : tallies) {
                t.count(doc);
            }
            return;
        }
        if (!articleIds.advanceExact(doc) || articlesSeenInSegment.getAndSet(articleIds.ordValue())) {
            return;
        }
        String id = articleIds.lookupOrd(articleIds.ordValue()).utf8ToString();
        if (!articles.containsKey(id)) {
            String[] values = new String[tallies.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = tallies.get(i).valueOf(doc);
            }
            articles.put(id, values);
        }
    }

    /** Moves the finished segment's paragraph counts into {@link #counts}. */
    private void flush() throws IOException {
        for (int i = 0; i < tallies.size(); i++) {
            tallies.get(i).flushInto(counts.get(i));
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    static final class Manager implements CollectorManager<FacetCollector, Map<Facet, List<FacetValue>>> {
        private final List<Facet> facets;
        private final boolean byArticle;

        Manager(Set<Facet> facets, boolean byArticle) {
            this.facets = List.copyOf(facets);
            this.byArticle = byArticle;
        }

        @Override
        public FacetCollector newCollector() {
            return new FacetCollector(facets, byArticle);
        }

        @Override
        public Map<Facet, List<FacetValue>> reduce(Collection<FacetCollector> collectors) throws IOException {
            List<Map<String, Long>> total = new ArrayList<>();
            facets.forEach(f -> total.add(new HashMap<>()));
            Map<String, String[]> articles = new HashMap<>();
            for (FacetCollector c : collectors) {
                c.flush();
                for (int i = 0; i < facets.size(); i++) {
                    Map<String, Long> into = total.get(i);
                    c.counts.get(i).forEach((value, n) -> into.merge(value, n, Long::sum));
                }
                c.articles.forEach(articles::putIfAbsent);
            }
            for (String[] values : articles.values()) {
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null) {
                        total.get(i).merge(values[i], 1L, Long::sum);
                    }
                }
            }
            Map<Facet, List<FacetValue>> out = new LinkedHashMap<>();
            for (int i = 0; i < facets.size(); i++) {
                FacetCounts top = new FacetCounts();
                total.get(i).forEach(top::add);
                out.put(facets.get(i), top.top());
            }
            return out;
        }
    }

    /** One facet's values in the current segment. */
    private abstract static class Tally {
        abstract void setSegment(LeafReader reader) throws IOException;

        /** Counts the document's value, if it has one. */
        abstract void count(int doc) throws IOException;

        /** The document's value, or {@code null}. */
        abstract String valueOf(int doc) throws IOException;

        /** Adds the segment's counts to {@code out} and forgets them. */
        abstract void flushInto(Map<String, Long> out) throws IOException;
    }

    /** A keyword's sorted doc values, counted by ordinal. */
    private static final class KeywordTally extends Tally {
        private final String field;
        private SortedDocValues values;
        private int[] perOrd = new int[0];
        private int[] touched = new int[0];
        private int touchedSize;

        KeywordTally(String field) {
            this.field = field;
        }

        @Override
        void setSegment(LeafReader reader) throws IOException {
            values = DocValues.getSorted(reader, field);
            int ords = values.getValueCount();
            if (perOrd.length < ords) {
                perOrd = new int[ords];
                touched = new int[ords];
            }
        }

        @Override
        void count(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                int ord = values.ordValue();
                if (perOrd[ord]++ == 0) {
                    touched[touchedSize++] = ord;
                }
            }
        }

        @Override
        String valueOf(int doc) throws IOException {
            return values.advanceExact(doc)
                    ? values.lookupOrd(values.ordValue()).utf8ToString()
                    : null;
        }

        @Override
        void flushInto(Map<String, Long> out) throws IOException {
            for (int i = 0; i < touchedSize; i++) {
                int ord = touched[i];
                out.merge(values.lookupOrd(ord).utf8ToString(), (long) perOrd[ord], Long::sum);
                perOrd[ord] = 0;
            }
            touchedSize = 0;
        }
    }

    /** The year of the {@code day} doc value (epoch day); a handful of years per index, so a small map. */
    private static final class YearTally extends Tally {
        private NumericDocValues days;
        private final Map<Integer, Long> perYear = new HashMap<>();

        @Override
        void setSegment(LeafReader reader) throws IOException {
            days = DocValues.getNumeric(reader, Fields.DAY);
        }

        @Override
        void count(int doc) throws IOException {
            if (days.advanceExact(doc)) {
                perYear.merge(year(days.longValue()), 1L, Long::sum);
            }
        }

        @Override
        String valueOf(int doc) throws IOException {
            return days.advanceExact(doc) ? String.valueOf(year(days.longValue())) : null;
        }

        private static int year(long epochDay) {
            return LocalDate.ofEpochDay(epochDay).getYear();
        }

        @Override
        void flushInto(Map<String, Long> out) {
            perYear.forEach((year, n) -> out.merge(String.valueOf(year), n, Long::sum));
            perYear.clear();
        }
    }
}
