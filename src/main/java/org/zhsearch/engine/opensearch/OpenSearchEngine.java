package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.analysis.CurrentAnalysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.Facet;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.IndexStats;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchSort;
import org.zhsearch.api.SkippedFile;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.config.OpenSearchSettings;
import org.zhsearch.corpus.CorpusFile;
import org.zhsearch.corpus.CorpusReader;
import org.zhsearch.engine.Engine;
import org.zhsearch.engine.EngineQuery;
import org.zhsearch.engine.SampledParagraph;
import org.zhsearch.engine.Filters;
import org.zhsearch.engine.Page;
import org.zhsearch.engine.RebuildGuard;
import org.zhsearch.engine.RelatedQuery;
import org.zhsearch.engine.StoredHit;
import org.zhsearch.index.Fields;
import org.zhsearch.query.QueryNode;

/**
 * The engine that keeps the index on an OpenSearch cluster. Searches go to an alias; a rebuild fills a new physical
 * index and moves the alias in one atomic {@code _aliases} call, then deletes the old index. Articles written
 * through the API are also kept in {@code <alias>-writes} (one document per article: its last put or delete), which
 * every rebuild replays, as the embedded engine replays its journal.
 *
 * <p>All paragraphs of an article are routed to one shard (routing = article id), and the index refreshes only when
 * this engine says so: a put writes the new paragraphs and deletes the old ones in one bulk request and then
 * refreshes, so a reader sees the whole old article or the whole new one. Writes of one process are serialised;
 * two processes writing to one index could expose each other's half-written articles at a refresh.
 */
public final class OpenSearchEngine implements Engine {
    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchEngine.class);
    /** Paragraphs read back per request for one article. */
    private static final int PAGE = 1000;
    private static final List<String> SOURCE_FIELDS = List.of(Fields.ID, Fields.ARTICLE_ID, Fields.N, Fields.SECTION,
            Fields.ROLE, Fields.TITLE, Fields.SOURCE, Fields.DATE, Fields.PUBLICATION, Fields.PAGE, Fields.EDITORS,
            Fields.TEXT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Cluster cluster;
    private final OpenSearchSettings settings;
    private final CurrentAnalysis analysis;
    private final String alias;
    private final String writes;
    /** Serialises writes and the end of a rebuild (replay, switch), so a write is never lost between them. */
    private final Object writeLock = new Object();
    private final AtomicLong writeSeq = new AtomicLong(System.currentTimeMillis() * 1000);

    private OpenSearchEngine(Cluster cluster, OpenSearchSettings settings, CurrentAnalysis analysis) {
        this.cluster = cluster;
        this.settings = settings;
        this.analysis = analysis;
        this.alias = settings.index();
        this.writes = settings.index() + "-writes";
    }

    /** Connects to the cluster; creates an empty index behind the alias, and the writes store, if absent. */
    public static OpenSearchEngine open(OpenSearchSettings settings, CurrentAnalysis analysis) {
        OpenSearchEngine engine = new OpenSearchEngine(new Cluster(settings), settings, analysis);
        try {
            engine.ensureIndexes();
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        return engine;
    }

    private void ensureIndexes() {
        if (cluster.status("HEAD", "/_alias/" + alias) == 404) {
            String first = newIndexName();
            cluster.send("PUT", "/" + first, Map.of(), IndexSchema.create(settings.shards(), settings.replicas()));
            ObjectNode actions = Cluster.JSON.createObjectNode();
            actions.putArray("actions").addObject().putObject("add").put("index", first).put("alias", alias);
            cluster.send("POST", "/_aliases", Map.of(), actions);
        } else {
            cluster.send("PUT", "/" + alias + "/_mapping", Map.of(), IndexSchema.addedFields());
            boolean hasPinyin = false;
            for (JsonNode index : cluster.send("GET", "/" + alias + "/_mapping", Map.of(), null)) {
                hasPinyin |= index.path("mappings").path("properties").has(Fields.PINYIN);
            }
            if (!hasPinyin) { // created before pinyin: accept the field unindexed until a rebuild
                cluster.send("PUT", "/" + alias + "/_mapping", Map.of(), IndexSchema.unindexedPinyin());
            }
        }
        if (cluster.status("HEAD", "/" + writes) == 404) {
            try {
                cluster.send("PUT", "/" + writes, Map.of(), IndexSchema.writes(settings.replicas()));
            } catch (Cluster.StatusException e) {
                if (e.status() != 400) { // 400: created meanwhile by another process
                    throw e;
                }
            }
        }
    }

    private String newIndexName() {
        return alias + "-" + STAMP.format(Instant.now());
    }

    // ---- rebuild ----

    @Override
    public IndexReport rebuild(Path corpus, IndexOptions options, ProgressListener listener) {
        Instant start = Instant.now();
        Analysis a = analysis.get();
        String target = newIndexName();
        cluster.send("PUT", "/" + target, Map.of(), IndexSchema.create(settings.shards(), settings.replicas()));
        boolean switched = false;
        try {
            Load load = loadCorpus(corpus, target, a, options, listener);
            synchronized (writeLock) {
                replayWrites(target, a);
                cluster.send("POST", "/" + target + "/_refresh", Map.of(), null);
                refuseIfShrinking(target, options);
                List<String> previous = indexesBehindAlias();
                ObjectNode actions = Cluster.JSON.createObjectNode();
                ArrayNode list = actions.putArray("actions");
                for (String old : previous) {
                    list.addObject().putObject("remove").put("index", old).put("alias", alias);
                }
                list.addObject().putObject("add").put("index", target).put("alias", alias);
                cluster.send("POST", "/_aliases", Map.of(), actions);
                switched = true;
                for (String old : previous) {
                    cluster.send("DELETE", "/" + old, Map.of(), null);
                }
            }
            LOG.info("switched alias {} to {}", alias, target);
            return new IndexReport(load.articles(), load.paragraphs(), load.chars(), load.bytes(), load.skipped(),
                    Duration.between(start, Instant.now()));
        } finally {
            if (!switched) {
                cluster.send("DELETE", "/" + target, Map.of(), null);
            }
        }
    }

    private record Load(long articles, long paragraphs, long chars, long bytes, List<SkippedFile> skipped) {
    }

    private Load loadCorpus(Path corpus, String target, Analysis a, IndexOptions options, ProgressListener listener) {
        if (!java.nio.file.Files.isDirectory(corpus)) {
            throw new ZhsearchException(ErrorCode.CORPUS_NOT_FOUND, "corpus directory " + corpus
                    + " does not exist or is not a directory — pass the folder that holds your articles");
        }
        CorpusReader reader = new CorpusReader(corpus, CorpusReader.DEFAULT_MAX_FILE_BYTES,
                options.followExternalLinks());
        List<SkippedFile> skipped = Collections.synchronizedList(new ArrayList<>());
        List<CorpusFile> files = reader.listForBuild(skipped, listener);
        Bulk bulk = new Bulk(cluster, target, Map.of());
        Set<String> seen = new HashSet<>();
        long[] totals = new long[4];
        for (CorpusFile file : files) {
            int[] counts = new int[2];
            List<SkippedFile> fileSkips = reader.read(file, article -> {
                if (article.paragraphs().isEmpty()) {
                    return;
                }
                if (!seen.add(article.id())) {
                    bulk.flush(); // a repeated id (.jsonl) replaces the earlier article
                    deleteArticle(target, article.id(), "false");
                }
                for (Paragraph p : article.paragraphs()) {
                    bulk.index(ParagraphJson.docId(article.id(), p.n()), article.id(), ParagraphJson.of(article, p, a));
                    totals[2] += p.text().length();
                }
                counts[0]++;
                counts[1] += article.paragraphs().size();
            });
            fileSkips.forEach(s -> {
                skipped.add(s);
                listener.skipped(s);
            });
            totals[0] += counts[0];
            totals[1] += counts[1];
            totals[3] += file.size();
            listener.fileDone(file.id(), counts[0], counts[1], file.size());
        }
        bulk.flush();
        return new Load(totals[0], totals[1], totals[2], totals[3], skipped);
    }

    /** Applies the writes store to {@code target}: every API write made so far, in the order they were made. */
    private void replayWrites(String target, Analysis a) {
        cluster.send("POST", "/" + writes + "/_refresh", Map.of(), null);
        JsonNode after = null;
        while (true) {
            ObjectNode body = Cluster.JSON.createObjectNode();
            body.put("size", PAGE);
            body.putArray("sort").addObject().put("seq", "asc");
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode hits = cluster.send("POST", "/" + writes + "/_search", Map.of(), body).path("hits").path("hits");
            if (hits.isEmpty()) {
                return;
            }
            for (JsonNode hit : hits) {
                JsonNode source = hit.path("_source");
                String id = hit.path("_id").asText();
                deleteArticle(target, id, "false");
                if ("put".equals(source.path("op").asText())) {
                    Article article = Cluster.JSON.convertValue(source.path("article"), Article.class);
                    Bulk bulk = new Bulk(cluster, target, Map.of());
                    for (Paragraph p : article.paragraphs()) {
                        bulk.index(ParagraphJson.docId(id, p.n()), id, ParagraphJson.of(article, p, a));
                    }
                    bulk.flush();
                }
                after = hit.path("sort");
            }
        }
    }

    private void refuseIfShrinking(String target, IndexOptions options) {
        if (!options.force()) {
            RebuildGuard.check(articlesIn(target), articlesIn(alias), options);
        }
    }

    private long articlesIn(String index) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.set("query", OpenSearchQueryMapper.term(Fields.FIRST, true));
        return cluster.send("POST", "/" + index + "/_count", Map.of(), body).path("count").asLong();
    }

    private List<String> indexesBehindAlias() {
        List<String> out = new ArrayList<>();
        cluster.send("GET", "/_alias/" + alias, Map.of(), null).fieldNames().forEachRemaining(out::add);
        return out;
    }

    // ---- writes ----

    @Override
    public boolean put(Article article) {
        Analysis a = analysis.get();
        synchronized (writeLock) {
            Set<String> old = paragraphIds(article.id());
            Bulk bulk = new Bulk(cluster, alias, Map.of("refresh", "true"));
            Set<String> fresh = new HashSet<>();
            for (Paragraph p : article.paragraphs()) {
                String docId = ParagraphJson.docId(article.id(), p.n());
                fresh.add(docId);
                bulk.index(docId, article.id(), ParagraphJson.of(article, p, a));
            }
            for (String docId : old) {
                if (!fresh.contains(docId)) {
                    bulk.delete(docId, article.id());
                }
            }
            bulk.flush(); // one request, then one refresh: readers see the old article or the new one
            recordWrite(article.id(), "put", article);
            return old.isEmpty();
        }
    }

    @Override
    public boolean delete(String id) {
        synchronized (writeLock) {
            Set<String> old = paragraphIds(id);
            if (!old.isEmpty()) {
                Bulk bulk = new Bulk(cluster, alias, Map.of("refresh", "true"));
                old.forEach(docId -> bulk.delete(docId, id));
                bulk.flush();
            }
            recordWrite(id, "delete", null);
            return !old.isEmpty();
        }
    }

    /** Remembers an acknowledged write for the next rebuild; durable when the cluster answers. */
    private void recordWrite(String id, String op, Article article) {
        ObjectNode doc = Cluster.JSON.createObjectNode();
        doc.put("op", op).put("seq", writeSeq.incrementAndGet());
        if (article != null) {
            doc.set("article", Cluster.JSON.valueToTree(article));
        }
        cluster.send("PUT", "/" + writes + "/_doc/" + urlEncode(id), Map.of(), doc);
    }

    private void deleteArticle(String index, String id, String refresh) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.set("query", OpenSearchQueryMapper.term(Fields.ARTICLE_ID, id));
        cluster.send("POST", "/" + index + "/_delete_by_query", Map.of("routing", id, "refresh", refresh), body);
    }

    private Set<String> paragraphIds(String articleId) {
        Set<String> ids = new HashSet<>();
        for (JsonNode hit : articleHits(articleId, false)) {
            ids.add(hit.path("_id").asText());
        }
        return ids;
    }

    /** Every paragraph document of an article (with its source when {@code withSource}), in paragraph order. */
    private List<JsonNode> articleHits(String articleId, boolean withSource) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = Cluster.JSON.createObjectNode();
            body.set("query", OpenSearchQueryMapper.term(Fields.ARTICLE_ID, articleId));
            body.put("size", PAGE);
            body.putArray("sort").addObject().put(Fields.N, "asc");
            if (withSource) {
                sourceFields(body);
            } else {
                body.put("_source", false);
            }
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode hits = cluster.send("POST", "/" + alias + "/_search", Map.of("routing", articleId), body)
                    .path("hits").path("hits");
            hits.forEach(out::add);
            if (hits.size() < PAGE) {
                return out;
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
    }

    private static String urlEncode(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- searching ----

    @Override
    public Page search(EngineQuery query, Filters filters, Grouping grouping, SearchSort sort, int offset,
                       int limit) {
        OpenSearchQueryMapper.Mapped mapped = OpenSearchQueryMapper.map(query, filters);
        return grouping == Grouping.ARTICLE ? grouped(mapped, offset, limit)
                : paragraphs(mapped, sort, offset, limit);
    }

    @Override
    public long count(EngineQuery query, Filters filters) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.set("query", OpenSearchQueryMapper.map(query, filters).matchOnly());
        return cluster.send("POST", "/" + alias + "/_count", Map.of(), body).path("count").asLong();
    }

    @Override
    public Map<Facet, List<FacetValue>> facets(EngineQuery query, Filters filters, Grouping grouping,
                                               Set<Facet> facets) {
        if (facets.isEmpty()) {
            return Map.of();
        }
        return new OpenSearchFacets(cluster, alias).count(OpenSearchQueryMapper.map(query, filters).matchOnly(),
                grouping, facets);
    }

    @Override
    public Page related(RelatedQuery query, Filters filters, Grouping grouping, int limit) {
        OpenSearchQueryMapper.Mapped mapped = OpenSearchQueryMapper.map(query, filters);
        return grouping == Grouping.ARTICLE ? grouped(mapped, 0, limit)
                : paragraphs(mapped, SearchSort.RELEVANCE, 0, limit);
    }

    /** Scores with the statistics of the whole index (not per shard), so any shard count ranks like one index. */
    private static final Map<String, String> DFS = Map.of("search_type", "dfs_query_then_fetch");

    private Page paragraphs(OpenSearchQueryMapper.Mapped mapped, SearchSort order, int offset, int limit) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.set("query", mapped.scored());
        body.put("from", offset).put("size", limit).put("track_total_hits", true);
        ArrayNode sort = body.putArray("sort");
        if (order != SearchSort.RELEVANCE) { // by article day, paragraphs without a date last, then as by relevance
            sort.addObject().putObject(Fields.DAY).put("order", order == SearchSort.DATE ? "asc" : "desc")
                    .put("missing", "_last");
        }
        sort.addObject().put("_score", "desc");
        sort.addObject().put(Fields.ARTICLE_ID, "asc");
        sort.addObject().put(Fields.N, "asc");
        sourceFields(body);
        JsonNode hits = cluster.send("POST", "/" + alias + "/_search", DFS, body).path("hits");
        List<StoredHit> out = new ArrayList<>();
        for (JsonNode hit : hits.path("hits")) {
            out.add(ParagraphJson.hit(hit.path("_source"), (float) hit.path("_score").asDouble(), null));
        }
        return new Page(hits.path("total").path("value").asLong(), out);
    }

    /**
     * One hit per article, best article first: the search collapsed on the article id (each article's best paragraph,
     * in the usual order), then the matching paragraphs of the page's articles counted by a terms aggregation, and
     * the number of articles counted exactly by walking a composite aggregation.
     */
    private Page grouped(OpenSearchQueryMapper.Mapped mapped, int offset, int limit) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.set("query", mapped.scored());
        body.put("from", offset).put("size", limit).put("track_total_hits", false);
        body.putObject("collapse").put("field", Fields.ARTICLE_ID);
        ArrayNode sort = body.putArray("sort");
        sort.addObject().put("_score", "desc");
        sort.addObject().put(Fields.ARTICLE_ID, "asc");
        sort.addObject().put(Fields.N, "asc");
        sourceFields(body);
        JsonNode hits = cluster.send("POST", "/" + alias + "/_search", DFS, body).path("hits").path("hits");
        List<String> ids = new ArrayList<>();
        hits.forEach(h -> ids.add(h.path("_source").path(Fields.ARTICLE_ID).asText()));
        Map<String, Integer> counts = paragraphCounts(mapped.matchOnly(), ids);
        List<StoredHit> out = new ArrayList<>();
        for (JsonNode hit : hits) {
            String articleId = hit.path("_source").path(Fields.ARTICLE_ID).asText();
            out.add(ParagraphJson.hit(hit.path("_source"), (float) hit.path("_score").asDouble(),
                    counts.getOrDefault(articleId, 1)));
        }
        return new Page(countArticles(mapped.matchOnly()), out);
    }

    /** How many paragraphs of each of these articles match. */
    private Map<String, Integer> paragraphCounts(ObjectNode matchOnly, List<String> articleIds) {
        Map<String, Integer> out = new java.util.HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        ObjectNode body = Cluster.JSON.createObjectNode();
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("must").add(matchOnly);
        ObjectNode terms = Cluster.JSON.createObjectNode();
        terms.putObject("terms").set(Fields.ARTICLE_ID, Cluster.JSON.valueToTree(articleIds));
        bool.putArray("filter").add(terms);
        body.put("size", 0).put("track_total_hits", false);
        body.putObject("aggs").putObject("a").putObject("terms").put("field", Fields.ARTICLE_ID)
                .put("size", articleIds.size());
        cluster.send("POST", "/" + alias + "/_search", Map.of(), body).path("aggregations").path("a").path("buckets")
                .forEach(b -> out.put(b.path("key").asText(), b.path("doc_count").asInt()));
        return out;
    }

    private long countArticles(ObjectNode matchOnly) {
        long count = 0;
        JsonNode after = null;
        while (true) {
            ObjectNode body = Cluster.JSON.createObjectNode();
            body.set("query", matchOnly);
            body.put("size", 0).put("track_total_hits", false);
            ObjectNode composite = body.putObject("aggs").putObject("ids").putObject("composite").put("size", 10_000);
            composite.putArray("sources").addObject().putObject("id").putObject("terms").put("field", Fields.ARTICLE_ID);
            if (after != null) {
                composite.set("after", after);
            }
            JsonNode agg = cluster.send("POST", "/" + alias + "/_search", Map.of(), body).path("aggregations")
                    .path("ids");
            count += agg.path("buckets").size();
            if (agg.path("buckets").size() < 10_000 || !agg.has("after_key")) {
                return count;
            }
            after = agg.path("after_key");
        }
    }

    private static void sourceFields(ObjectNode body) {
        body.set("_source", Cluster.JSON.valueToTree(SOURCE_FIELDS));
    }

    @Override
    public Optional<Article> article(String id) {
        List<JsonNode> sources = new ArrayList<>();
        articleHits(id, true).forEach(h -> sources.add(h.path("_source")));
        return sources.isEmpty() ? Optional.empty() : Optional.of(ParagraphJson.article(sources));
    }

    @Override
    public Map<String, Long> keywordsStartingWith(String field, String prefix, int max) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.put("size", 0);
        body.putObject("aggs").putObject("k").putObject("terms").put("field", field).put("size", max)
                .put("include", regexLiteral(prefix) + ".*").putObject("order").put("_key", "asc");
        Map<String, Long> found = new java.util.LinkedHashMap<>();
        cluster.send("POST", "/" + alias + "/_search", Map.of(), body).path("aggregations").path("k")
                .path("buckets").forEach(b -> found.put(b.path("key").asText(), b.path("doc_count").asLong()));
        return found;
    }

    @Override
    public List<SampledParagraph> sample(EngineQuery query, int limit) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.set("query", OpenSearchQueryMapper.map(query, Filters.NONE).matchOnly());
        body.put("size", limit);
        body.putArray("_source").add(Fields.TEXT).add(Fields.TITLE);
        List<SampledParagraph> sampled = new ArrayList<>();
        cluster.send("POST", "/" + alias + "/_search", Map.of(), body).path("hits").path("hits").forEach(h -> {
            JsonNode source = h.path("_source");
            sampled.add(new SampledParagraph(source.path(Fields.TEXT).asText(),
                    source.hasNonNull(Fields.TITLE) ? source.path(Fields.TITLE).asText() : null));
        });
        return sampled;
    }

    /** {@code s} as a Lucene regular expression matching itself (terms aggregation {@code include}). */
    private static String regexLiteral(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if ("\\.?+*|{}[]()\"#@&<>~".indexOf(cp) >= 0) {
                out.append('\\');
            }
            out.appendCodePoint(cp);
        });
        return out.toString();
    }

    @Override
    public IndexStats stats() {
        long articles = articlesIn(alias);
        long paragraphs = cluster.send("POST", "/" + alias + "/_count", Map.of(), Cluster.JSON.createObjectNode())
                .path("count").asLong();
        JsonNode stats = cluster.send("GET", "/" + alias + "/_stats/store", Map.of(), null);
        long bytes = stats.path("_all").path("primaries").path("store").path("size_in_bytes").asLong();
        Instant builtAt = null;
        for (String index : indexesBehindAlias()) {
            JsonNode s = cluster.send("GET", "/" + index + "/_settings/index.creation_date", Map.of(), null);
            long created = s.path(index).path("settings").path("index").path("creation_date").asLong(0);
            if (created > 0) {
                builtAt = Instant.ofEpochMilli(created);
            }
        }
        return new IndexStats(articles, paragraphs, bytes, builtAt);
    }

    @Override
    public Health health() {
        try {
            JsonNode h = cluster.send("GET", "/_cluster/health/" + alias, Map.of(), null);
            String status = h.path("status").asText();
            boolean red = "red".equals(status);
            return new Health(!red, red ? "the OpenSearch cluster is red: some shards of " + alias
                    + " have no copy; writes and searches of their paragraphs fail until a node holding them returns"
                    : null);
        } catch (ZhsearchException e) {
            return new Health(false, e.getMessage());
        }
    }

    @Override
    public void refresh() {
        cluster.send("POST", "/" + alias + "/_refresh", Map.of(), null);
    }

    @Override
    public void close() {
        cluster.close();
    }
}
