package org.zhsearch.writes;

import java.util.function.Consumer;

/**
 * Where an engine keeps the articles written through the API, so that a rebuild of the corpus — which does not
 * contain them — brings them back (replayed by {@link LatestWrites}).
 */
public interface WriteLog {
    /**
     * Hands every intact write numbered above {@code after} to {@code each}, in the order they were made; returns
     * the highest number the log is known to hold up to now (at least every record handed out).
     */
    long forEachAfter(long after, Consumer<Write> each);
}
