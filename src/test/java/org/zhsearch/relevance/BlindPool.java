package org.zhsearch.relevance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the bench's {@code unjudged.tsv} into blind grading parts: {@code OUT/part-1.tsv … part-N.tsv}, whole
 * queries per part (one grader grades all of a query's paragraphs) with about the same number of rows each, rows
 * {@code qid, query, intent, title, paragraph, text} in the bench's order (query, then paragraph), and copies the
 * set's {@code GRADING.md} next to them. Nothing in a row says which ranker found the paragraph.
 * <pre>java -cp target/test-classes:target/zhsearch.jar org.zhsearch.relevance.BlindPool UNJUDGED OUT PARTS SET</pre>
 */
final class BlindPool {
    static final String HEADER = "# qid\tquery\tintent\ttitle\tparagraph\ttext";

    private BlindPool() {}

    public static void main(String[] args) throws IOException {
        Path unjudged = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int parts = Integer.parseInt(args[2]);
        Path set = Path.of(args[3]);
        Files.createDirectories(out);
        List<List<String>> split = split(Files.readAllLines(unjudged, StandardCharsets.UTF_8), parts);
        for (int i = 0; i < split.size(); i++) {
            List<String> lines = new ArrayList<>();
            lines.add(HEADER);
            lines.addAll(split.get(i));
            Files.write(out.resolve("part-" + (i + 1) + ".tsv"), lines, StandardCharsets.UTF_8);
            long queries =
                    split.get(i).stream().map(r -> r.split("\t")[0]).distinct().count();
            System.out.printf(
                    "part-%d.tsv: %d rows, %d queries%n", i + 1, split.get(i).size(), queries);
        }
        Files.copy(set.resolve("GRADING.md"), out.resolve("GRADING.md"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Rows of {@code unjudged.tsv} ({@code qid, query, intent, paragraph, title, text}) reordered to the blind
     * columns and cut into {@code parts} runs of whole queries: a query goes to the next part once the current one
     * holds its share of the rows.
     */
    static List<List<String>> split(List<String> unjudgedLines, int parts) {
        Map<String, List<String>> byQuery = new LinkedHashMap<>();
        for (String line : unjudgedLines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 6);
            byQuery.computeIfAbsent(f[0], k -> new ArrayList<>())
                    .add(String.join("\t", f[0], f[1], f[2], f[4], f[3], f[5]));
        }
        int total = byQuery.values().stream().mapToInt(List::size).sum();
        List<List<String>> split = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            split.add(new ArrayList<>());
        }
        int part = 0;
        int done = 0;
        for (List<String> rows : byQuery.values()) {
            // move on when this query would end nearer the next part's share than this one's
            double share = (double) total * (part + 1) / parts;
            if (part < parts - 1 && !split.get(part).isEmpty() && done + rows.size() / 2.0 > share) {
                part++;
            }
            split.get(part).addAll(rows);
            done += rows.size();
        }
        return split;
    }
}
