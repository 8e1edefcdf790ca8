package org.zhsearch.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rungs a relaxed query descends until it finds enough related paragraphs, by how rare each word is rather
 * than how many words there are. A word's weight is {@link #weight its rarity}; on rung {@code j} a paragraph
 * qualifies when the words it holds weigh at least all the words' weight minus the {@code j} lightest — so it may
 * miss common words, or one rarer word worth as much as the common ones it stands for, but not the rare word that
 * carries the question. The last rung accepts any one word, so a question with any word of the index never ends
 * at nothing.
 *
 * <p>A rung is sent to the engines as the minimal combinations of words that reach its threshold (an OR of ANDs,
 * which both engines run as they are); past {@link #MAX_COMBINATIONS} combinations it becomes the equivalent
 * count ({@code minimumShouldMatch}: the fewest words that can reach it), which admits a few more paragraphs and
 * needs no new engine feature.
 */
final class RelaxationLadder {
    /** Combinations of words one rung may list before it falls back to a count. */
    static final int MAX_COMBINATIONS = 32;
    /**
     * The collection size in the weight. A fixed figure instead of the index's paragraph count, so a word's weight
     * depends on how many paragraphs hold it, not on how large the archive has grown (and needs no extra count).
     */
    private static final double SCALE = 1_000_000;

    private RelaxationLadder() {}

    /**
     * A rung: the combinations of word indexes enough for a related hit (empty when {@code minimumShouldMatch}
     * decides instead), and the least number of words any of them holds.
     */
    record Rung(List<List<Integer>> enough, int minimumShouldMatch) {}

    /** The weight of a word held by {@code paragraphs} paragraphs: 0 for none (it cannot match), else ln(1 + S/df). */
    static double weight(long paragraphs) {
        return paragraphs <= 0 ? 0 : Math.log1p(SCALE / paragraphs);
    }

    /**
     * The rungs for words of these weights, strictest first, without repeats. Words of weight 0 are in no
     * combination. Empty when no word has a weight.
     */
    static List<Rung> rungs(double[] weights) {
        int n = weights.length;
        double[] positive = Arrays.stream(weights).filter(w -> w > 0).sorted().toArray();
        if (positive.length == 0) {
            return List.of();
        }
        double total = Arrays.stream(positive).sum();
        List<Double> thresholds = new ArrayList<>();
        double dropped = 0;
        for (int j = 0; j < positive.length; j++) {
            thresholds.add(total - dropped);
            dropped += positive[j];
        }
        thresholds.add(positive[0]); // any one word
        List<Rung> out = new ArrayList<>();
        List<List<Integer>> last = null;
        for (double t : thresholds) {
            List<List<Integer>> minimal = minimalCombinations(weights, t - 1e-9);
            if (minimal.equals(last)) {
                continue;
            }
            last = minimal;
            int fewest = minimal.stream().mapToInt(List::size).min().orElse(n);
            out.add(new Rung(minimal.size() > MAX_COMBINATIONS ? List.of() : minimal, fewest));
        }
        return out;
    }

    /** The combinations of words that reach {@code threshold} and hold no word they could do without. */
    private static List<List<Integer>> minimalCombinations(double[] weights, double threshold) {
        int n = weights.length;
        List<List<Integer>> out = new ArrayList<>();
        for (int mask = 1; mask < 1 << n; mask++) {
            double sum = 0;
            double lightest = Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                if ((mask & 1 << i) != 0) {
                    sum += weights[i];
                    lightest = Math.min(lightest, weights[i]);
                }
            }
            if (sum >= threshold && sum - lightest < threshold) {
                List<Integer> words = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if ((mask & 1 << i) != 0) {
                        words.add(i);
                    }
                }
                out.add(List.copyOf(words));
            }
        }
        return out;
    }
}
