package org.zhsearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A corpus of the shape classical-poetry archives have — tens of thousands of small UTF-8 files of short lines —
 * made from the Chinese clauses of another corpus (the dev corpus): each file a title line and 4–10 lines of 5–14
 * characters ending in ，or 。. Clauses repeat (the source has fewer characters than the result), in a seeded random
 * order. Run: {@code java -cp target/test-classes:target/zhsearch.jar org.zhsearch.bench.PoetryCorpus
 * /tmp/zh-dev-corpus /tmp/poetry 91560}.
 */
public final class PoetryCorpus {
    private PoetryCorpus() {}

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int files = Integer.parseInt(args[2]);
        List<String> clauses = clauses(source);
        Random random = new Random(91560);
        long lines = 0;
        long bytes = 0;
        for (int f = 0; f < files; f++) {
            Path dir = out.resolve(String.format("%03d", f / 1000));
            Files.createDirectories(dir);
            StringBuilder text = new StringBuilder();
            text.append(clauses.get(random.nextInt(clauses.size())).replaceAll("[，。]$", ""))
                    .append('\n');
            int n = 4 + random.nextInt(7);
            for (int i = 0; i < n; i++) {
                String c = clauses.get(random.nextInt(clauses.size()));
                text.append(c).append(i % 2 == 1 ? "。" : "，").append('\n');
            }
            byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(f + ".txt"), b);
            lines += n + 1;
            bytes += b.length;
        }
        System.out.printf("%d files, %d lines, %.1f MB, from %d clauses%n", files, lines, bytes / 1e6, clauses.size());
    }

    /** Runs of 5–14 Chinese characters between punctuation, from every .txt file under {@code source}. */
    private static List<String> clauses(Path source) throws IOException {
        List<String> out = new ArrayList<>();
        List<Path> paths;
        try (Stream<Path> s = Files.walk(source)) {
            paths = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : paths) {
            for (String piece : Files.readString(p).split("[^\\p{IsHan}]+")) {
                if (piece.length() >= 5 && piece.length() <= 14) {
                    out.add(piece);
                }
            }
        }
        return out;
    }
}
