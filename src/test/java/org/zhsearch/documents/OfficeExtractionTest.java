package org.zhsearch.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every office fixture gives back exactly the source text it was made from (OfficeFixtures): the same blocks in the
 * same order with the same kinds — headings as headings, list items, table rows with cells joined by " | ",
 * captions — and the document properties. The .doc, .odt and .rtf files were converted from the .docx by
 * LibreOffice; manual-gbk.rtf is GBK and Big5 bytes as Word writes them; book.epub has a navigation document in its
 * spine and a chapter path with a space.
 */
class OfficeExtractionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "news.docx, news",
        "news.doc, news",
        "news.odt, news",
        "news.rtf, news",
        "policy.docx, policy",
        "policy.doc, policy",
        "policy.odt, policy",
        "policy.rtf, policy",
        "manual.docx, manual",
        "manual.doc, manual",
        "manual.odt, manual",
        "manual.rtf, manual",
        "manual-gbk.rtf, manual",
        "book.epub, book"
    })
    void extractsTheSourceParagraphsAndProperties(String file, String source) throws Exception {
        OfficeSource expected = OfficeSource.read(source);
        ExtractedDocument doc = extract(file);
        assertThat(doc.blocks()).containsExactlyElementsOf(expected.blocks());
        assertThat(doc.problems()).isEmpty();
        Map<String, String> properties = doc.properties();
        assertThat(properties).containsAllEntriesOf(expected.properties());
    }

    static ExtractedDocument extract(String file) throws Exception {
        Path path = OfficeSource.DIR.resolve(file);
        String extension = file.substring(file.lastIndexOf('.') + 1);
        return DocumentFormats.forExtension(extension).orElseThrow().extract(path, ExtractionLimits.DEFAULT);
    }
}
