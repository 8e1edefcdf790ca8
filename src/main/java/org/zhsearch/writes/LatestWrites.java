package org.zhsearch.writes;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one replay of a write log: of the writes numbered above a sequence number, only the last one of each article
 * is applied — the same index as applying them all in order, since puts replace and deletes delete by id, for a
 * fraction of the analysis when an article was written many times. Two passes, so memory holds one number per id,
 * not the articles.
 */
public final class LatestWrites {
    private LatestWrites() {}

    /**
     * Applies the last write of each article in {@code log} numbered above {@code after}; returns what the first
     * pass's {@link WriteLog#forEachAfter} returned. Writes recorded between the passes are not applied (the first
     * pass did not see them): the caller applies what came after the returned number if it must.
     */
    public static long replay(WriteLog log, long after, Consumer<Write> apply) {
        Map<String, Long> latest = new HashMap<>();
        long through = log.forEachAfter(after, w -> latest.put(w.id(), w.seq()));
        if (!latest.isEmpty()) {
            log.forEachAfter(after, w -> {
                Long seq = latest.get(w.id());
                if (seq != null && seq == w.seq()) {
                    apply.accept(w);
                }
            });
        }
        return through;
    }
}
