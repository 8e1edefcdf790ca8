package org.zhsearch.writes;

import org.zhsearch.api.Article;

/**
 * One article write made through the API (a put or a delete) as the write log keeps it, with the sequence number
 * the log gave it: later writes have higher numbers. Each engine stores the log its own way (the embedded engine a
 * journal file, OpenSearch an index) but both hand these records to the same replay ({@link LatestWrites}).
 */
public sealed interface Write permits Write.Put, Write.Delete {
    /** Below every sequence number: "replay everything". */
    long BEFORE_ALL = -1;

    /** The id of the article written. */
    String id();

    /** The log's number for this write. */
    long seq();

    /** Adds or replaces the whole article. */
    record Put(Article article, long seq) implements Write {
        @Override
        public String id() {
            return article.id();
        }
    }

    /** Removes the article, if present. */
    record Delete(String id, long seq) implements Write {}
}
