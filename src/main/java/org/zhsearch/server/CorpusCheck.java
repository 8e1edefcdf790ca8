package org.zhsearch.server;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Whether the index was built from the corpus folder this server reindexes from: an index built from another
 * folder would otherwise be served silently, and a reindex would replace it with this folder's articles.
 */
final class CorpusCheck {
    private CorpusCheck() {}

    /** True when both are known and {@code indexedFrom} (a manifest's real path) is not {@code configured}. */
    static boolean mismatch(Path configured, String indexedFrom) {
        return configured != null
                && indexedFrom != null
                && !realPath(configured).equals(indexedFrom);
    }

    /** The warning for a {@link #mismatch}, naming both folders and what to run. */
    static String warning(Path configured, String indexedFrom) {
        String dir = realPath(configured);
        return "the index was built from " + indexedFrom + ", not from the corpus folder this server was given ("
                + dir + "): searches show the articles of " + indexedFrom + ", and a reindex would replace them."
                + " To serve " + dir + ", run 'zhsearch index --corpus " + dir + "' (a full rebuild) or"
                + " POST /api/admin/reindex (add ?mode=update, or --update, to apply only the differences);"
                + " to keep the index, start the server with --corpus " + indexedFrom;
    }

    private static String realPath(Path dir) {
        try {
            return dir.toRealPath().toString();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize().toString();
        }
    }
}
