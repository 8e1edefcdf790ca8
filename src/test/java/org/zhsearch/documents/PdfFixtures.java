package org.zhsearch.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The committed PDF fixtures and their expected paragraphs (written by {@link PdfFixtureWriter} from the source). */
final class PdfFixtures {
    static final Path DIR = Path.of("src/test/resources/documents/pdf");

    /** A source paragraph: the page it starts on, its kind, its text. */
    record Expected(int page, TextBlock.Kind kind, String text) {}

    private PdfFixtures() {}

    static List<Path> pdfs() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Expected> expected(Path pdf) {
        Path txt = pdf.resolveSibling(pdf.getFileName().toString().replaceFirst("\\.pdf$", ".txt"));
        try {
            return Files.readAllLines(txt, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank())
                    .map(l -> l.split("\t", 3))
                    // a bullet only marks the item: the extractor drops it, as the office formats do
                    .map(f -> new Expected(
                            Integer.parseInt(f[0]), TextBlock.Kind.valueOf(f[1]), f[2].replaceFirst("^• ", "")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
