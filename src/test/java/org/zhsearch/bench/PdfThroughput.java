package org.zhsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.zhsearch.documents.DocumentExtractor;
import org.zhsearch.documents.DocumentFormats;
import org.zhsearch.documents.ExtractedDocument;
import org.zhsearch.documents.ExtractionLimits;
import org.zhsearch.documents.UnusableDocument;

/**
 * PDF extraction throughput: extracts every {@code .pdf} of a directory (or the files given) several rounds on one
 * thread and prints, per round and as medians, pages/s and MB/s of PDF read. Usage: {@code PdfThroughput DIR|FILE...
 * [--rounds N]} (default 5; the first round is JIT warm-up and not in the medians when there are more than 2).
 */
public final class PdfThroughput {
    private PdfThroughput() {}

    public static void main(String[] args) throws IOException {
        int rounds = 5;
        List<Path> pdfs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
            } else if (Files.isDirectory(Path.of(args[i]))) {
                try (Stream<Path> files = Files.list(Path.of(args[i]))) {
                    files.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
                }
            } else {
                pdfs.add(Path.of(args[i]));
            }
        }
        long bytes = 0;
        long pages = 0;
        for (Path pdf : pdfs) {
            bytes += Files.size(pdf);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                pages += doc.getNumberOfPages();
            }
        }
        System.out.printf("%d PDFs, %d pages, %.1f MB%n", pdfs.size(), pages, bytes / 1e6);
        DocumentExtractor extractor = DocumentFormats.forExtension("pdf").orElseThrow();
        List<Double> pagesPerSecond = new ArrayList<>();
        List<Double> mbPerSecond = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            long chars = 0;
            long start = System.nanoTime();
            for (Path pdf : pdfs) {
                try {
                    ExtractedDocument doc = extractor.extract(pdf, ExtractionLimits.DEFAULT);
                    chars += doc.blocks().stream()
                            .mapToLong(b -> b.text().length())
                            .sum();
                } catch (UnusableDocument e) {
                    System.out.println(pdf.getFileName() + ": " + e.getMessage());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "round %d: %.2f s, %.1f pages/s, %.2f MB/s, %d characters%n",
                    round, seconds, pages / seconds, bytes / 1e6 / seconds, chars);
            if (rounds <= 2 || round > 1) {
                pagesPerSecond.add(pages / seconds);
                mbPerSecond.add(bytes / 1e6 / seconds);
            }
        }
        System.out.printf("median: %.1f pages/s, %.2f MB/s%n", median(pagesPerSecond), median(mbPerSecond));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
