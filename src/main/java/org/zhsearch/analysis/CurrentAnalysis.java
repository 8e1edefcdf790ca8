package org.zhsearch.analysis;

import org.apache.lucene.analysis.Analyzer;

/**
 * The analysis one zhsearch instance uses now: a reference to an immutable {@link Analysis}, swapped atomically
 * when that instance reloads its dictionaries (and only for it). {@link #wordsAnalyzer} and {@link #indexCharsAnalyzer} are stable analyzers over
 * whichever value is current, for an IndexWriter that lives across reloads.
 */
public final class CurrentAnalysis {
    private volatile Analysis current;
    private final Analyzer words = new SwitchingAnalyzer(() -> current.words());
    private final Analyzer chars = new SwitchingAnalyzer(() -> current.indexChars());

    public CurrentAnalysis(Analysis initial) {
        this.current = initial;
    }

    /** The value in use; callers keep it for the whole of one operation so it sees one consistent analysis. */
    public Analysis get() {
        return current;
    }

    /** Makes {@code next} the analysis of this instance from the next operation on. */
    public void set(Analysis next) {
        current = next;
    }

    /** The words chain of the current value, whichever it is when a text is analysed; follows {@link #set}. */
    public Analyzer wordsAnalyzer() {
        return words;
    }

    /**
     * The recall (characters) chain of the current value for normalised text ({@link Analysis#indexChars()}), as an
     * index analyses it; follows {@link #set}.
     */
    public Analyzer indexCharsAnalyzer() {
        return chars;
    }
}
