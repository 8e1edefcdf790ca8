package org.zhsearch.engine;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhsearch.api.Article;
import org.zhsearch.api.Facet;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.IndexStats;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchSort;
import org.zhsearch.build.BuildTarget;
import org.zhsearch.build.CorpusBuild;

/**
 * What the facade needs from a search engine: store paragraphs, find them by an {@link EngineQuery}, return them.
 * Everything engine-neutral — validating requests, parsing queries, synonym expansion, relaxation, highlighting,
 * snippets — happens above this interface ({@code org.zhsearch.search}); an engine maps the query tree to its own
 * query language in one class and returns stored paragraphs with scores. Implementations are thread-safe.
 */
public interface Engine extends Closeable {
    /**
     * Builds {@code corpus} into a new index and makes it live atomically when complete (a failure or a refused
     * rebuild leaves the live one), through the one pipeline of both engines ({@link CorpusBuild}). Articles
     * written through {@link #put} and {@link #delete} survive it.
     */
    default IndexReport rebuild(Path corpus, IndexOptions options, ProgressListener listener) {
        return CorpusBuild.run(corpus, options, listener, () -> newBuild(corpus, options));
    }

    /** A new, empty index of this engine for {@link #rebuild} to fill, not served until published. */
    BuildTarget newBuild(Path corpus, IndexOptions options);

    /** Adds or replaces an article, durably; true when added, false when it replaced one (decided in the write). */
    boolean put(Article article);

    /** Deletes an article, durably; false when there was none. */
    boolean delete(String id);

    /**
     * One page of the paragraphs (or articles) matching {@code query} and {@code filters}, with the exact total, in
     * {@code sort} order (paragraph hits; article pages are in relevance order).
     */
    Page search(EngineQuery query, Filters filters, Grouping grouping, SearchSort sort, int offset, int limit);

    /** The exact number of paragraphs matching {@code query} and {@code filters}. */
    long count(EngineQuery query, Filters filters);

    /**
     * Per requested facet, the values of all paragraphs matching {@code query} and {@code filters} with the exact
     * number of paragraphs having each (of distinct articles with {@link Grouping#ARTICLE}), in
     * {@link FacetCounts#ORDER}, at most {@link org.zhsearch.api.Limits#FACET_VALUES} each (use {@link FacetCounts});
     * a paragraph without the value is not counted. Keys in the order of {@code facets}.
     */
    Map<Facet, List<FacetValue>> facets(EngineQuery query, Filters filters, Grouping grouping, Set<Facet> facets);

    /** The first page of a relaxed query's matches (related results), with their exact total. */
    Page related(RelatedQuery query, Filters filters, Grouping grouping, int limit);

    /** The whole article with this id, if stored. */
    Optional<Article> article(String id);

    /**
     * Values of a keyword field ({@code title}, {@code section}) of live paragraphs that start with {@code prefix}
     * exactly, with how many paragraphs carry each: the first {@code max} in the field's order.
     */
    Map<String, Long> keywordsStartingWith(String field, String prefix, int max);

    /** The {@code limit} best-scoring paragraphs matching {@code query}, text and title (for suggestions). */
    List<SampledParagraph> sample(EngineQuery query, int limit);

    /** Article and paragraph counts, size and build time. */
    IndexStats stats();

    /** Whether searches and writes can be served now. */
    Health health();

    /** Makes every acknowledged change visible to searches now (normally automatic within a second). */
    void refresh();

    /**
     * Makes this process the index's one writer now instead of at its first write (the server, so a second server
     * fails at start and the journal is replayed at once); {@code index_locked} names the process that is.
     */
    default void becomeWriter() {
    }

    /** True while another process builds this index (so a rebuild asked for now would be refused). */
    default boolean buildRunning() {
        return false;
    }

    @Override
    void close();

    /**
     * @param serving      a searcher can be acquired (a liveness check that reads nothing from disk)
     * @param writeFailure why writes cannot be accepted now, or {@code null} when they can
     */
    record Health(boolean serving, String writeFailure) {
    }
}
