package org.zhsearch.api;

/**
 * How to build an index.
 *
 * @param threads         indexing threads (≥ 1); defaults to the number of cores
 * @param ramBufferMb     IndexWriter RAM buffer in MB
 * @param minLiveFraction a build that has no articles, or fewer than this fraction (0–1) of the live index's
 *                        articles, is refused instead of replacing the live index (default 0.5)
 * @param force           switch to the new generation even when it is that much smaller
 * @param followExternalLinks follow symbolic links that lead outside the corpus directory (off: they are skipped
 *                        and reported, so a link such as {@code passwd.txt -> /etc/passwd} is never indexed)
 * @param fields          the declared fields the corpus's {@code "fields"} / front matter are checked against (the
 *                        facade sets its configuration's); none by default
 * @param update          sync the index with the corpus instead of rebuilding it: read only the files added or
 *                        changed since the index's corpus manifest, delete the articles of removed files (a full
 *                        rebuild when there is no manifest); the result equals a full rebuild's ({@link SyncReport})
 */
public record IndexOptions(
        int threads,
        int ramBufferMb,
        double minLiveFraction,
        boolean force,
        boolean followExternalLinks,
        DeclaredFields fields,
        boolean update) {
    /** Default {@link #minLiveFraction}: a rebuild must keep at least half the live index's articles. */
    public static final double DEFAULT_MIN_LIVE_FRACTION = 0.5;

    public IndexOptions {
        if (threads < 1) {
            throw new InvalidRequestException("threads must be at least 1, got " + threads);
        }
        if (ramBufferMb < 16) {
            throw new InvalidRequestException("ramBufferMb must be at least 16, got " + ramBufferMb);
        }
        if (!(minLiveFraction >= 0 && minLiveFraction <= 1)) {
            throw new InvalidRequestException("minLiveFraction must be between 0 and 1, got " + minLiveFraction);
        }
        fields = fields == null ? DeclaredFields.NONE : fields;
    }

    /** Options for a full rebuild: the constructor before updates existed. */
    public IndexOptions(
            int threads,
            int ramBufferMb,
            double minLiveFraction,
            boolean force,
            boolean followExternalLinks,
            DeclaredFields fields) {
        this(threads, ramBufferMb, minLiveFraction, force, followExternalLinks, fields, false);
    }

    /** These options, updating the index from the corpus ({@link #update()}) or rebuilding it. */
    public IndexOptions withUpdate(boolean newUpdate) {
        return new IndexOptions(threads, ramBufferMb, minLiveFraction, force, followExternalLinks, fields, newUpdate);
    }

    /** Options without declared fields: the constructor before they existed. */
    public IndexOptions(
            int threads, int ramBufferMb, double minLiveFraction, boolean force, boolean followExternalLinks) {
        this(threads, ramBufferMb, minLiveFraction, force, followExternalLinks, DeclaredFields.NONE);
    }

    /** These options, checking articles against {@code declared}. */
    public IndexOptions withFields(DeclaredFields declared) {
        return new IndexOptions(threads, ramBufferMb, minLiveFraction, force, followExternalLinks, declared, update);
    }

    /** Options with the default guard against shrinking rebuilds. */
    public IndexOptions(int threads, int ramBufferMb) {
        this(threads, ramBufferMb, DEFAULT_MIN_LIVE_FRACTION, false, false);
    }

    public static IndexOptions defaults() {
        return new IndexOptions(Runtime.getRuntime().availableProcessors(), 256);
    }

    public IndexOptions withThreads(int newThreads) {
        return new IndexOptions(newThreads, ramBufferMb, minLiveFraction, force, followExternalLinks, fields, update);
    }

    /** These options, switching to the new generation however small it is. */
    public IndexOptions withForce(boolean newForce) {
        return new IndexOptions(threads, ramBufferMb, minLiveFraction, newForce, followExternalLinks, fields, update);
    }

    public IndexOptions withMinLiveFraction(double newFraction) {
        return new IndexOptions(threads, ramBufferMb, newFraction, force, followExternalLinks, fields, update);
    }

    /** These options, following symbolic links that lead outside the corpus or not. */
    public IndexOptions withFollowExternalLinks(boolean follow) {
        return new IndexOptions(threads, ramBufferMb, minLiveFraction, force, follow, fields, update);
    }
}
