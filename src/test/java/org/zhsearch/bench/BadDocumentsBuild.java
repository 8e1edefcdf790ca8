package org.zhsearch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SkippedFile;
import org.zhsearch.documents.BadDocuments;

/**
 * The bad-documents build of BadDocumentsBuildTest as a main, to run under a small heap and print each skip and the
 * peak heap:
 * <pre>
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat cp.txt) org.zhsearch.bench.BadDocumentsBuild
 * </pre>
 */
public final class BadDocumentsBuild {
    private BadDocumentsBuild() {}

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("zhsearch-bad-documents");
        Path corpus = BadDocuments.writeCorpus(tmp.resolve("corpus"));
        try (HeapPeak heap = HeapPeak.start()) {
            IndexReport report =
                    ZhSearch.build(corpus, tmp.resolve("index"), IndexOptions.defaults(), ProgressListener.NONE);
            System.out.printf(
                    "%d articles, %d paragraphs, %d skipped in %d ms%n",
                    report.articles(),
                    report.paragraphs(),
                    report.skipped().size(),
                    report.elapsed().toMillis());
            for (SkippedFile s : report.skipped()) {
                System.out.println("  " + s.path() + (s.kept() ? " (kept): " : ": ") + s.reason());
            }
            System.out.println(heap.report());
        }
    }
}
