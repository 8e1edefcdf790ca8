package org.zhsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SkippedFile;
import org.zhsearch.documents.BadDocuments;

/**
 * One build over good documents and every kind of bad one (issue 25): the build finishes, each bad file is exactly
 * one skip whose reason says what is wrong, and the good documents are searchable with their headings, roles and
 * properties. The bad files are made here: encrypted, image-only and truncated PDFs, a truncated, an empty, a
 * 200 MB (sparse, never written) and an encrypted DOCX, a plain-text file named .docx, and zip bombs as DOCX and EPUB.
 */
class BadDocumentsBuildTest {
    /** What the PdfExtractor stub says on a branch without the real one; remove after merging issue 25's PDF part. */
    @TempDir
    Path tmp;

    @Test
    void badDocumentsAreReportedOneByOneAndGoodOnesAreIndexed() throws Exception {
        Path corpus = BadDocuments.writeCorpus(tmp.resolve("corpus"));

        Path home = tmp.resolve("index");
        IndexReport report = ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);

        Map<String, String> skips = new TreeMap<>();
        for (SkippedFile s : report.skipped()) {
            assertThat(s.kept()).as(s.toString()).isFalse();
            assertThat(skips.put(s.path(), s.reason()))
                    .as("one report per file: " + s)
                    .isNull();
        }
        assertThat(skips.keySet())
                .containsExactly(
                        "bad/bomb.docx",
                        "bad/bomb.epub",
                        "bad/cut.docx",
                        "bad/cut.pdf",
                        "bad/empty.docx",
                        "bad/encrypted.pdf",
                        "bad/huge.docx",
                        "bad/notes.docx",
                        "bad/scanned.pdf",
                        "bad/secret.docx");
        assertThat(skips.get("bad/bomb.docx")).startsWith("zip bomb: ");
        assertThat(skips.get("bad/bomb.epub")).startsWith("zip bomb: ");
        assertThat(skips.get("bad/cut.docx")).contains("truncated");
        assertThat(skips.get("bad/empty.docx")).isEqualTo("empty file (0 bytes)");
        // refused by its size before any extractor opens it (which would say "not a DOCX file": all zeros)
        assertThat(skips.get("bad/huge.docx")).isEqualTo("file is larger than 64 MB");
        assertThat(skips.get("bad/secret.docx")).startsWith("encrypted: ");
        assertThat(skips.get("bad/notes.docx"))
                .isEqualTo(
                        "not a DOCX file: it is not a zip archive (plain text or another format with a .docx name?)");
        assertThat(skips.get("bad/encrypted.pdf")).startsWith("encrypted: ");
        assertThat(skips.get("bad/scanned.pdf")).contains("no text layer").contains("OCR");
        assertThat(skips.get("bad/cut.pdf")).contains("damaged");

        assertThat(report.articles()).isEqualTo(5);
        try (ZhSearch zh = ZhSearch.open(home)) {
            assertThat(zh.search(SearchRequest.of("太阳能集热板")).hits())
                    .singleElement()
                    .satisfies(h -> assertThat(h.articleId()).isEqualTo("good/news.docx"));
            assertThat(zh.search(SearchRequest.of("临教发〔2024〕37号")).total()).isEqualTo(1);
            assertThat(zh.search(SearchRequest.of("预约煮饭")).total())
                    .as("traditional text, simplified query")
                    .isPositive();
            assertThat(zh.search(SearchRequest.of("避风湾")).hits())
                    .singleElement()
                    .satisfies(h -> assertThat(h.articleId()).isEqualTo("good/book.epub"));
            Article policy = zh.article("good/policy.odt").orElseThrow();
            assertThat(policy.title()).isEqualTo("关于做好2024年秋季学期校园食品安全工作的通知");
            assertThat(policy.date()).startsWith("2024-08-26");
            Map<String, Long> roles = policy.paragraphs().stream()
                    .collect(Collectors.groupingBy(Paragraph::role, TreeMap::new, Collectors.counting()));
            assertThat(roles)
                    .containsEntry(Paragraph.HEADING, 3L)
                    .containsEntry(Paragraph.LIST_ITEM, 3L)
                    .containsEntry(Paragraph.TABLE_ROW, 4L)
                    .containsEntry(Paragraph.CAPTION, 1L);
            Article manual = zh.article("good/manual-gbk.rtf").orElseThrow();
            assertThat(manual.paragraphs()).extracting(Paragraph::text).contains("3.3 預約煮飯（繁體說明）");
        }
    }
}
