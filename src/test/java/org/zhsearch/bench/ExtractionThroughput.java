package org.zhsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.zhsearch.documents.DocumentExtractor;
import org.zhsearch.documents.DocumentFormats;
import org.zhsearch.documents.ExtractedDocument;
import org.zhsearch.documents.ExtractionLimits;
import org.zhsearch.documents.TextBlock;

/**
 * Extraction throughput per document format: every document under a directory, through {@link DocumentFormats},
 * several rounds (the first also warms the JIT up and is left out of the median when there are three or more).
 * Prints per format the files, MB, paragraphs (blocks), unusable files, the median MB/s (and the mean milliseconds per file at that rate) and, for PDF, pages/s (a
 * document's pages counted as its highest block page), then the peak heap. Usage:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.zhsearch.bench.ExtractionThroughput DIR [ROUNDS]
 * </pre>
 */
public final class ExtractionThroughput {
    private ExtractionThroughput() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Map<String, List<Path>> byFormat = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                String name = f.getFileName().toString();
                String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                if (DocumentFormats.forExtension(ext).isPresent()) {
                    byFormat.computeIfAbsent(ext, e -> new ArrayList<>()).add(f);
                }
            });
        }
        try (HeapPeak heap = HeapPeak.start()) {
            System.out.printf(
                    "%-5s %6s %9s %10s %8s %9s %9s %9s%n",
                    "fmt", "files", "MB", "paragraphs", "unusable", "MB/s", "ms/file", "pages/s");
            for (Map.Entry<String, List<Path>> e : byFormat.entrySet()) {
                measure(e.getKey(), e.getValue(), rounds);
            }
            System.out.println(heap.report());
        }
    }

    private static void measure(String format, List<Path> files, int rounds) throws IOException {
        DocumentExtractor extractor = DocumentFormats.forExtension(format).orElseThrow();
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        List<Double> mbPerSecond = new ArrayList<>();
        List<Double> pagesPerSecond = new ArrayList<>();
        long blocks = 0;
        long pages = 0;
        int unusable = 0;
        for (int round = 0; round < rounds; round++) {
            blocks = 0;
            pages = 0;
            unusable = 0;
            long start = System.nanoTime();
            for (Path f : files) {
                try {
                    ExtractedDocument doc = extractor.extract(f, ExtractionLimits.DEFAULT);
                    blocks += doc.blocks().size();
                    pages += doc.blocks().stream()
                            .map(TextBlock::page)
                            .filter(p -> p != null)
                            .mapToInt(Integer::intValue)
                            .max()
                            .orElse(0);
                } catch (Exception e) {
                    unusable++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (rounds < 3 || round > 0) {
                mbPerSecond.add(bytes / 1e6 / seconds);
                pagesPerSecond.add(pages / seconds);
            }
        }
        System.out.printf(
                "%-5s %6d %9.2f %10d %8d %9.2f %9.1f %9s%n",
                format,
                files.size(),
                bytes / 1e6,
                blocks,
                unusable,
                median(mbPerSecond),
                bytes / 1e6 / median(mbPerSecond) * 1000 / files.size(),
                format.equals("pdf") ? "%.1f".formatted(median(pagesPerSecond)) : "-");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
