package org.zhsearch.relevance;

import java.util.List;
import java.util.Map;

/** nDCG@10 (gain 2^g − 1, log2 discount), P@5 (grade ≥ 2); unjudged paragraphs count as grade 0. */
final class Scores {
    static final int DEPTH = 10;

    private Scores() {}

    static double ndcgAt10(List<String> ranked, Map<String, Integer> grades) {
        double dcg = dcg(ranked.stream()
                .limit(DEPTH)
                .map(id -> grades.getOrDefault(id, 0))
                .toList());
        double ideal = dcg(
                grades.values().stream().sorted((a, b) -> b - a).limit(DEPTH).toList());
        return ideal == 0 ? 0 : dcg / ideal;
    }

    static double precisionAt5(List<String> ranked, Map<String, Integer> grades) {
        return ranked.stream()
                        .limit(5)
                        .filter(id -> grades.getOrDefault(id, 0) >= 2)
                        .count()
                / 5.0;
    }

    private static double dcg(List<Integer> gains) {
        double sum = 0;
        for (int i = 0; i < gains.size(); i++) {
            sum += (Math.pow(2, gains.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
