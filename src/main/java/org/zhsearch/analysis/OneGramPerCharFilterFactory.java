package org.zhsearch.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * {@link OneGramPerCharFilter} for {@code CustomAnalyzer}, added by class (not registered by SPI name: only our
 * analysis builds the recall chain; OpenSearch receives its terms pre-cut).
 */
public final class OneGramPerCharFilterFactory extends TokenFilterFactory {
    /** The name it would have in a Solr schema. */
    public static final String NAME = "zhOneGramPerChar";

    public OneGramPerCharFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters: " + args);
        }
    }

    /** For SPI's service loader conventions; not used. */
    public OneGramPerCharFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new OneGramPerCharFilter(input);
    }
}
