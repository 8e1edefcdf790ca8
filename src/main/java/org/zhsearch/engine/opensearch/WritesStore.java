package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.zhsearch.api.Article;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.writes.Write;

/**
 * {@code <alias>-writes}: one document per article written through the API, its last put or delete, which every
 * rebuild replays (as the embedded engine replays its journal). One shard, so the cluster numbers every write in
 * order: a record's {@code _seq_no} is its sequence, the paragraphs it writes carry the sequence + 1 as their
 * external version (the corpus's have 0), and a rebuild knows which writes it replayed by the shard's checkpoint.
 */
final class WritesStore {
    private static final int PAGE = 1000;
    /** The stored {@code op} values; parsed into the typed {@link Write} here and nowhere else. */
    private static final String PUT = "put";

    private static final String DELETE = "delete";

    private final Cluster cluster;
    private final String name;
    private final int replicas;

    WritesStore(Cluster cluster, String alias, int replicas) {
        this.cluster = cluster;
        this.name = alias + "-writes";
        this.replicas = replicas;
    }

    /** A write as the store holds it: numbered by its {@code _seq_no}, with the primary term for a conditional cut. */
    record Recorded(Write write, long primaryTerm) {
        String id() {
            return write.id();
        }

        long seq() {
            return write.seq();
        }
    }

    String name() {
        return name;
    }

    /** Creates the store if it is missing (a first start, or one deleted by hand: a rebuild starts it again). */
    void ensureExists() {
        if (cluster.status("HEAD", "/" + name) == 404) {
            try {
                cluster.send("PUT", "/" + name, Map.of(), IndexSchema.writes(replicas));
            } catch (ClusterErrors.StatusException e) {
                if (e.status() != 400) { // 400: created meanwhile by another process
                    throw e;
                }
            }
        }
    }

    /**
     * Records a write before it is applied, so nothing is served that a rebuild would not bring back. Refused
     * ({@code index_unwritable}) when the store is missing: recording into a store the cluster would create anew
     * would number writes from 0 again, below the versions already in the index.
     */
    Recorded record(String id, Article article) {
        if (cluster.status("HEAD", "/" + name) == 404) {
            throw new ZhsearchException(ErrorCode.INDEX_UNWRITABLE, missing());
        }
        JsonNode answer = cluster.send("PUT", docPath(id), Map.of(), source(id, article));
        return recorded(
                id,
                answer.path("_seq_no").asLong(),
                answer.path("_primary_term").asLong(),
                article);
    }

    /**
     * {@link #record} of a batch of puts in one {@code _bulk} request; per article, in order, its record or why the
     * store refused it.
     */
    List<Recording> recordAll(List<Article> articles) {
        if (cluster.status("HEAD", "/" + name) == 404) {
            throw new ZhsearchException(ErrorCode.INDEX_UNWRITABLE, missing());
        }
        StringBuilder ndjson = new StringBuilder();
        for (Article a : articles) {
            ObjectNode action = Cluster.JSON.createObjectNode();
            action.putObject("index").put("_index", name).put("_id", a.id());
            ndjson.append(action).append('\n').append(source(a.id(), a)).append('\n');
        }
        JsonNode items =
                cluster.sendNdjson("/_bulk", Map.of(), ndjson.toString()).path("items");
        List<Recording> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            JsonNode item = items.path(i).path("index");
            Article a = articles.get(i);
            if (item.path("status").asInt(500) >= 300) {
                out.add(new Recording(
                        null,
                        new ZhsearchException(
                                ErrorCode.INDEX_UNWRITABLE,
                                "the writes store " + name + " refused " + a.id() + ": "
                                        + item.path("error").path("reason").asText("no answer for it"))));
            } else {
                long seq = item.path("_seq_no").asLong();
                out.add(new Recording(
                        recorded(a.id(), seq, item.path("_primary_term").asLong(), a), null));
            }
        }
        return out;
    }

    /** One article of {@link #recordAll}: its record, or (then {@code recorded} is null) why it was refused. */
    record Recording(Recorded recorded, ZhsearchException refused) {}

    /** {@link #latest} of several articles in one {@code _mget}. */
    Map<String, Optional<Recorded>> latestAll(Collection<String> ids) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        ids.forEach(body.putArray("ids")::add);
        JsonNode docs;
        try {
            docs = cluster.send("POST", "/" + name + "/_mget", Map.of(), body).path("docs");
        } catch (ClusterErrors.StatusException e) {
            if ("index_not_found_exception".equals(e.type())) {
                throw new ZhsearchException(ErrorCode.INDEX_UNWRITABLE, missing(), e);
            }
            throw e;
        }
        Map<String, Optional<Recorded>> out = new HashMap<>();
        for (JsonNode doc : docs) {
            String id = doc.path("_id").asText();
            if (doc.has("error")) { // not "absent": a cut back would then delete the record before the batch
                throw new ZhsearchException(
                        ErrorCode.UNAVAILABLE,
                        "cannot read the writes store " + name + ": "
                                + doc.path("error").path("reason").asText());
            }
            out.put(
                    id,
                    doc.path("found").asBoolean(false)
                            ? Optional.of(recorded(
                                    id,
                                    doc.path("_seq_no").asLong(),
                                    doc.path("_primary_term").asLong(),
                                    doc.path("_source")))
                            : Optional.empty());
        }
        return out;
    }

    /** The last recorded write of an article (read in real time, no refresh needed). */
    Optional<Recorded> latest(String id) {
        try {
            JsonNode doc = cluster.send("GET", docPath(id), Map.of(), null);
            return Optional.of(recorded(
                    id, doc.path("_seq_no").asLong(), doc.path("_primary_term").asLong(), doc.path("_source")));
        } catch (ClusterErrors.StatusException e) {
            if ("index_not_found_exception".equals(e.type())) {
                throw new ZhsearchException(ErrorCode.INDEX_UNWRITABLE, missing(), e);
            }
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Cuts a write that could not be applied back out of the store — the record before it is put back, or none —
     * unless a later write has replaced it meanwhile; {@code previous} was read before recording.
     */
    void cutBack(Recorded refused, Optional<Recorded> previous) {
        Map<String, String> ifUnchanged = Map.of(
                "if_seq_no", Long.toString(refused.seq()), "if_primary_term", Long.toString(refused.primaryTerm()));
        try {
            if (previous.isEmpty()) {
                cluster.send("DELETE", docPath(refused.id()), ifUnchanged, null);
                return;
            }
            Write before = previous.get().write();
            cluster.send(
                    "PUT",
                    docPath(refused.id()),
                    ifUnchanged,
                    source(before.id(), before instanceof Write.Put put ? put.article() : null));
        } catch (ClusterErrors.StatusException e) {
            if (e.status() != 409) { // 409: a later write replaced it, which stands
                throw e;
            }
        }
    }

    /**
     * The highest sequence every copy of the store has processed: after a refresh, every write up to it is visible
     * to a search, so a rebuild that replays what it then finds has replayed at least everything up to it.
     */
    long checkpoint() {
        JsonNode shards = cluster.send("GET", "/" + name + "/_stats", Map.of("level", "shards"), null)
                .path("indices")
                .path(name)
                .path("shards");
        long lowest = Long.MAX_VALUE;
        for (JsonNode copies : shards) {
            for (JsonNode copy : copies) {
                lowest = Math.min(
                        lowest, copy.path("seq_no").path("global_checkpoint").asLong(-1));
            }
        }
        return lowest == Long.MAX_VALUE ? -1 : lowest;
    }

    void refresh() {
        cluster.send("POST", "/" + name + "/_refresh", Map.of(), null);
    }

    /** Every write with a sequence above {@code after} visible to searches, in the order they were made. */
    void forEachAfter(long after, Consumer<Recorded> action) {
        JsonNode searchAfter = null;
        while (true) {
            ObjectNode body = Cluster.JSON.createObjectNode();
            body.put("size", PAGE).put("seq_no_primary_term", true);
            body.putObject("query").putObject("range").putObject("_seq_no").put("gt", after);
            body.putArray("sort").addObject().put("_seq_no", "asc");
            if (searchAfter != null) {
                body.set("search_after", searchAfter);
            }
            JsonNode hits = cluster.send("POST", "/" + name + "/_search", Map.of(), body)
                    .path("hits")
                    .path("hits");
            for (JsonNode hit : hits) {
                action.accept(recorded(
                        hit.path("_id").asText(),
                        hit.path("_seq_no").asLong(),
                        hit.path("_primary_term").asLong(),
                        hit.path("_source")));
            }
            if (hits.size() < PAGE) {
                return;
            }
            searchAfter = hits.get(hits.size() - 1).path("sort");
        }
    }

    /** Why writes cannot be recorded now, or {@code null}: the store missing, its primary unassigned, a block. */
    String writeFailure() {
        if (cluster.status("HEAD", "/" + name) == 404) {
            return missing();
        }
        JsonNode health = cluster.send("GET", "/_cluster/health/" + name, Map.of(), null);
        if ("red".equals(health.path("status").asText())) {
            return "the writes store " + name + " has no active primary shard (its nodes are down or it cannot be"
                    + " allocated): writes are refused until it is assigned again; searches keep working";
        }
        return IndexBlocks.describe(cluster, name);
    }

    private String missing() {
        return "the writes store " + name + " is missing (deleted?): writes are refused until a rebuild creates it"
                + " again ('zhsearch index' or POST /api/admin/reindex); searches keep working";
    }

    /** The stored form of a write: {@code {"op": "put", "article": …}} or {@code {"op": "delete"}}. */
    private static ObjectNode source(String id, Article article) {
        ObjectNode doc = Cluster.JSON.createObjectNode();
        doc.put("op", article == null ? DELETE : PUT);
        if (article != null) {
            doc.set("article", Cluster.JSON.valueToTree(article));
        }
        return doc;
    }

    private static Recorded recorded(String id, long seq, long primaryTerm, JsonNode source) {
        Article article = PUT.equals(source.path("op").asText())
                ? Cluster.JSON.convertValue(source.path("article"), Article.class)
                : null;
        return recorded(id, seq, primaryTerm, article);
    }

    private static Recorded recorded(String id, long seq, long primaryTerm, Article article) {
        return new Recorded(article == null ? new Write.Delete(id, seq) : new Write.Put(article, seq), primaryTerm);
    }

    private String docPath(String id) {
        return "/" + name + "/_doc/"
                + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
