package org.zhsearch.server;

import io.javalin.http.Context;

/** {@code POST /api/admin/reindex} starts a background rebuild; {@code GET} reports its progress. */
final class AdminRoutes {
    private final Reindexer reindexer;
    private final BearerAuth auth;

    AdminRoutes(Reindexer reindexer, BearerAuth auth) {
        this.reindexer = reindexer;
        this.auth = auth;
    }

    void startReindex(Context ctx) {
        auth.require(ctx);
        ctx.status(202).json(reindexer.start());
    }

    void reindexStatus(Context ctx) {
        auth.require(ctx);
        ctx.json(reindexer.status());
    }
}
