package org.zhsearch.cli;

import java.nio.file.Path;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;

/** Opening the live index for the read-only commands. */
final class Indexes {
    private Indexes() {
    }

    /** Opens the index at {@code indexDir}, or fails saying how to build one (never creates an empty index). */
    static ZhSearch openExisting(Path indexDir) {
        if (!ZhSearch.exists(indexDir)) {
            throw new ZhsearchException(ErrorCode.NO_INDEX, "no index at " + indexDir.toAbsolutePath().normalize()
                    + " — build one with 'zhsearch index --corpus DIR' (or 'zhsearch serve', which indexes the"
                    + " configured corpus first), or point --index at an existing index");
        }
        return ZhSearch.open(indexDir);
    }
}
