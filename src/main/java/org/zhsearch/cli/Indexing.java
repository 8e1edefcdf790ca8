package org.zhsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.SkippedFile;
import org.zhsearch.api.SyncReport;
import org.zhsearch.config.ZhsearchConfig;

/** Runs an index build with progress on stderr and prints its summary on stdout (used by index and serve). */
final class Indexing {
    /** At most this many skipped files are listed one by one. */
    static final int MAX_LISTED_SKIPS = 50;

    private Indexing() {}

    /** A finished build: the report plus the number of corpus files read. */
    record Outcome(IndexReport report, long files) {}

    static Outcome build(ZhsearchConfig config, Path corpus, IndexOptions options, PrintWriter out, PrintWriter err) {
        ProgressReporter progress = new ProgressReporter(err, Terminal.interactive());
        IndexReport report;
        try (progress) {
            report = ZhSearch.build(config, corpus, options, progress);
        }
        Outcome outcome = new Outcome(report, progress.filesDone());
        printSummary(out, outcome, corpus, describe(config));
        return outcome;
    }

    /** Where the index of {@code config} is: its directory, or the alias and the cluster's nodes. */
    static String describe(ZhsearchConfig config) {
        return config.backend().describe();
    }

    /** Number of files or lines that were skipped (not those indexed with a repair). */
    static int skippedCount(IndexReport report) {
        return (int) report.skipped().stream().filter(s -> !s.kept()).count();
    }

    private static void list(PrintWriter out, List<SkippedFile> files) {
        for (SkippedFile s : files.subList(0, Math.min(MAX_LISTED_SKIPS, files.size()))) {
            out.printf("  %s: %s%n", s.path(), s.reason());
        }
        if (files.size() > MAX_LISTED_SKIPS) {
            out.printf("  … and %,d more%n", files.size() - MAX_LISTED_SKIPS);
        }
    }

    static void printSummary(PrintWriter out, Outcome outcome, Path corpus, String index) {
        IndexReport r = outcome.report();
        SyncReport sync = r.sync();
        if (sync != null && sync.fullRebuild()) {
            out.printf("The index had no corpus manifest (built before updates existed): rebuilt it fully.%n");
        } else if (sync != null) {
            out.printf(
                    "Updated in %s: %d files added, %d changed, %d removed, %d unchanged; %s written, %d deleted%s%n",
                    Units.duration(r.elapsed()),
                    sync.filesAdded(),
                    sync.filesChanged(),
                    sync.filesRemoved(),
                    sync.filesUnchanged(),
                    Units.count(sync.articlesWritten(), "article", "articles"),
                    sync.articlesDeleted(),
                    sync.apiKept() == 0 ? "" : " (" + sync.apiKept() + " kept as written through the API)");
        }
        out.printf(
                "Indexed %s, %s from %s (%s) in %s: %s%n",
                Units.count(r.articles(), "article", "articles"),
                Units.count(r.paragraphs(), "paragraph", "paragraphs"),
                Units.count(
                        sync == null || sync.fullRebuild() ? outcome.files() : sync.filesAdded() + sync.filesChanged(),
                        "file",
                        "files"),
                Units.bytes(r.bytesRead()),
                Units.duration(r.elapsed()),
                Units.rate(r.bytesRead(), r.elapsed()));
        List<SkippedFile> skipped = r.skipped().stream().filter(s -> !s.kept()).toList();
        List<SkippedFile> kept = r.skipped().stream().filter(SkippedFile::kept).toList();
        if (!skipped.isEmpty()) {
            out.printf("Skipped %s:%n", Units.count(skipped.size(), "file", "files"));
            list(out, skipped);
        }
        if (!kept.isEmpty()) {
            // indexed, but a user should know what was repaired: bytes replaced, a date dropped
            out.printf("Indexed with problems %s:%n", Units.count(kept.size(), "file", "files"));
            list(out, kept);
        }
        out.printf("Corpus %s → index %s (now live)%n", corpus.toAbsolutePath().normalize(), index);
        out.flush();
    }
}
