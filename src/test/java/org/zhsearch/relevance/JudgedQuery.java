package org.zhsearch.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One query of the judged set ({@code src/test/resources/relevance/queries.tsv}).
 *
 * @param id     stable id, e.g. {@code q01}
 * @param kind   {@code keyword}, {@code two} or {@code question}
 * @param split  {@code dev} (may be used for tuning) or {@code held} (never used for tuning)
 * @param query  the query exactly as a user types it
 * @param intent what the user wants to learn; graders judge against this
 */
record JudgedQuery(String id, String kind, String split, String query, String intent) {
    static List<JudgedQuery> load(Path tsv) {
        List<JudgedQuery> queries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 5) {
                    throw new IllegalArgumentException(tsv + ": expected 5 tab-separated fields: " + line);
                }
                queries.add(new JudgedQuery(f[0], f[1], f[2], f[3], f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }
}
