package org.zhsearch.index;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A searcher acquired from the served generation and held until {@link #close()}: every read through it sees the
 * same index state, whatever refreshes or generation switches happen meanwhile (the old reader stays open until
 * it is released). Close it once, on the thread that is done with it.
 */
public final class HeldSearcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeldSearcher.class);
    private final SearcherManager manager;
    private final IndexSearcher searcher;

    HeldSearcher(SearcherManager manager, IndexSearcher searcher) {
        this.manager = manager;
        this.searcher = searcher;
    }

    /** The held searcher. */
    public IndexSearcher searcher() {
        return searcher;
    }

    /** Releases the searcher; never throws. */
    @Override
    public void close() {
        try {
            manager.release(searcher);
        } catch (IOException e) {
            LOG.warn("cannot release searcher", e);
        }
    }
}
