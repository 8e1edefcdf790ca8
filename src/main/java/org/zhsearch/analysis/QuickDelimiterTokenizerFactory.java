package org.zhsearch.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/** {@link QuickDelimiterTokenizer} for {@code CustomAnalyzer}, added by class (only the words chain uses it). */
public final class QuickDelimiterTokenizerFactory extends TokenizerFactory {
    /** The name it would have in a Solr schema. */
    public static final String NAME = "zhQuickDelimiter";

    public QuickDelimiterTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters: " + args);
        }
    }

    /** For SPI's service loader conventions; not used. */
    public QuickDelimiterTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public Tokenizer create(AttributeFactory factory) {
        return new QuickDelimiterTokenizer(factory);
    }
}
