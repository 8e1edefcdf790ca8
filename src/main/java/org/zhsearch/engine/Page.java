package org.zhsearch.engine;

import java.util.List;

/** One page of an engine's results and the exact number of matches (paragraphs, or articles when grouped). */
public record Page(long total, List<StoredHit> hits) {
    public Page {
        hits = List.copyOf(hits);
    }
}
