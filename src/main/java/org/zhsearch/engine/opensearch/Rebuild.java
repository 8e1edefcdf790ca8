package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.analysis.CurrentAnalysis;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SkippedFile;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.config.OpenSearchSettings;
import org.zhsearch.corpus.CorpusFile;
import org.zhsearch.corpus.CorpusReader;
import org.zhsearch.engine.RebuildGuard;

/**
 * One rebuild: a new physical index {@code <alias>-<time>} filled from the corpus, the recorded writes replayed into
 * it, the guard checked, the alias moved in one {@code _aliases} call, then the writes recorded since the replay
 * (by any process) applied again, and the old index and abandoned rebuilds' indexes deleted.
 *
 * <p>Nothing here is locked against writers, in this process or another: writes are recorded before they are
 * applied, and every paragraph carries its write's sequence as version, so a write is either replayed (recorded
 * before the replay's checkpoint), or applied after the switch by this rebuild's catch-up or by its own writer,
 * which checks the alias after applying ({@link ArticleWrites}).
 */
final class Rebuild {
    private static final Logger LOG = LoggerFactory.getLogger(Rebuild.class);
    /** The version of a corpus paragraph: any API write of the article is newer. */
    private static final long CORPUS_VERSION = 0;

    private final Cluster cluster;
    private final OpenSearchSettings settings;
    private final CurrentAnalysis analysis;
    private final WritesStore store;
    private final ArticleWrites writes;
    private final IndexNames names;

    Rebuild(Cluster cluster, OpenSearchSettings settings, CurrentAnalysis analysis, WritesStore store,
            ArticleWrites writes) {
        this.cluster = cluster;
        this.settings = settings;
        this.analysis = analysis;
        this.store = store;
        this.writes = writes;
        this.names = new IndexNames(cluster, settings.index());
    }

    IndexReport run(Path corpus, IndexOptions options, ProgressListener listener) {
        Instant start = Instant.now();
        Analysis a = analysis.get();
        String target = names.next();
        cluster.send("PUT", "/" + target, Map.of(), IndexSchema.create(settings.shards(), settings.replicas()));
        boolean switched = false;
        try {
            Map<String, Integer> lastParagraph = new HashMap<>();
            Load load = loadCorpus(corpus, target, a, options, listener, lastParagraph);
            store.ensureExists();
            long replayedThrough = store.checkpoint(); // read before the refresh: all up to it are then visible
            store.refresh();
            Bulk replay = new Bulk(cluster, target, Map.of(), "the previous index stays live");
            store.forEachAfter(-1, write -> replay(replay, write, lastParagraph, a));
            replay.flush();
            cluster.send("POST", "/" + target + "/_refresh", Map.of(), null);
            if (!options.force()) {
                RebuildGuard.check(names.articlesIn(target), names.articlesIn(settings.index()), options);
            }
            ObjectNode meta = Cluster.JSON.createObjectNode();
            meta.putObject("_meta").put("replayedThrough", replayedThrough);
            cluster.send("PUT", "/" + target + "/_mapping", Map.of(), meta);
            List<String> previous = names.behindAlias();
            switchAlias(previous, target);
            switched = true;
            LOG.info("switched alias {} to {}", settings.index(), target);
            catchUp(replayedThrough);
            for (String old : previous) {
                cluster.send("DELETE", "/" + old, Map.of(), null);
            }
            names.removeAbandoned(target);
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

    /** Bulk-indexes the corpus; {@code lastParagraph} gets each article's highest paragraph number. */
    private Load loadCorpus(Path corpus, String target, Analysis a, IndexOptions options, ProgressListener listener,
                            Map<String, Integer> lastParagraph) {
        if (!Files.isDirectory(corpus)) {
            throw new ZhsearchException(ErrorCode.CORPUS_NOT_FOUND, "corpus directory " + corpus
                    + " does not exist or is not a directory — pass the folder that holds your articles");
        }
        CorpusReader reader = new CorpusReader(corpus, CorpusReader.DEFAULT_MAX_FILE_BYTES,
                options.followExternalLinks());
        List<SkippedFile> skipped = Collections.synchronizedList(new ArrayList<>());
        List<CorpusFile> files = reader.listForBuild(skipped, listener);
        Bulk bulk = new Bulk(cluster, target, Map.of(), "the previous index stays live");
        long[] totals = new long[4];
        for (CorpusFile file : files) {
            int[] counts = new int[2];
            List<SkippedFile> fileSkips = reader.read(file, article -> {
                if (article.paragraphs().isEmpty()) {
                    return;
                }
                // a repeated id (.jsonl) replaces the earlier article: its paragraphs beyond the new ones go, by id
                // (the new index is not refreshed, so a delete by query would find nothing)
                WritesStore.Write asWrite = new WritesStore.Write(article.id(), CORPUS_VERSION - 1, 0, article); // version 0
                ArticleWrites.add(bulk, asWrite, docIds(article.id(), lastParagraph.get(article.id())), a);
                lastParagraph.put(article.id(), lastN(article.paragraphs()));
                article.paragraphs().forEach(p -> totals[2] += p.text().length());
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

    /** A recorded write applied to the new index: its paragraphs replace the article's, found by id, not search. */
    private static void replay(Bulk bulk, WritesStore.Write write, Map<String, Integer> lastParagraph, Analysis a) {
        ArticleWrites.add(bulk, write, docIds(write.id(), lastParagraph.get(write.id())), a);
        if (write.isPut()) {
            lastParagraph.put(write.id(), lastN(write.article().paragraphs()));
        } else {
            lastParagraph.remove(write.id());
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
    private void catchUp(long replayedThrough) {
        store.refresh();
        List<String> ids = new ArrayList<>();
        store.forEachAfter(replayedThrough, write -> ids.add(write.id()));
        ids.forEach(id -> writes.applyLatest(id));
        if (!ids.isEmpty()) {
            LOG.info("applied {} writes recorded during the rebuild to the new index", ids.size());
        }
    }
}
