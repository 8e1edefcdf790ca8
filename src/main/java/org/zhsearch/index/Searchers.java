package org.zhsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;

/** Acquiring and releasing a searcher of whatever generation is served, across a switch that closes the old one. */
final class Searchers {
    private static final Logger LOG = LoggerFactory.getLogger(Searchers.class);

    private Searchers() {
    }

    static <T> T with(Supplier<SearcherManager> served, Function<IndexSearcher, T> work) {
        for (int attempt = 0; ; attempt++) {
            SearcherManager manager = served.get();
            IndexSearcher searcher;
            try {
                searcher = manager.acquire();
            } catch (AlreadyClosedException e) {
                if (attempt < 3) {
                    continue; // a generation switch closed it between read and acquire
                }
                throw new ZhsearchException(ErrorCode.INDEX_CLOSED, "the index is closed", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return work.apply(searcher);
            } finally {
                try {
                    manager.release(searcher);
                } catch (IOException e) {
                    LOG.warn("cannot release searcher", e);
                }
            }
        }
    }
}
