package org.zhsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.zhsearch.api.SkippedFile;

class ProgressReporterTest {
    @Test
    void plainOutputAnnouncesTheCorpusAndReportsFilesParagraphsRateAndEta() {
        StringWriter err = new StringWriter();
        try (ProgressReporter p = new ProgressReporter(new PrintWriter(err), false)) {
            p.started(4, 4_000_000);
            p.fileDone("a.txt", 1, 30, 1_000_000);
            p.skipped(new SkippedFile("b.bin", "binary file (not text)"));

            assertThat(p.status())
                    .matches("1/4 files \\(25%\\), 30 paragraphs, [0-9.]+ MB/s, ETA \\d+:\\d\\d, 1 skipped");
            assertThat(p.filesDone()).isEqualTo(1);
        }
        assertThat(err.toString()).startsWith("indexing 4 files (4.0 MB)\n");
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndEndsWithANewline() {
        StringWriter err = new StringWriter();
        try (ProgressReporter p = new ProgressReporter(new PrintWriter(err), true)) {
            p.started(2, 2000);
            p.fileDone("a.txt", 1, 3, 1000);
            p.fileDone("b.txt", 1, 4, 1000);
        }
        String last = err.toString().substring(err.toString().lastIndexOf('\r'));
        assertThat(last)
                .startsWith("\r[########################] 2/2 files (100%), 7 paragraphs, ")
                .endsWith("\n")
                .doesNotContain("ETA");
    }
}
