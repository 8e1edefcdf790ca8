package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.analysis.CurrentAnalysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexStats;
import org.zhsearch.api.PutResult;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.build.BuildTarget;
import org.zhsearch.build.SyncTarget;
import org.zhsearch.config.OpenSearchSettings;
import org.zhsearch.engine.Engine;
import org.zhsearch.engine.EngineSnapshot;

/**
 * The engine that keeps the index on an OpenSearch cluster. Searches go to an alias; a rebuild ({@link IndexBuild}, filled by the one rebuild pipeline)
 * fills a new physical index and moves the alias in one atomic {@code _aliases} call, then deletes the old index.
 * Articles written through the API are recorded in {@code <alias>-writes} ({@link WritesStore}) before they are
 * applied ({@link ArticleWrites}), and every rebuild replays them, as the embedded engine replays its journal.
 *
 * <p>All paragraphs of an article are routed to one shard (routing = article id), and the index refreshes only when
 * this engine says so: a put writes the new paragraphs and deletes the old ones in one bulk request and then
 * refreshes, so a reader sees the whole old article or the whole new one. Writes of one process are serialised;
 * two processes writing the same article at once could expose each other's half-written article at a refresh.
 * Every operation answers within {@code opensearch.timeoutMs} ({@link Cluster#operation()}).
 */
public final class OpenSearchEngine implements Engine {
    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchEngine.class);
    private final Cluster cluster;
    private final String alias;
    private final WritesStore store;
    private final CorpusStore manifests;
    private final ArticleWrites writes;
    private final OpenSearchSettings settings;
    private final CurrentAnalysis analysis;
    private final IndexNames names;
    private final IndexSetup setup;
    private final HealthCheck health;
    private final ClusterVocabulary vocabulary;
    /** Serialises this process's writes, so its own writes of one article never interleave. */
    private final Object writeLock = new Object();

    private OpenSearchEngine(
            Cluster cluster, OpenSearchSettings settings, CurrentAnalysis analysis, DeclaredFields declared) {
        this.cluster = cluster;
        this.alias = settings.index();
        this.store = new WritesStore(cluster, alias, settings.replicas());
        this.manifests = new CorpusStore(cluster, alias, settings.replicas());
        this.writes = new ArticleWrites(cluster, alias, analysis, store, declared);
        this.settings = settings;
        this.analysis = analysis;
        this.names = new IndexNames(cluster, alias);
        this.setup = new IndexSetup(cluster, settings, store, declared);
        this.health = new HealthCheck(cluster, alias, store);
        this.vocabulary = new ClusterVocabulary(cluster, alias);
    }

    /** Connects to the cluster; creates an empty index behind the alias, and the writes store, if absent. */
    public static OpenSearchEngine open(OpenSearchSettings settings, CurrentAnalysis analysis) {
        return open(settings, analysis, DeclaredFields.NONE);
    }

    /** As {@link #open(OpenSearchSettings, CurrentAnalysis)}, indexing the {@code declared} fields. */
    public static OpenSearchEngine open(
            OpenSearchSettings settings, CurrentAnalysis analysis, DeclaredFields declared) {
        OpenSearchEngine engine = new OpenSearchEngine(new Cluster(settings), settings, analysis, declared);
        try {
            engine.setup.ensureNowOrLater();
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        return engine;
    }

    @Override
    public String fieldTypeProblem() {
        try (var op = cluster.operation()) {
            return setup.typeChange();
        } catch (Cluster.Unreachable e) {
            return null; // served without a cluster as before; checked again by the next open
        }
    }

    @Override
    public String formatProblem() {
        try (var op = cluster.operation()) {
            return setup.formatProblem();
        } catch (Cluster.Unreachable e) {
            return null; // checked again by the next open
        }
    }

    @Override
    public BuildTarget newBuild(Path corpus, IndexOptions options) {
        // long: each of its requests has its own deadline
        return new IndexBuild(cluster, settings, analysis.get(), store, manifests, writes);
    }

    @Override
    public SyncTarget newSync(IndexOptions options) {
        return new CorpusSyncTarget(writes, store, manifests, names, alias);
    }

    // ---- writes ----

    @Override
    public boolean put(Article article) {
        return write(article.id(), article);
    }

    @Override
    public boolean delete(String id) {
        return !write(id, null);
    }

    /**
     * A batch: every article recorded in one {@code _bulk} to the writes store, then applied in one bulk request and
     * one refresh ({@link ArticleWrites#applyLiveAll}); an article twice in the batch is applied once, its last
     * version. An article the store or the index refuses is an error result and its record is cut back out; when
     * applying fails as a whole, every record of the batch is. No operation deadline around it: a batch of thousands
     * of articles takes longer than one write may, so each of its requests has its own ({@code opensearch.timeoutMs}).
     */
    @Override
    public List<PutResult> putAll(List<Article> articles) {
        synchronized (writeLock) {
            PutResult[] results = new PutResult[articles.size()];
            Map<String, Optional<WritesStore.Recorded>> previous = store.latestAll(
                    articles.stream().map(Article::id).distinct().toList());
            List<WritesStore.Recording> recorded = store.recordAll(articles);
            Map<String, WritesStore.Recorded> last = new LinkedHashMap<>();
            for (int i = 0; i < results.length; i++) {
                WritesStore.Recording r = recorded.get(i);
                if (r.refused() != null) {
                    results[i] = PutResult.failed(articles.get(i).id(), r.refused());
                } else {
                    last.put(r.recorded().id(), r.recorded());
                }
            }
            ArticleWrites.Applied applied;
            try {
                applied = writes.applyLiveAll(List.copyOf(last.values()));
            } catch (RuntimeException e) {
                last.values().forEach(w -> cutBack(w, previous.getOrDefault(w.id(), Optional.empty()), e));
                throw e;
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < results.length; i++) {
                String id = articles.get(i).id();
                String refused = applied.refused().get(id);
                if (results[i] != null) {
                    continue;
                } else if (refused != null) {
                    results[i] = PutResult.failed(
                            id,
                            new ZhsearchException(
                                    ErrorCode.INVALID_ARTICLE, "OpenSearch refused " + id + ": " + refused));
                } else {
                    results[i] = PutResult.written(
                            id, seen.add(id) && applied.absentBefore().contains(id));
                }
            }
            applied.refused()
                    .keySet()
                    .forEach(id -> cutBack(
                            last.get(id),
                            previous.getOrDefault(id, Optional.empty()),
                            new ZhsearchException(
                                    ErrorCode.INVALID_ARTICLE, applied.refused().get(id))));
            return List.of(results);
        }
    }

    /**
     * Records the write, then applies it; when applying fails the record is cut back out, so a refused write is
     * neither served nor brought back by a rebuild. True when the article was absent before.
     */
    private boolean write(String id, Article article) {
        try (var op = cluster.operation()) {
            synchronized (writeLock) {
                Optional<WritesStore.Recorded> previous = store.latest(id);
                WritesStore.Recorded write = store.record(id, article);
                try {
                    return writes.applyLive(write);
                } catch (RuntimeException e) {
                    cutBack(write, previous, e);
                    throw e;
                }
            }
        }
    }

    private void cutBack(WritesStore.Recorded refused, Optional<WritesStore.Recorded> previous, RuntimeException why) {
        try (var fresh = cluster.separateOperation()) { // the write's deadline may be what passed
            store.cutBack(refused, previous);
        } catch (RuntimeException e) {
            why.addSuppressed(e);
            LOG.warn(
                    "write of {} failed and its record could not be removed, so the next rebuild applies it: {}",
                    refused.id(),
                    e.getMessage());
        }
    }

    // ---- reading ----

    @Override
    public EngineSnapshot snapshot() {
        return new PointInTime(cluster, alias, vocabulary);
    }

    @Override
    public Optional<Article> article(String id) {
        List<JsonNode> sources = new ArrayList<>();
        try (var op = cluster.operation()) {
            ArticleParagraphs.hits(cluster, alias, id, true).forEach(h -> sources.add(h.path("_source")));
        }
        return sources.isEmpty() ? Optional.empty() : Optional.of(ParagraphJson.article(sources));
    }

    @Override
    public IndexStats stats() {
        try (var op = cluster.operation()) {
            return indexStats();
        }
    }

    private IndexStats indexStats() {
        long articles = names.articlesIn(alias);
        long paragraphs = cluster.send("POST", "/" + alias + "/_count", Map.of(), Cluster.JSON.createObjectNode())
                .path("count")
                .asLong();
        JsonNode stats = cluster.send("GET", "/" + alias + "/_stats/store", Map.of(), null);
        long bytes = stats.path("_all")
                .path("primaries")
                .path("store")
                .path("size_in_bytes")
                .asLong();
        Instant builtAt = null;
        String root = null;
        for (String index : names.behindAlias()) {
            root = manifests.rootOf(index).orElse(null);
            JsonNode s = cluster.send("GET", "/" + index + "/_settings/index.creation_date", Map.of(), null);
            long created = s.path(index)
                    .path("settings")
                    .path("index")
                    .path("creation_date")
                    .asLong(0);
            if (created > 0) {
                builtAt = Instant.ofEpochMilli(created);
            }
        }
        return new IndexStats(articles, paragraphs, bytes, builtAt, root);
    }

    @Override
    public Health health() {
        return health.check();
    }

    @Override
    public void refresh() {
        try (var op = cluster.operation()) {
            cluster.send("POST", "/" + alias + "/_refresh", Map.of(), null);
        }
    }

    @Override
    public void close() {
        setup.close();
        cluster.close();
    }
}
