package org.zhsearch.server;

import io.javalin.http.Context;
import java.util.List;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.InvalidRequestException;

/**
 * {@code POST /api/admin/reindex} starts a background rebuild or update; {@code GET} reports its progress.
 * {@code POST /api/admin/reload-dictionaries} re-reads the user dictionary and synonyms.
 * All are registered behind an admin key ({@link AccessGuard#admin}).
 */
final class AdminRoutes {
    private final ZhSearch zh;
    private final Reindexer reindexer;

    AdminRoutes(ZhSearch zh, Reindexer reindexer) {
        this.zh = zh;
        this.reindexer = reindexer;
    }

    /** What a dictionary reload loaded; {@code note} says what the reload does and does not change. */
    record Reloaded(
            String userDict, String synonyms, int userWords, int synonymRules, List<String> problems, String note) {}

    void reloadDictionaries(Context ctx) {
        ZhSearch.Dictionaries d = zh.reloadDictionaries();
        ctx.json(new Reloaded(
                d.userDict() == null ? null : d.userDict().toString(),
                d.synonyms() == null ? null : d.synonyms().toString(),
                d.userWords(),
                d.synonymRules(),
                d.problems(),
                "queries, highlighting and /api/analyze use the new dictionaries now; paragraphs indexed before keep"
                        + " their old words in the ranking field until the next reindex (matching is unaffected)"));
    }

    /** {@code mode=full} (the default: a new index) or {@code mode=update} (only what changed since the last one). */
    void startReindex(Context ctx) {
        String mode = Params.optionalText(ctx, "mode", 20);
        boolean update = mode != null && mode.equalsIgnoreCase("update");
        if (mode != null && !update && !mode.equalsIgnoreCase("full")) {
            throw new InvalidRequestException("mode must be full or update, got '" + Params.abbreviate(mode) + "'");
        }
        ctx.status(202).json(reindexer.start(Params.bool(ctx, "force"), update));
    }

    void reindexStatus(Context ctx) {
        ctx.json(reindexer.status());
    }
}
