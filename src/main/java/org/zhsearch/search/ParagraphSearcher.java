package org.zhsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.Hit;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.index.Fields;
import org.zhsearch.index.ParagraphDocuments;
import org.zhsearch.query.QueryNode;
import org.zhsearch.query.QueryParser;

/**
 * Runs a {@link SearchRequest} on a searcher: parse, map, filter, collect with an exact total, then load and
 * highlight only the returned page. Ties in score are broken by index order (article, then paragraph).
 */
public final class ParagraphSearcher {
    /**
     * Up to this many matches the top-k pass counts exactly; beyond it the top-k pass may skip non-competitive
     * documents and the exact total comes from {@link IndexSearcher#count} over the match-only query (no scoring
     * clauses). A single term skips from the start: its count is its document frequency.
     */
    static final int EXACT_COUNT_THRESHOLD = 1000;
    private ParagraphSearcher() {
    }

    public static SearchResult search(IndexSearcher searcher, SearchRequest request) {
        long startNanos = System.nanoTime();
        QueryNode tree = QueryParser.parse(request.query().strip());
        LuceneQueryMapper.Mapped mapped = LuceneQueryMapper.map(tree);
        Query query = withFilters(mapped.scored(), request);
        Highlighter highlighter = Highlighter.forQuery(tree);
        try {
            List<Hit> hits = new ArrayList<>();
            long total;
            Query matchOnly = withFilters(mapped.matchOnly(), request);
            if (request.group() == Grouping.ARTICLE) {
                ArticleGroups groups = searcher.search(query, new ArticleGroups.Manager());
                total = groups.size();
                StoredFields stored = searcher.storedFields();
                for (ArticleGroups.Group g : groups.page(request.offset(), request.limit())) {
                    hits.add(hit(stored, g.doc(), g.score(), highlighter, g.count(), null));
                }
            } else {
                int window = request.offset() + request.limit();
                // An unfiltered single term (one or two CJK characters, one word, no synonyms) is counted from its
                // document frequency (its postings where there are deletions), so the top-k pass need not count.
                int threshold = matchOnly instanceof TermQuery ? window : EXACT_COUNT_THRESHOLD;
                TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(window, threshold));
                total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value()
                        : searcher.count(matchOnly);
                StoredFields stored = searcher.storedFields();
                for (int i = request.offset(); i < top.scoreDocs.length; i++) {
                    ScoreDoc sd = top.scoreDocs[i];
                    hits.add(hit(stored, sd.doc, sd.score, highlighter, null, null));
                }
            }
            Related related = Related.NONE;
            if (request.mode() == SearchMode.RELATED && total < SearchRequest.RELATED_BELOW && request.offset() == 0) {
                related = related(searcher, tree, mapped.matchOnly(), request);
            }
            long tookMs = (System.nanoTime() - startNanos) / 1_000_000;
            return new SearchResult(request.query(), total, tookMs, hits, related.hits(), related.total(),
                    related.query());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many paragraphs contain {@code text} as an exact substring (0 for text with nothing searchable). */
    private static long paragraphsContaining(IndexSearcher searcher, String text) {
        try {
            return searcher.count(LuceneQueryMapper.recallQuery(text));
        } catch (InvalidQueryException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Related(List<Hit> hits, long total, String query) {
        static final Related NONE = new Related(List.of(), 0, null);
    }

    /**
     * The related results: the relaxed query ({@link Relaxation}) minus the exact matches, filtered like the
     * request, first page only ({@code limit} hits; paging is for exact hits).
     */
    private static Related related(IndexSearcher searcher, QueryNode tree, Query exact, SearchRequest request) {
        Optional<Relaxation> relaxed = Relaxation.of(tree, word -> paragraphsContaining(searcher, word));
        if (relaxed.isEmpty()) {
            return Related.NONE;
        }
        Relaxation r = relaxed.get();
        try {
            long allWords = searcher.count(withFilters(new BooleanQuery.Builder().add(r.allWords(), Occur.MUST)
                    .add(exact, Occur.MUST_NOT).build(), request));
            int msm = r.minimumShouldMatch(allWords, SearchRequest.RELATED_BELOW);
            Query scored = withFilters(r.scored(msm, exact), request);
            Highlighter highlighter = Highlighter.forQuery(r.asTree());
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>();
            long total;
            if (request.group() == Grouping.ARTICLE) {
                ArticleGroups groups = searcher.search(scored, new ArticleGroups.Manager());
                total = groups.size();
                for (ArticleGroups.Group g : groups.page(0, request.limit())) {
                    hits.add(hit(stored, g.doc(), g.score(), highlighter, g.count(), r.words()));
                }
            } else {
                TopDocs top = searcher.search(scored, request.limit());
                total = searcher.count(withFilters(r.matchOnly(msm, exact), request));
                for (ScoreDoc sd : top.scoreDocs) {
                    hits.add(hit(stored, sd.doc, sd.score, highlighter, null, r.words()));
                }
            }
            return new Related(hits, total, String.join(" ", r.words()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query withFilters(Query query, SearchRequest r) {
        if (r.from() == null && r.to() == null && r.source() == null) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (r.from() != null || r.to() != null) {
            long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
            long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Fields.DAY, lo, hi), Occur.FILTER);
        }
        if (r.source() != null) {
            b.add(new TermQuery(new Term(Fields.SOURCE, r.source())), Occur.FILTER);
        }
        return b.build();
    }

    /** A hit from stored fields; {@code relaxedWords} non-null for a related hit (its {@code matched} words). */
    private static Hit hit(StoredFields stored, int doc, float score, Highlighter highlighter, Integer count,
                           List<String> relaxedWords) throws IOException {
        Document d = stored.document(doc);
        String text = d.get(Fields.TEXT);
        return new Hit(d.get(Fields.ID), d.get(Fields.ARTICLE_ID), ParagraphDocuments.n(d), d.get(Fields.SECTION),
                d.get(Fields.TITLE), d.get(Fields.DATE), d.get(Fields.SOURCE), score, text,
                highlighter.highlight(text), count, ParagraphDocuments.roleOf(d), highlighter.snippet(text),
                relaxedWords == null ? null : Highlighter.matched(text, relaxedWords));
    }
}
