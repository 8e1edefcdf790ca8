package org.zhsearch.server;

import io.javalin.http.Context;
import java.nio.file.Path;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.IndexStats;
import org.zhsearch.api.ZhsearchException;

/** {@code /api/stats}, {@code /health} and {@code /metrics}. */
final class StatusRoutes {
    private final ZhSearch zh;
    private final Metrics metrics;
    private final Reindexer reindexer;
    private final AuthMetrics authMetrics;
    private final Path corpus;

    StatusRoutes(ZhSearch zh, Metrics metrics, Reindexer reindexer, AuthMetrics authMetrics, Path corpus) {
        this.corpus = corpus;
        this.zh = zh;
        this.metrics = metrics;
        this.reindexer = reindexer;
        this.authMetrics = authMetrics;
    }

    void stats(Context ctx) {
        IndexStats s = zh.stats();
        String builtAt = s.builtAt() == null ? null : s.builtAt().toString();
        ctx.json(new Stats(
                s.articles(),
                s.paragraphs(),
                s.sizeBytes(),
                builtAt,
                s.corpus(),
                CorpusCheck.mismatch(corpus, s.corpus())));
    }

    /**
     * 200 {@code {"status":"ok"}} while the index answers and takes writes; 503 {@code {"status":"degraded",
     * "reason":…}} while searches work but writes cannot be accepted (a full disk); 503 unavailable otherwise.
     */
    void health(Context ctx) {
        try {
            zh.isServing(); // cheap: health is probed often, so no counting and no directory listing here
        } catch (ZhsearchException | IllegalStateException e) {
            throw new HttpProblem(ErrorCode.UNAVAILABLE, "the index is not open: " + e.getMessage());
        }
        String writeFailure = zh.writeFailure();
        if (writeFailure != null) {
            ErrorMapping.keepBody(ctx); // else the 503 handler would replace the reason with a generic body
            ctx.status(503).json(new Degraded("degraded", "writes cannot be accepted: " + writeFailure));
            return;
        }
        ctx.json(new Health("ok"));
    }

    /** Searches work, writes do not. */
    record Degraded(String status, String reason) {}

    void metrics(Context ctx) {
        ctx.contentType(Metrics.CONTENT_TYPE)
                .result(metrics.scrape(zh.stats(), reindexer.running()) + authMetrics.scrape());
    }

    /**
     * What the live index holds.
     *
     * @param builtAt        ISO-8601 instant the live generation was built, or {@code null}
     * @param corpus         the corpus folder the index was built or last updated from, or {@code null} when its
     *                       build recorded none (before corpus manifests)
     * @param corpusMismatch true when that is not the folder this server reindexes from (the log says what to run)
     */
    record Stats(
            long articles, long paragraphs, long sizeBytes, String builtAt, String corpus, boolean corpusMismatch) {}

    record Health(String status) {}
}
