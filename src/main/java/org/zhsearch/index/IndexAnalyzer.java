package org.zhsearch.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.IndexWriterConfig;
import org.zhsearch.analysis.ZhAnalyzers;

/**
 * The analyzer an IndexWriter uses: words for {@link Fields#WORDS}, characters for {@link Fields#CHARS}; and
 * {@link #writerConfig()}, the settings every writer of a zhsearch index starts from.
 */
public final class IndexAnalyzer {
    private static final Analyzer INSTANCE = new PerFieldAnalyzerWrapper(ZhAnalyzers.words(),
            Map.of(Fields.CHARS, ZhAnalyzers.chars()));

    private IndexAnalyzer() {
    }

    public static Analyzer get() {
        return INSTANCE;
    }

    /** A writer configuration with this analyzer and {@link ZhsearchCodec}. */
    static IndexWriterConfig writerConfig() {
        return new IndexWriterConfig(INSTANCE).setCodec(new ZhsearchCodec());
    }
}
