package org.zhsearch.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Graded judgments, {@code queryId TAB paragraphId TAB grade} per line (grade 0–3: 3 answers or explains the
 * query's intent, 2 relevant but partial, 1 on topic but not useful, 0 unrelated).
 */
final class Judgments {
    private final Map<String, Map<String, Integer>> grades = new HashMap<>();

    static Judgments load(Path tsv) {
        Judgments j = new Judgments();
        if (!Files.exists(tsv)) {
            return j;
        }
        try {
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                int grade = Integer.parseInt(f[2].strip());
                if (grade < 0 || grade > 3) {
                    throw new IllegalArgumentException(tsv + ": grade must be 0-3: " + line);
                }
                j.grades.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], grade);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return j;
    }

    OptionalInt grade(String queryId, String paragraphId) {
        Integer g = grades.getOrDefault(queryId, Map.of()).get(paragraphId);
        return g == null ? OptionalInt.empty() : OptionalInt.of(g);
    }

    /** All grades of a query (paragraph id to grade), for the ideal ranking. */
    Map<String, Integer> of(String queryId) {
        return grades.getOrDefault(queryId, Map.of());
    }
}
