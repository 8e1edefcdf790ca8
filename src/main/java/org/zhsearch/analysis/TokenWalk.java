package org.zhsearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs an analyzer over a text once, token by token, with each token's position: the one loop behind the words'
 * token list ({@link Analysis#tokens}), the pre-cut words ({@link Precut}) and the recall reader ({@link RecallTerms}),
 * which differ only in the attributes they read.
 */
final class TokenWalk {
    private TokenWalk() {}

    /**
     * Analyses {@code text} as {@code field}. {@code reader} is handed the stream once, before the first token, to add
     * the attributes it reads, and returns what to do with each token, given its position (from 0).
     */
    static void walk(Analyzer analyzer, String field, String text, Function<TokenStream, IntConsumer> reader) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            IntConsumer eachToken = reader.apply(ts);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                eachToken.accept(position);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
