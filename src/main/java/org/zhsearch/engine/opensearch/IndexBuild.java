package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;
import org.zhsearch.build.BuildTarget;
import org.zhsearch.build.CorpusManifest;
import org.zhsearch.config.OpenSearchSettings;
import org.zhsearch.engine.IndexFormat;
import org.zhsearch.writes.Write;
import org.zhsearch.writes.WriteLog;

/**
 * The OpenSearch engine's {@link BuildTarget}: a new physical index {@code <alias>-<time>}, filled by bulk requests;
 * publishing moves the alias to it in one {@code _aliases} call, applies the writes recorded since the replay's
 * checkpoint (by any process) again, and deletes the old index and abandoned rebuilds' indexes.
 *
 * <p>Nothing here is locked against writers, in this process or another: writes are recorded before they are
 * applied, and every paragraph carries its write's sequence as version, so a write is either replayed (recorded
 * before the replay's checkpoint), or applied after the switch by this build's catch-up or by its own writer,
 * which checks the alias after applying ({@link ArticleWrites}).
 */
final class IndexBuild implements BuildTarget {
    private static final Logger LOG = LoggerFactory.getLogger(IndexBuild.class);
    /** A corpus article as a write numbered so that its paragraphs get version 0: any API write is newer. */
    static final long CORPUS_SEQ = -1;

    private final Cluster cluster;
    private final OpenSearchSettings settings;
    private final Analysis analysis;
    private final WritesStore store;
    private final CorpusStore corpus;
    private final ArticleWrites writes;
    private final IndexNames names;
    private final String target;
    private final Bulk bulk;
    /** Each article's highest paragraph number in the new index: a replacement deletes the rest by id. */
    private final Map<String, Integer> lastParagraph = new HashMap<>();

    private long replayedThrough = Write.BEFORE_ALL;
    private boolean switched;

    IndexBuild(
            Cluster cluster,
            OpenSearchSettings settings,
            Analysis analysis,
            WritesStore store,
            CorpusStore corpus,
            ArticleWrites writes) {
        this.cluster = cluster;
        this.corpus = corpus;
        this.settings = settings;
        this.analysis = analysis;
        this.store = store;
        this.writes = writes;
        this.names = new IndexNames(cluster, settings.index());
        this.target = names.next();
        cluster.send(
                "PUT",
                "/" + target,
                Map.of(),
                IndexSchema.create(settings.shards(), settings.replicas(), writes.declared()));
        this.bulk = new Bulk(cluster, target, Map.of(), "the previous index stays live");
    }

    @Override
    public void add(Article article, boolean firstSeen) {
        // the analysis (the costly part) runs on the calling worker's thread; the bulk keeps the order of adds, so a
        // repeated id (.jsonl) replaces the earlier article deterministically. Its paragraphs beyond the new ones go
        // by id: the new index is not refreshed, so a delete by query would find nothing
        ArticleWrites.Actions actions =
                ArticleWrites.actions(new Write.Put(article, CORPUS_SEQ), analysis, writes.declared());
        synchronized (this) {
            ArticleWrites.add(bulk, actions, docIds(article.id(), lastParagraph.get(article.id())));
            lastParagraph.put(article.id(), lastN(article.paragraphs()));
        }
    }

    @Override
    public WriteLog writes() {
        store.ensureExists();
        long checkpoint = store.checkpoint(); // read before the refresh: all up to it are then visible
        store.refresh();
        return (after, each) -> {
            store.forEachAfter(after, recorded -> each.accept(recorded.write()));
            return checkpoint;
        };
    }

    /** A recorded write applied to the new index: its paragraphs replace the article's, found by id, not search. */
    @Override
    public synchronized void apply(Write write) {
        ArticleWrites.add(
                bulk,
                ArticleWrites.actions(write, analysis, writes.declared()),
                docIds(write.id(), lastParagraph.get(write.id())));
        switch (write) {
            case Write.Put put ->
                lastParagraph.put(write.id(), lastN(put.article().paragraphs()));
            case Write.Delete delete -> lastParagraph.remove(write.id());
        }
    }

    @Override
    public synchronized void replayedThrough(long seq) {
        replayedThrough = seq;
        bulk.flush();
        cluster.send("POST", "/" + target + "/_refresh", Map.of(), null);
        ObjectNode meta = Cluster.JSON.createObjectNode();
        ObjectNode m = meta.putObject("_meta")
                .put("replayedThrough", seq)
                .put(IndexFormat.KEY, IndexFormat.CURRENT); // _meta is replaced whole: the format stays in it
        if (IndexSchema.hasDeclared(writes.declared())) { // _meta is replaced whole: the declared types stay in it
            m.put(IndexSchema.META_FIELDS, writes.declared().typesRecord());
        }
        cluster.send("PUT", "/" + target + "/_mapping", Map.of(), meta);
    }

    @Override
    public long articles() {
        return names.articlesIn(target);
    }

    @Override
    public long liveArticles() {
        // none yet: the index was never made, or the cluster did not answer when this engine opened
        return names.aliasExists() ? names.articlesIn(settings.index()) : 0;
    }

    /** Recorded for the new index before the alias moves to it: it goes live with the manifest. */
    @Override
    public void recordManifest(CorpusManifest manifest) {
        corpus.write(target, manifest);
    }

    @Override
    public void publish() {
        List<String> previous = names.behindAlias();
        switchAlias(previous, target);
        switched = true;
        LOG.info("switched alias {} to {}", settings.index(), target);
        catchUp();
        for (String old : previous) {
            cluster.send("DELETE", "/" + old, Map.of(), null);
            corpus.delete(old);
        }
        names.removeAbandoned(target);
    }

    @Override
    public void close() {
        if (!switched) {
            cluster.send("DELETE", "/" + target, Map.of(), null);
        }
    }

    /** The document ids of paragraphs 1..last of an article (none when {@code last} is null). */
    private static List<String> docIds(String articleId, Integer last) {
        List<String> ids = new ArrayList<>();
        for (int n = 1; last != null && n <= last; n++) {
            ids.add(ParagraphJson.docId(articleId, n));
        }
        return ids;
    }

    private static int lastN(List<Paragraph> paragraphs) {
        return paragraphs.stream().mapToInt(Paragraph::n).max().orElse(0);
    }

    private void switchAlias(List<String> previous, String target) {
        ObjectNode actions = Cluster.JSON.createObjectNode();
        ArrayNode list = actions.putArray("actions");
        for (String old : previous) {
            list.addObject().putObject("remove").put("index", old).put("alias", settings.index());
        }
        list.addObject().putObject("add").put("index", target).put("alias", settings.index());
        cluster.send("POST", "/_aliases", Map.of(), actions);
    }

    /**
     * Applies every write recorded after the replay's checkpoint to the index now behind the alias: a writer (of
     * any process) that applied its write to the old index before the switch has it applied again here.
     */
    private void catchUp() {
        store.refresh();
        List<String> ids = new ArrayList<>();
        store.forEachAfter(replayedThrough, recorded -> ids.add(recorded.id()));
        ids.forEach(writes::applyLatest);
        if (!ids.isEmpty()) {
            LOG.info("applied {} writes recorded during the rebuild to the new index", ids.size());
        }
    }
}
