package org.zhsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;

/** Acquiring and releasing a searcher of whatever generation is served, across a switch that closes the old one. */
final class Searchers {
    private Searchers() {}

    static HeldSearcher acquire(Supplier<SearcherManager> served) {
        for (int attempt = 0; ; attempt++) {
            SearcherManager manager = served.get();
            try {
                return new HeldSearcher(manager, manager.acquire());
            } catch (AlreadyClosedException e) {
                if (attempt < 3) {
                    continue; // a generation switch closed it between read and acquire
                }
                throw new ZhsearchException(ErrorCode.INDEX_CLOSED, "the index is closed", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static <T> T with(Supplier<SearcherManager> served, Function<org.apache.lucene.search.IndexSearcher, T> work) {
        try (HeldSearcher held = acquire(served)) {
            return work.apply(held.searcher());
        }
    }
}
