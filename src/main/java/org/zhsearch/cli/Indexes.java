package org.zhsearch.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.config.Backend;
import org.zhsearch.config.ZhsearchConfig;

/** Opening the live index for the read-only commands. */
final class Indexes {
    private static final Logger LOG = LoggerFactory.getLogger(Indexes.class);

    private Indexes() {}

    /**
     * Opens the index {@code config} describes, with its dictionaries, or fails saying how to build one (never
     * creates an empty index).
     */
    static ZhSearch openExisting(ZhsearchConfig config) {
        if (config.backend() instanceof Backend.Embedded embedded && !ZhSearch.exists(embedded.indexHome())) {
            throw new ZhsearchException(
                    ErrorCode.NO_INDEX,
                    "no index at " + embedded.describe()
                            + " — build one with 'zhsearch index --corpus DIR' (or 'zhsearch serve', which indexes the"
                            + " configured corpus first), or point --index at an existing index");
        }
        ZhSearch zh = ZhSearch.open(config);
        zh.dictionaries().problems().forEach(problem -> LOG.warn("user dictionary: {}", problem));
        return zh;
    }
}
