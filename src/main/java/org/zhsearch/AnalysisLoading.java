package org.zhsearch;

import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.AnalysisConfig;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;

/** How the facade loads, warms up and describes an instance's analysis (dictionaries, synonyms, question words). */
final class AnalysisLoading {
    private AnalysisLoading() {}

    /**
     * SmartChinese and the pinyin reader load their dictionaries lazily (~0.5–1 s): start that now, beside opening
     * the index or walking a corpus, so a server is ready sooner and the first query does not pay for it alone.
     */
    static void warmUp(Analysis analysis, boolean forSearches) {
        Thread warm = new Thread(() -> analysis.warmUp(forSearches), "zhsearch-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    static Analysis load(AnalysisConfig config) {
        return dictionaryErrors(() -> Analysis.load(config));
    }

    static <T> T dictionaryErrors(Supplier<T> load) {
        try {
            return load.get();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ZhsearchException(ErrorCode.INVALID_DICTIONARY, e.getMessage(), e);
        }
    }

    static ZhSearch.Dictionaries describe(Analysis analysis) {
        Analysis.Loaded loaded = analysis.loaded();
        return new ZhSearch.Dictionaries(
                loaded.config().userDict(),
                loaded.config().synonyms(),
                loaded.userWords(),
                loaded.synonymRules(),
                loaded.problems());
    }
}
