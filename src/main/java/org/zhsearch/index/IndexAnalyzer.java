package org.zhsearch.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.IndexWriterConfig;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.analysis.CurrentAnalysis;

/**
 * The analyzer an IndexWriter uses — words for {@link Fields#WORDS} (and the title words), characters for
 * {@link Fields#CHARS} — and {@link #writerConfig}, the settings every writer of a zhsearch index starts from.
 */
public final class IndexAnalyzer {
    private IndexAnalyzer() {
    }

    /** The chains of one analysis value (a bulk build uses one value from start to end). */
    public static Analyzer of(Analysis analysis) {
        return new PerFieldAnalyzerWrapper(analysis.words(), Map.of(Fields.CHARS, analysis.chars()));
    }

    /** The chains of whichever value {@code current} holds when a document is analysed (a live writer). */
    public static Analyzer following(CurrentAnalysis current) {
        return current.indexAnalyzer(Fields.CHARS);
    }

    /** A writer configuration with {@code analyzer} and {@link ZhsearchCodec}. */
    static IndexWriterConfig writerConfig(Analyzer analyzer) {
        return new IndexWriterConfig(analyzer).setCodec(new ZhsearchCodec());
    }
}
