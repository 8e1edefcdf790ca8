package org.zhsearch.build;

import java.util.Locale;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ZhsearchException;

/**
 * The check before a rebuild replaces the live index: an emptied or wrongly mounted corpus directory must not
 * silently replace a good index.
 */
public final class ShrinkGuard {
    private ShrinkGuard() {}

    /**
     * Throws {@code rebuild_refused} when the new index has no articles, or fewer than
     * {@link IndexOptions#minLiveFraction()} of the live one's, unless {@link IndexOptions#force()}.
     */
    public static void check(long newArticles, long liveArticles, IndexOptions options) {
        if (options.force() || liveArticles == 0) {
            return;
        }
        if (newArticles == 0 || newArticles < options.minLiveFraction() * liveArticles) {
            throw new ZhsearchException(
                    ErrorCode.REBUILD_REFUSED,
                    String.format(
                            Locale.ROOT,
                            "the new index would have %d articles, the live one has %d (below %.0f %%): kept the live index."
                                    + " Check the corpus directory, or force the switch (--force, force=true)",
                            newArticles,
                            liveArticles,
                            options.minLiveFraction() * 100));
        }
    }
}
