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
    private final Map<String, Map<String, Integer>> textGrades = new HashMap<>();
    private java.util.function.Function<String, String> textOf;

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

    /**
     * Gives an unjudged paragraph the grade of a judged paragraph of the same query with exactly the same text
     * (the 报告错误 heading of a hundred man pages): ties among identical paragraphs are ordered by index order,
     * which changes between builds, and grading the same text twice would add nothing.
     */
    void inferIdenticalTexts(java.util.function.Function<String, String> textOf) {
        this.textOf = textOf;
        for (Map.Entry<String, Map<String, Integer>> q : grades.entrySet()) {
            Map<String, Integer> byText = new HashMap<>();
            q.getValue().forEach((id, grade) -> byText.putIfAbsent(textOf.apply(id), grade));
            textGrades.put(q.getKey(), byText);
        }
    }

    OptionalInt grade(String queryId, String paragraphId) {
        Integer judged = grades.getOrDefault(queryId, Map.of()).get(paragraphId);
        if (judged == null && textOf != null) {
            judged = textGrades.getOrDefault(queryId, Map.of()).get(textOf.apply(paragraphId));
        }
        return judged == null ? OptionalInt.empty() : OptionalInt.of(judged);
    }

    /** The grades of {@code shown} paragraphs, judged or inferred, plus all judged grades of the query. */
    Map<String, Integer> of(String queryId, java.util.List<String> shown) {
        Map<String, Integer> all = new HashMap<>(of(queryId));
        for (String id : shown) {
            grade(queryId, id).ifPresent(g -> all.putIfAbsent(id, g));
        }
        return all;
    }

    /** The ids of the queries that have grades. */
    java.util.Set<String> queryIds() {
        return grades.keySet();
    }

    /** All grades of a query (paragraph id to grade), for the ideal ranking. */
    Map<String, Integer> of(String queryId) {
        return grades.getOrDefault(queryId, Map.of());
    }
}
