package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.engine.Engine.Health;

/**
 * Serving while the cluster answers and is not red; writes refused (with why) while the alias's index or the writes
 * store refuses them: a block (read-only, flood-stage disk), the store missing or its primary unassigned.
 */
final class HealthCheck {
    /** {@code /health} asks twice in a row (serving, then writes): a failed check answers both, one deadline. */
    private static final long REUSE_FAILED_NANOS = 1_000_000_000L;

    private final Cluster cluster;
    private final String alias;
    private final WritesStore store;
    private final AtomicReference<Checked> lastFailed = new AtomicReference<>();

    HealthCheck(Cluster cluster, String alias, WritesStore store) {
        this.cluster = cluster;
        this.alias = alias;
        this.store = store;
    }

    private record Checked(Health health, long atNanos) {}

    Health check() {
        Checked last = lastFailed.get();
        if (last != null && System.nanoTime() - last.atNanos() < REUSE_FAILED_NANOS) {
            return last.health();
        }
        Health now = checkNow();
        lastFailed.set(now.serving() ? null : new Checked(now, System.nanoTime()));
        return now;
    }

    private Health checkNow() {
        try (var op = cluster.operation()) {
            JsonNode h = cluster.send("GET", "/_cluster/health/" + alias, Map.of(), null);
            if ("red".equals(h.path("status").asText())) {
                return new Health(
                        false,
                        "the OpenSearch cluster is red: some shards of " + alias + " have no copy;"
                                + " writes and searches of their paragraphs fail until a node holding them returns");
            }
            String blocked = IndexBlocks.describe(cluster, alias);
            return new Health(true, blocked != null ? blocked : store.writeFailure());
        } catch (ZhsearchException e) {
            return new Health(false, e.getMessage());
        }
    }
}
