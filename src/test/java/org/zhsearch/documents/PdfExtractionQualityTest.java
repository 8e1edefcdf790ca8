package org.zhsearch.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;

/**
 * Paragraph reconstruction measured on the committed fixtures against their source text: paragraphs recovered
 * exactly, on the right page, no space between CJK characters, and every source sentence found by an exact search.
 */
class PdfExtractionQualityTest {
    private final PdfExtractor extractor = new PdfExtractor();

    @TempDir
    Path tmp;

    @Test
    void paragraphsAreRecoveredOnTheirPagesWithoutSpacesBetweenCjk() throws Exception {
        List<Path> pdfs = PdfFixtures.pdfs();
        assertThat(pdfs).hasSizeGreaterThanOrEqualTo(20);
        int total = 0;
        int recovered = 0;
        List<String> misses = new ArrayList<>();
        List<String> wrongPages = new ArrayList<>();
        List<String> cjkSpaces = new ArrayList<>();
        List<String> lowFixtures = new ArrayList<>();
        List<String> wrongKinds = new ArrayList<>();
        for (Path pdf : pdfs) {
            ExtractedDocument doc = extractor.extract(pdf, ExtractionLimits.DEFAULT);
            List<PdfFixtures.Expected> expected = PdfFixtures.expected(pdf);
            assertThat(doc.properties())
                    .containsEntry(ExtractedDocument.TITLE, expected.getFirst().text());
            int found = 0;
            for (PdfFixtures.Expected e : expected) {
                List<TextBlock> same = doc.blocks().stream()
                        .filter(b -> b.text().equals(e.text().strip()))
                        .toList();
                if (same.size() == 1) {
                    found++;
                    if (same.getFirst().kind() != e.kind()) {
                        wrongKinds.add(pdf.getFileName() + " " + e.kind() + "≠"
                                + same.getFirst().kind() + ": " + e.text());
                    }
                    if (!same.getFirst().page().equals(e.page())) {
                        wrongPages.add(pdf.getFileName() + " p" + e.page() + "≠"
                                + same.getFirst().page() + ": " + e.text());
                    }
                } else {
                    misses.add(pdf.getFileName() + ": " + e.text());
                }
            }
            for (TextBlock b : doc.blocks()) {
                if (hasSpaceBetweenCjk(b.text())) {
                    cjkSpaces.add(pdf.getFileName() + ": " + b.text());
                }
            }
            System.out.printf("%-24s %3d/%3d paragraphs%n", pdf.getFileName(), found, expected.size());
            if (found * 100 < expected.size() * 85) {
                lowFixtures.add(pdf.getFileName() + " " + found + "/" + expected.size());
            }
            total += expected.size();
            recovered += found;
        }
        System.out.printf(
                "overall %d/%d paragraphs recovered (%.1f %%)%n", recovered, total, 100.0 * recovered / total);
        misses.forEach(m -> System.out.println("missed " + m));
        wrongKinds.forEach(m -> System.out.println("kind " + m));
        assertThat(recovered * 100.0 / total).isGreaterThanOrEqualTo(95.0);
        assertThat(lowFixtures).as("fixtures under 85 %").isEmpty();
        assertThat(cjkSpaces).isEmpty();
        assertThat(wrongPages).isEmpty();
        // numbered paragraphs such as （一）… are list items to the extractor and body text in the source
        assertThat(wrongKinds.size())
                .as("blocks of another kind than their source")
                .isLessThanOrEqualTo(total / 20);
    }

    @Test
    void everySourceSentenceIsFoundInItsParagraphByAnExactSearch() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (Path pdf : PdfFixtures.pdfs()) {
            Files.copy(pdf, corpus.resolve(pdf.getFileName()));
        }
        Path home = tmp.resolve("index");
        IndexReport report =
                ZhSearch.build(corpus, home, IndexOptions.defaults().withThreads(1), ProgressListener.NONE);
        assertThat(report.skipped()).isEmpty();
        int sentences = 0;
        List<String> notFound = new ArrayList<>();
        try (ZhSearch zh = ZhSearch.open(home)) {
            for (Path pdf : PdfFixtures.pdfs()) {
                String id = pdf.getFileName().toString();
                for (PdfFixtures.Expected e : PdfFixtures.expected(pdf)) {
                    for (String sentence : e.text().split("(?<=[。！？])")) {
                        String query = query(sentence);
                        if (query.codePoints().noneMatch(Character::isLetterOrDigit)) {
                            continue;
                        }
                        sentences++;
                        SearchResult r = zh.search(SearchRequest.of(query)
                                .withMode(SearchMode.EXACT)
                                .withLimit(100));
                        boolean hit = r.hits().stream()
                                .anyMatch((Hit h) ->
                                        h.articleId().equals(id) && h.text().contains(sentence.strip()));
                        if (!hit) {
                            notFound.add(id + ": " + sentence);
                        }
                    }
                }
            }
        }
        System.out.printf("%d sentences searched, %d not found%n", sentences, notFound.size());
        assertThat(sentences).isGreaterThan(500);
        assertThat(notFound).isEmpty();
    }

    /**
     * The sentence as a query: characters of the query language become spaces (whitespace is AND), and the parts
     * left with nothing searchable (a lone {@code 。}) are dropped.
     */
    private static String query(String sentence) {
        String q = Arrays.stream(sentence.replaceAll("[\"“”()（）\\-]", " ").split("\\s+"))
                .filter(t -> t.codePoints().anyMatch(Character::isLetterOrDigit))
                .collect(Collectors.joining(" "));
        return q.length() > 200 ? q.substring(0, 200) : q;
    }

    static boolean hasSpaceBetweenCjk(String s) {
        for (int i = 1; i + 1 < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) && CjkText.isCjk(s.codePointBefore(i))) {
                int j = i;
                while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                if (j < s.length() && CjkText.isCjk(s.codePointAt(j))) {
                    return true;
                }
            }
        }
        return false;
    }
}
