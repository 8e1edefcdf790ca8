package org.zhsearch.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/** {@link SmartChineseTokenizer} for {@code CustomAnalyzer}, added by class (only the words chain uses it). */
public final class SmartChineseTokenizerFactory extends TokenizerFactory {
    /** The name it would have in a Solr schema. */
    public static final String NAME = "zhSmartChinese";

    public SmartChineseTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters: " + args);
        }
    }

    /** For SPI's service loader conventions; not used. */
    public SmartChineseTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public Tokenizer create(AttributeFactory factory) {
        return new SmartChineseTokenizer(factory);
    }
}
