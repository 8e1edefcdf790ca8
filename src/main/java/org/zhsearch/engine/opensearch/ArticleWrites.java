package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.analysis.CurrentAnalysis;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.schema.Fields;
import org.zhsearch.writes.Write;

/**
 * Applies recorded writes ({@link WritesStore.Recorded}) to paragraph documents: the article's new paragraphs and the
 * deletion of its old ones in one bulk request, versioned by the write's sequence so an older write never replaces
 * a newer one whatever order processes apply them in.
 *
 * <p>A write to the live index goes through the alias and is checked against it afterwards: when a rebuild (in
 * this or another process) moved the alias meanwhile, it is applied again to the index now behind it, so no
 * acknowledged write stays only in an index that is about to be deleted.
 */
final class ArticleWrites {
    /** Alias moves one write may meet before giving up (each is a whole rebuild finishing). */
    private static final int MAX_MOVES = 5;
    /** Paragraph ids read per request when looking up a batch's old paragraphs. */
    private static final int PAGE = 1000;

    private final Cluster cluster;
    private final String alias;
    private final CurrentAnalysis analysis;
    private final WritesStore store;
    private final DeclaredFields declared;

    ArticleWrites(Cluster cluster, String alias, CurrentAnalysis analysis, WritesStore store, DeclaredFields declared) {
        this.cluster = cluster;
        this.alias = alias;
        this.analysis = analysis;
        this.store = store;
        this.declared = declared;
    }

    DeclaredFields declared() {
        return declared;
    }

    /** Applies {@code write} to the index behind the alias, refreshed; true when the article was absent before. */
    boolean applyLive(WritesStore.Recorded write) {
        Analysis a = analysis.get();
        Boolean absentBefore = null;
        for (int move = 0; move <= MAX_MOVES; move++) {
            String index = indexBehindAlias();
            Set<String> old = new HashSet<>();
            ArticleParagraphs.hits(cluster, index, write.id(), false)
                    .forEach(h -> old.add(h.path("_id").asText()));
            if (absentBefore == null) {
                absentBefore = old.isEmpty();
            }
            // require_alias: a bulk to an index deleted meanwhile would create it anew with a guessed mapping
            Bulk bulk = new Bulk(
                    cluster, alias, Map.of("refresh", "true", "require_alias", "true"), "the write was not applied");
            add(bulk, actions(write.write(), a, declared), old);
            bulk.flush(); // one request, then one refresh: readers see the old article or the new one
            if (bulk.conflicts() > 0) {
                refuseIfStillLatest(write);
            }
            if (Set.of(index).containsAll(bulk.writtenTo()) && index.equals(indexBehindAlias())) {
                return absentBefore;
            }
        }
        throw new ZhsearchException(
                ErrorCode.UNAVAILABLE,
                "the alias " + alias + " moved " + MAX_MOVES
                        + " times during one write (rebuilds in a loop?); the write was recorded and the next rebuild"
                        + " applies it");
    }

    /** What {@link #applyLiveAll} did: the articles absent before, and article id → why its write was refused. */
    record Applied(Set<String> absentBefore, Map<String, String> refused) {}

    /**
     * {@link #applyLive} of a batch, at most one write per article: the old paragraph ids of all of them in one
     * search, every article's actions in one bulk request (more only past {@link Bulk#MAX_ACTIONS}), then one refresh
     * — the index refreshes only when told, so a reader sees each article old or new. An article whose actions the
     * cluster refuses is reported in {@link Applied#refused}; the others are applied.
     */
    Applied applyLiveAll(List<WritesStore.Recorded> batch) {
        Analysis a = analysis.get();
        List<Actions> actions =
                batch.stream().map(w -> actions(w.write(), a, declared)).toList();
        List<String> ids = batch.stream().map(WritesStore.Recorded::id).toList();
        Set<String> absentBefore = null;
        for (int move = 0; move <= MAX_MOVES; move++) {
            String index = indexBehindAlias();
            Map<String, Set<String>> old = paragraphIds(index, ids);
            if (absentBefore == null) {
                absentBefore = new HashSet<>(ids);
                absentBefore.removeAll(old.keySet());
            }
            Bulk bulk = new Bulk(cluster, alias, Map.of("require_alias", "true"), "the write was not applied")
                    .collectingFailures();
            for (Actions each : actions) {
                add(bulk, each, old.getOrDefault(each.articleId(), Set.of()));
            }
            bulk.flush();
            cluster.send("POST", "/" + alias + "/_refresh", Map.of(), null);
            if (bulk.conflicts() > 0) {
                batch.forEach(this::refuseIfStillLatest);
            }
            if (Set.of(index).containsAll(bulk.writtenTo()) && index.equals(indexBehindAlias())) {
                return new Applied(absentBefore, bulk.failures());
            }
        }
        throw new ZhsearchException(
                ErrorCode.UNAVAILABLE,
                "the alias " + alias + " moved " + MAX_MOVES + " times during one batch write (rebuilds in a loop?);"
                        + " the writes were recorded and the next rebuild applies them");
    }

    /** Article id → the ids of its paragraph documents in {@code index}, for the articles {@code ids}, one search. */
    private Map<String, Set<String>> paragraphIds(String index, List<String> ids) {
        Map<String, Set<String>> out = new HashMap<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = Cluster.JSON.createObjectNode();
            ArrayNode terms = body.putObject("query").putObject("terms").putArray(Fields.ARTICLE_ID);
            ids.forEach(terms::add);
            body.put("size", PAGE).put("_source", false);
            body.putArray("docvalue_fields").add(Fields.ARTICLE_ID);
            ArrayNode sort = body.putArray("sort");
            sort.addObject().put(Fields.ARTICLE_ID, "asc");
            sort.addObject().put(Fields.N, "asc");
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode hits = cluster.send("POST", "/" + index + "/_search", Map.of(), body)
                    .path("hits")
                    .path("hits");
            for (JsonNode h : hits) {
                String article =
                        h.path("fields").path(Fields.ARTICLE_ID).path(0).asText();
                out.computeIfAbsent(article, k -> new HashSet<>())
                        .add(h.path("_id").asText());
            }
            if (hits.size() < PAGE) {
                return out;
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
    }

    /**
     * A version conflict is expected when a newer write of the article was applied meanwhile; when this write is
     * still the latest recorded, the index holds versions numbered by a writes store that was deleted and created
     * anew (which numbers from 0 again), and the write would silently not be served.
     */
    private void refuseIfStillLatest(WritesStore.Recorded write) {
        Optional<WritesStore.Recorded> latest = store.latest(write.id());
        if (latest.isPresent() && latest.get().seq() == write.seq()) {
            throw new ZhsearchException(
                    ErrorCode.INDEX_UNWRITABLE,
                    "the live index " + alias + " holds newer versions"
                            + " of " + write.id() + " than the writes store numbers (" + store.name()
                            + " was deleted and"
                            + " created again): rebuild ('zhsearch index' or POST /api/admin/reindex) before writing");
        }
    }

    /**
     * Applies the last recorded write of article {@code id} to the live index, again until no newer write was
     * recorded meanwhile (a writer that missed the paragraphs applied here then has them deleted by this loop).
     */
    void applyLatest(String id) {
        Optional<WritesStore.Recorded> write = store.latest(id);
        while (write.isPresent()) {
            applyLive(write.get());
            Optional<WritesStore.Recorded> now = store.latest(id);
            if (now.isEmpty() || now.get().seq() == write.get().seq()) {
                return;
            }
            write = now;
        }
    }

    /**
     * What a write does to paragraph documents: index these (none for a delete), each versioned by the write's
     * sequence + 1 (newer writes have higher versions; the corpus's paragraphs have 0).
     */
    record Actions(String articleId, long version, Map<String, ObjectNode> paragraphs) {}

    /** The actions of {@code write}; the analysis happens here, so callers may run it on several threads. */
    static Actions actions(Write write, Analysis a, DeclaredFields declared) {
        Map<String, ObjectNode> docs = new LinkedHashMap<>();
        if (write instanceof Write.Put put) {
            for (Paragraph p : put.article().paragraphs()) {
                docs.put(ParagraphJson.docId(write.id(), p.n()), ParagraphJson.of(put.article(), p, a, declared));
            }
        }
        return new Actions(write.id(), write.seq() + 1, docs);
    }

    /**
     * Adds {@code actions} to {@code bulk}: index the write's paragraphs, delete the documents in {@code existing}
     * (ids) that it does not have.
     */
    static void add(Bulk bulk, Actions actions, Collection<String> existing) {
        actions.paragraphs().forEach((docId, doc) -> bulk.index(docId, actions.articleId(), actions.version(), doc));
        for (String docId : existing) {
            if (!actions.paragraphs().containsKey(docId)) {
                bulk.delete(docId, actions.articleId(), actions.version());
            }
        }
    }

    /** The one physical index behind the alias. */
    String indexBehindAlias() {
        JsonNode answer = cluster.send("GET", "/_alias/" + alias, Map.of(), null);
        if (answer.size() != 1) {
            throw new ZhsearchException(
                    ErrorCode.INDEX_FAILED,
                    "the alias " + alias + " points to " + answer.size()
                            + " indexes ("
                            + answer.properties().stream()
                                    .map(Map.Entry::getKey)
                                    .toList() + "); it must point to one —"
                            + " run 'zhsearch index' to build one");
        }
        return answer.fieldNames().next();
    }
}
