package org.zhsearch;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.IndexStats;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.api.Token;

/**
 * zhsearch as a library: build an index from a corpus, open it, search it. Thread-safe.
 *
 * <pre>{@code
 * ZhSearch.build(Path.of("corpus"), Path.of("index-data/index"), IndexOptions.defaults(), ProgressListener.NONE);
 * try (ZhSearch zh = ZhSearch.open(Path.of("index-data/index"))) {
 *     SearchResult r = zh.search(SearchRequest.of("主题教育"));
 * }
 * }</pre>
 */
public final class ZhSearch implements Closeable {
    // SKELETON: implementation lands with the core engine (issue 2).

    private ZhSearch() {
    }

    /**
     * Builds a fresh index of {@code corpus} in a new generation under {@code indexHome} and makes it live
     * atomically when complete; a crash mid-way leaves the previous generation live. Open instances of
     * {@link ZhSearch} on the same home switch to the new generation within about a second.
     */
    public static IndexReport build(Path corpus, Path indexHome, IndexOptions options, ProgressListener listener) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** True when {@code indexHome} holds a complete, live index generation. */
    public static boolean exists(Path indexHome) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Opens the live index under {@code indexHome} for searching and writing, creating an empty one if absent. */
    public static ZhSearch open(Path indexHome) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Runs a search. Throws {@link org.zhsearch.api.InvalidQueryException} for a query that cannot be parsed. */
    public SearchResult search(SearchRequest request) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** The whole article with this id, if indexed. */
    public Optional<Article> article(String id) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Adds or replaces an article; durable when this returns, searchable within a second. */
    public void put(Article article) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Deletes an article; durable when this returns. Returns false if there was no such article. */
    public boolean delete(String id) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** The SmartChinese words of {@code text}, as the ranking field indexes them. */
    public List<Token> analyze(String text) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Completions of a typed prefix: titles, section headings and frequent words, best first. */
    public List<String> suggest(String prefix, int limit) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Article and paragraph counts, size and build time of the live index. */
    public IndexStats stats() {
        throw new UnsupportedOperationException("skeleton");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("skeleton");
    }
}
