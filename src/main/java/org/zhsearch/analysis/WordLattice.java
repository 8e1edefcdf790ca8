package org.zhsearch.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.cn.smart.Utility;

/**
 * Cuts one sentence into SmartChinese's words: the same candidate words, the same smoothed word-pair weights and
 * the same cheapest path as its {@code HHMMSegmenter} (ties to the earlier candidate), over {@link SmartChineseModel}'s
 * tables ({@link WordCandidates}) and in flat arrays reused from sentence to sentence instead of lists, maps and an
 * object per candidate and per pair. The words come out as SmartChinese's tokenizer gives them: Latin runs
 * lower-cased, full-width letters and digits made half-width, punctuation as {@code ,}.
 * {@code SmartChineseTokenizerTest} holds it to SmartChinese.
 *
 * <p>One per tokenizer: not thread-safe.
 */
final class WordLattice {
    private static final double SMOOTHING = 0.1;
    private static final double MAX_FREQUENCY = Utility.MAX_FREQUENCE;
    private static final double TINY = 1.0 / Utility.MAX_FREQUENCE;

    private final BigramTable pairs;
    private final WordCandidates candidates;

    private double[] cost = new double[64];
    private int[] previous = new int[64];
    /** For each offset 0..length, the first candidate starting there or later. */
    private int[] firstFrom = new int[64];

    // the words of the cheapest path; their terms one after another in terms
    private int words;
    private int[] path = new int[64];
    private char[] terms = new char[64];
    private int[] termStart = new int[64];

    WordLattice(SmartChineseModel model) {
        this.pairs = model.pairs;
        this.candidates = new WordCandidates(model);
    }

    /** Cuts {@code text[from, to)}, one sentence; read the words with {@link #words()} and the accessors. */
    void cut(char[] text, int from, int to) {
        candidates.collect(text, from, to);
        if (cost.length < candidates.count()) {
            cost = new double[candidates.count() * 2];
            previous = new int[candidates.count() * 2];
        }
        linkFollowers(to - from);
        cheapestPath();
        writeWords();
    }

    /** How many words the last sentence was cut into. */
    int words() {
        return words;
    }

    /** Word {@code k}'s start, relative to the sentence. */
    int start(int k) {
        return candidates.start(path[k]);
    }

    /** Word {@code k}'s end, relative to the sentence. */
    int end(int k) {
        return candidates.end(path[k]);
    }

    /** The chars all words' terms are in ({@link #termStart}, {@link #termLength}). */
    char[] terms() {
        return terms;
    }

    int termStart(int k) {
        return termStart[k];
    }

    int termLength(int k) {
        return termStart[k + 1] - termStart[k];
    }

    /** Fills {@link #firstFrom}: a candidate's followers are all those at the first start at or after its end. */
    private void linkFollowers(int length) {
        if (firstFrom.length < length + 2) {
            firstFrom = new int[length + 2];
        }
        int k = candidates.count() - 1;
        for (int offset = length; offset >= 0; offset--) {
            while (k > 0 && candidates.start(k - 1) >= offset) {
                k--;
            }
            firstFrom[offset] = k;
        }
    }

    /**
     * The cheapest path from the sentence's start (candidate 0) to its end (the last), over the pairs of a candidate
     * and each of its followers, weighted {@code -log(a·P(first) + (1−a)·P(second | first))} as SmartChinese weighs
     * them (same expression, same order of operations, so the same doubles). Candidates are in order of start, so a
     * candidate's cost is final before its followers are reached; a strictly cheaper path replaces, so ties keep the
     * earlier candidate, as SmartChinese does.
     */
    private void cheapestPath() {
        int count = candidates.count();
        Arrays.fill(cost, 0, count, Double.MAX_VALUE);
        Arrays.fill(previous, 0, count, 0); // a candidate no path reaches (none is) leads nowhere, never round
        cost[0] = 0;
        for (int u = 0; u < count - 1; u++) {
            int first = firstFrom[candidates.end(u)];
            int followersStart = candidates.start(first);
            double oneWordFreq = candidates.frequency(u);
            double unseenPair = SMOOTHING * (1.0 + oneWordFreq) / (MAX_FREQUENCY + 0.0);
            // most pairs are not in the table: their weight, the same expression with a frequency of 0, once per u
            double unseenWeight = weight(unseenPair, 0, oneWordFreq);
            for (int v = first; v < count && candidates.start(v) == followersStart; v++) {
                int pairFreq = pairs.frequency(candidates.pairHash(u, v));
                double weight = pairFreq == 0 ? unseenWeight : weight(unseenPair, pairFreq, oneWordFreq);
                if (cost[u] + weight < cost[v]) {
                    cost[v] = cost[u] + weight;
                    previous[v] = u;
                }
            }
        }
    }

    private static double weight(double unseenPair, int pairFreq, double oneWordFreq) {
        return -Math.log(unseenPair + (1.0 - SMOOTHING) * ((1.0 - TINY) * pairFreq / (1.0 + oneWordFreq) + TINY));
    }

    /** The path's candidates between the sentence's start and end, and their terms as SmartChinese gives them. */
    private void writeWords() {
        int last = candidates.count() - 1;
        words = 0;
        for (int v = previous[last]; v != 0; v = previous[v]) {
            words++;
        }
        if (path.length < words) {
            path = new int[words];
        }
        if (termStart.length < words + 1) {
            termStart = new int[words + 1];
        }
        int k = words;
        for (int v = previous[last]; v != 0; v = previous[v]) {
            path[--k] = v;
        }
        int used = 0;
        for (k = 0; k < words; k++) {
            int v = path[k];
            termStart[k] = used;
            if (terms.length < used + candidates.maxTermLength(v)) {
                terms = Arrays.copyOf(terms, Math.max(terms.length * 2, used + candidates.maxTermLength(v)));
            }
            used = candidates.writeTerm(v, terms, used);
        }
        termStart[words] = used;
    }
}
