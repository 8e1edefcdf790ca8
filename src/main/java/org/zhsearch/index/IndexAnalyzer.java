package org.zhsearch.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.IndexWriterConfig;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.analysis.CurrentAnalysis;
import org.zhsearch.analysis.Precut;
import org.zhsearch.schema.DeclaredValues;
import org.zhsearch.schema.Fields;
import org.zhsearch.schema.ParagraphField;

/**
 * The analyzer an IndexWriter uses — normalised characters for {@link Fields#CHARS}, pre-cut terms for {@link Fields#WORDS},
 * {@link Fields#TITLE_WORDS} and the declared text fields' words
 * ({@link DeclaredValues#wordsField}; SmartChinese words for any other text field) — and
 * {@link #writerConfig}, the settings every writer of a zhsearch index starts from.
 */
public final class IndexAnalyzer {
    private IndexAnalyzer() {}

    /** The chains of one analysis value (a bulk build uses one value from start to end). */
    public static Analyzer of(Analysis analysis) {
        return perField(analysis.words(), analysis.indexChars());
    }

    /** The chains of whichever value {@code current} holds when a document is analysed (a live writer). */
    public static Analyzer following(CurrentAnalysis current) {
        return perField(current.wordsAnalyzer(), current.indexCharsAnalyzer());
    }

    /**
     * Each analysed field of the schema by its {@link ParagraphField#analysis()}. Characters analysed here; the
     * paragraph's words and the title's words arrive pre-cut
     * ({@link Analysis#precut}), cut by the same analysis value when the document was made.
     */
    private static Analyzer perField(Analyzer words, Analyzer chars) {
        Map<String, Analyzer> perField = new HashMap<>();
        for (ParagraphField f : ParagraphField.values()) {
            if (f.analysed()) {
                perField.put(
                        f.field(),
                        switch (f.analysis()) {
                            case CHARS -> chars;
                            case WORDS -> Precut.analyzer();
                        });
            }
        }
        Analyzer schema = new PerFieldAnalyzerWrapper(words, perField);
        Analyzer precut = Precut.analyzer();
        String declaredWords = DeclaredValues.WORDS + ".";
        // a declared text field's words arrive pre-cut, as the title's; its names are the configuration's
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return fieldName.startsWith(declaredWords) ? precut : schema;
            }
        };
    }

    /** A writer configuration with {@code analyzer} and {@link ZhsearchCodec}. */
    static IndexWriterConfig writerConfig(Analyzer analyzer) {
        return new IndexWriterConfig(analyzer).setCodec(new ZhsearchCodec());
    }
}
