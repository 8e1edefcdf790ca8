package org.zhsearch.analysis;

import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;

/**
 * A stable {@link Analyzer} that delegates to whichever analyzer {@code current} returns, so holders of
 * {@link CurrentAnalysis#indexAnalyzer} (an IndexWriter's analyzer) see dictionary reloads without
 * being rebuilt. Plumbing only: the analysis itself is the delegate's chain of stock factories.
 *
 * <p>A thread switches to a new delegate only when it starts a token stream: the delegate is pinned per thread
 * together with the components created from it, so a reload in the middle of {@code tokenStream()} can never
 * file components of the old chain under the new one.
 */
final class SwitchingAnalyzer extends AnalyzerWrapper {
    private final Supplier<Analyzer> current;

    SwitchingAnalyzer(Supplier<Analyzer> current) {
        super(new PinningStrategy());
        this.current = current;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        Pinned pinned = ((PinningStrategy) getReuseStrategy()).pinned(this);
        return pinned != null ? pinned.delegate : current.get();
    }

    private static final class Pinned {
        final Analyzer delegate;
        TokenStreamComponents components;

        Pinned(Analyzer delegate) {
            this.delegate = delegate;
        }
    }

    /** Per thread: the delegate in use and its components (the delegates reuse one set for every field). */
    private static final class PinningStrategy extends ReuseStrategy {
        Pinned pinned(Analyzer analyzer) {
            return (Pinned) getStoredValue(analyzer);
        }

        @Override
        public TokenStreamComponents getReusableComponents(Analyzer analyzer, String fieldName) {
            Analyzer now = ((SwitchingAnalyzer) analyzer).current.get();
            Pinned pinned = pinned(analyzer);
            if (pinned != null && pinned.delegate == now) {
                return pinned.components;
            }
            setStoredValue(analyzer, new Pinned(now));
            return null;
        }

        @Override
        public void setReusableComponents(Analyzer analyzer, String fieldName, TokenStreamComponents components) {
            pinned(analyzer).components = components;
        }
    }
}
