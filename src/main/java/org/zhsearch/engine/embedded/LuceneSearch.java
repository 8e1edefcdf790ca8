package org.zhsearch.engine.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.Facet;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.SearchSort;
import org.zhsearch.engine.EngineQuery;
import org.zhsearch.engine.Filters;
import org.zhsearch.engine.Page;
import org.zhsearch.engine.RelatedQuery;
import org.zhsearch.engine.StoredHit;
import org.zhsearch.index.ArticleDocuments;
import org.zhsearch.schema.FieldOrder;
import org.zhsearch.schema.Fields;

/**
 * Runs mapped queries on a searcher: filter, collect with an exact total, load only the returned page, in
 * {@link #ORDER}.
 */
final class LuceneSearch {
    /**
     * Up to this many matches the top-k pass counts exactly; beyond it the top-k pass may skip non-competitive
     * documents and the exact total comes from {@link IndexSearcher#count} over the match-only query (no scoring
     * clauses). A single term skips from the start: its count is its document frequency.
     */
    static final int EXACT_COUNT_THRESHOLD = 1000;
    /**
     * Best score first; equal scores by article id, then paragraph number, so the order does not depend on the order
     * documents were indexed in (several threads) and is the same on every engine.
     */
    static final Sort ORDER = new Sort(
            SortField.FIELD_SCORE,
            new SortField(Fields.ARTICLE_ID, SortField.Type.STRING),
            new SortField(Fields.N, SortField.Type.INT));

    /**
     * {@link #ORDER}, or by the article's date-time first ({@link DateTimeOrder}: paragraphs without a date last),
     * then {@link #ORDER}.
     */
    static Sort order(SearchSort sort, FieldOrder field) {
        SortField[] rest = ORDER.getSort();
        if (field != null) {
            return new Sort(DeclaredFieldQueries.sortField(field), rest[0], rest[1], rest[2]);
        }
        if (sort == SearchSort.RELEVANCE) {
            return ORDER;
        }
        boolean newestFirst = sort == SearchSort.DATE_DESC;
        return new Sort(DateTimeOrder.sortField(newestFirst), rest[0], rest[1], rest[2]);
    }

    private LuceneSearch() {}

    static Page search(
            IndexSearcher searcher,
            EngineQuery query,
            Filters filters,
            Grouping grouping,
            SearchSort sort,
            FieldOrder fieldOrder,
            int offset,
            int limit) {
        LuceneQueryMapper.Mapped mapped = LuceneQueryMapper.map(query);
        Query scored = withFilters(mapped.scored(), filters);
        Query matchOnly = withFilters(mapped.matchOnly(), filters);
        try {
            if (grouping == Grouping.ARTICLE) {
                return grouped(searcher, scored, offset, limit);
            }
            int window = offset + limit;
            // An unfiltered single term (two CJK characters, one word, no synonyms) is counted from its document
            // frequency (its postings where there are deletions), so the top-k pass need not count. A lone
            // character is a prefix over the term dictionary: counted by a second, match-only pass.
            int threshold = matchOnly instanceof TermQuery ? window : EXACT_COUNT_THRESHOLD;
            TopDocs top = searcher.search(
                    scored, new TopFieldCollectorManager(order(sort, fieldOrder), window, null, threshold));
            long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
                    ? top.totalHits.value()
                    : searcher.count(matchOnly);
            return new Page(total, load(searcher, top, offset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long count(IndexSearcher searcher, EngineQuery query, Filters filters) {
        try {
            return searcher.count(withFilters(LuceneQueryMapper.map(query).matchOnly(), filters));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Page related(
            IndexSearcher searcher, RelatedQuery query, Filters filters, Grouping grouping, int offset, int limit) {
        LuceneQueryMapper.Mapped mapped = LuceneQueryMapper.map(query);
        Query scored = withFilters(mapped.scored(), filters);
        try {
            if (grouping == Grouping.ARTICLE) {
                return grouped(searcher, scored, offset, limit);
            }
            int window = offset + limit;
            TopDocs top = searcher.search(scored, new TopFieldCollectorManager(ORDER, window, null, window));
            return new Page(searcher.count(withFilters(mapped.matchOnly(), filters)), load(searcher, top, offset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Page grouped(IndexSearcher searcher, Query scored, int offset, int limit) throws IOException {
        ArticleGroups groups = searcher.search(scored, new ArticleGroups.Manager());
        ArticleDocuments documents = new ArticleDocuments(searcher);
        List<StoredHit> hits = new ArrayList<>();
        for (ArticleGroups.Group g : groups.page(offset, limit)) {
            hits.add(documents.hit(g.doc(), g.score(), g.count()));
        }
        return new Page(groups.size(), hits);
    }

    private static List<StoredHit> load(IndexSearcher searcher, TopDocs top, int offset) throws IOException {
        ArticleDocuments documents = new ArticleDocuments(searcher); // one read of each article's values
        List<StoredHit> hits = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            hits.add(documents.hit(sd.doc, scoreOf(sd), null));
        }
        return hits;
    }

    /** Sorted by fields, the score is the sort value that is a float (ScoreDoc.score is not filled in). */
    private static float scoreOf(ScoreDoc sd) {
        if (sd instanceof FieldDoc fd) {
            for (Object value : fd.fields) {
                if (value instanceof Float f) {
                    return f;
                }
            }
        }
        return sd.score;
    }

    /** Counts every match of {@code query} and {@code filters} by {@code facets} ({@link FacetCollector}). */
    static Map<Facet, List<FacetValue>> facets(
            IndexSearcher searcher, EngineQuery query, Filters filters, Grouping grouping, Set<Facet> facets) {
        if (facets.isEmpty()) {
            return Map.of();
        }
        Query matchOnly = withFilters(LuceneQueryMapper.map(query).matchOnly(), filters);
        try {
            return searcher.search(matchOnly, new FacetCollector.Manager(facets, grouping == Grouping.ARTICLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts every match of {@code query} and {@code filters} by declared fields ({@link FieldFacetCollector}). */
    static Map<String, List<FacetValue>> fieldFacets(
            IndexSearcher searcher, EngineQuery query, Filters filters, Grouping grouping, List<DeclaredField> fields) {
        if (fields.isEmpty()) {
            return Map.of();
        }
        Query matchOnly = withFilters(LuceneQueryMapper.map(query).matchOnly(), filters);
        try {
            return searcher.search(matchOnly, new FieldFacetCollector.Manager(fields, grouping == Grouping.ARTICLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query withFilters(Query query, Filters f) {
        if (f.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (f.from() != null || f.to() != null) {
            long lo = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
            long hi = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Fields.DAY, lo, hi), Occur.FILTER);
        }
        if (f.source() != null) {
            b.add(new TermQuery(new Term(Fields.SOURCE, f.source())), Occur.FILTER);
        }
        if (f.publication() != null) {
            b.add(new TermQuery(new Term(Fields.PUBLICATION_FACET, f.publication())), Occur.FILTER);
        }
        DeclaredFieldQueries.addFilters(b, f.fields());
        return b.build();
    }
}
