package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.analysis.Precut;
import org.zhsearch.api.Token;
import org.zhsearch.schema.Fields;

/**
 * Settings and mappings of a zhsearch index on OpenSearch: the embedded index's schema ({@link Fields}) in
 * OpenSearch's words, so the same paragraphs get the same terms and the same BM25 statistics.
 *
 * <p>Analysis happens in our Java code, not in the cluster, so both engines index identical tokens and the cluster
 * needs no dictionary files (and has no ICU): documents carry the SmartChinese words (user dictionary merged)
 * already cut for {@code words} and {@code titleWords}, separated by spaces with {@link Precut#GAP} where a position was
 * skipped (a stop word), which a {@code stop} filter drops so the position gap remains; and for {@code chars} the
 * paragraph normalised (NFKC + case folding + traditional → simplified) and re-cut by our ICU chain
 * ({@code Analysis.recallText}), which the cluster's {@code standard} tokenizer + {@code cjk_bigram} turn into the
 * same unigrams, bigrams and words as our chain (measured on the dev corpus: 33 035 of 33 044 paragraphs identical;
 * the 9 others have runs of underscores, which ICU keeps as a token and {@code standard} drops). Refreshes are ours: the index is
 * refreshed after each whole write, so no reader sees half an article.
 */
final class IndexSchema {
    static final String PRECUT = "zh_precut";
    static final String PINYIN = "zh_pinyin";
    static final String CHARS = "zh_chars";

    private IndexSchema() {
    }

    /** Words as terms at their positions. */
    static List<Analysis.Unit> units(List<Token> words) {
        return words.stream().map(t -> new Analysis.Unit(t.term(), t.position())).toList();
    }

    static ObjectNode create(int shards, int replicas) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", shards).put("number_of_replicas", replicas).put("refresh_interval", "-1")
                .put("max_result_window", 10_100);
        ObjectNode analysis = index.putObject("analysis");
        ObjectNode filters = analysis.putObject("filter");
        filters.putObject("zh_gap").put("type", "stop").putArray("stopwords").add(Precut.GAP);
        ArrayNode captures = filters.putObject("zh_pinyin_readings").put("type", "pattern_capture")
                .put("preserve_original", false).putArray("patterns");
        Precut.PINYIN_CAPTURES.forEach(captures::add);
        filters.putObject("zh_bigrams").put("type", "cjk_bigram").put("output_unigrams", true);
        ObjectNode analyzers = analysis.putObject("analyzer");
        analyzers.putObject(PRECUT).put("type", "custom").put("tokenizer", "whitespace").putArray("filter")
                .add("zh_gap");
        analyzers.putObject(PINYIN).put("type", "custom").put("tokenizer", "whitespace").putArray("filter")
                .add("zh_gap").add("zh_pinyin_readings");
        analyzers.putObject(CHARS).put("type", "custom").put("tokenizer", "standard").putArray("filter")
                .add("zh_bigrams");
        body.set("mappings", mappings());
        return body;
    }

    private static ObjectNode mappings() {
        ObjectNode m = Cluster.JSON.createObjectNode();
        m.put("dynamic", "strict");
        // the analysed forms are rebuilt from the text, never read back
        m.putObject("_source").putArray("excludes").add(Fields.WORDS).add(Fields.CHARS).add(Fields.TITLE_WORDS)
                .add(Fields.PINYIN);
        ObjectNode p = m.putObject("properties");
        keyword(p, Fields.ID, false);
        keyword(p, Fields.ARTICLE_ID, true);
        p.putObject(Fields.N).put("type", "integer");
        p.putObject(Fields.FIRST).put("type", "boolean");
        keyword(p, Fields.SECTION, true);
        p.putObject(Fields.HEADING).put("type", "boolean");
        keyword(p, Fields.ROLE, true);
        keyword(p, Fields.TITLE, true);
        p.putObject(Fields.TITLE_WORDS).put("type", "text").put("analyzer", PRECUT).put("index_options", "docs")
                .put("norms", false);
        p.putObject(Fields.LENGTH_FEATURE).put("type", "rank_feature");
        keyword(p, Fields.SOURCE, true);
        keyword(p, Fields.DATE, false);
        p.putObject(Fields.DAY).put("type", "long");
        p.set(Fields.DATE_TIME, dateTimeMapping());
        p.set(Fields.YEAR, yearMapping());
        keyword(p, Fields.PUBLICATION, true); // filter and facet
        keyword(p, Fields.PAGE, false);
        keyword(p, Fields.EDITORS, false);
        p.putObject(Fields.TEXT).put("type", "text").put("index", false);
        p.putObject(Fields.WORDS).put("type", "text").put("analyzer", PRECUT);
        p.putObject(Fields.CHARS).put("type", "text").put("analyzer", CHARS);
        // indexed with every reading and initial stacked; queried with exact terms (no stacking on the query side)
        p.putObject(Fields.PINYIN).put("type", "text").put("analyzer", PINYIN).put("search_analyzer", PRECUT);
        return m;
    }

    /** The {@link Fields#YEAR} field (year facet); also added to indexes created before it ({@link #addedFields}). */
    private static ObjectNode yearMapping() {
        return Cluster.JSON.createObjectNode().put("type", "integer");
    }

    /**
     * The {@link Fields#DATE_TIME} field (sort by time of day within a day): doc values only, like the embedded
     * engine's; also added to indexes created before it ({@link #addedFields}).
     */
    private static ObjectNode dateTimeMapping() {
        return Cluster.JSON.createObjectNode().put("type", "long").put("index", false).put("doc_values", true);
    }

    /**
     * The fields documents carry that an index created by an earlier version lacks: put into its mapping at start,
     * so writes to it are not refused by the strict mapping ({@code publication} stays unindexed there, and its
     * filter and facet find nothing, until a rebuild). Adding a field is allowed on an open index and changes
     * nothing when it is there already; paragraphs indexed before have no {@code dateTime} and sort as at their
     * day's midnight ({@code Searches}) until a rebuild or a write of their article.
     */
    static ObjectNode addedFields() {
        ObjectNode body = Cluster.JSON.createObjectNode();
        ObjectNode p = body.putObject("properties");
        p.set(Fields.YEAR, yearMapping());
        p.set(Fields.DATE_TIME, dateTimeMapping());
        return body;
    }

    /**
     * The pinyin field for an index created before it, whose settings lack the pinyin analyzer (adding one needs
     * the index closed): stored nowhere and not indexed, so writes are accepted; pinyin finds its paragraphs only
     * after a rebuild.
     */
    static ObjectNode unindexedPinyin() {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.putObject("properties").putObject(Fields.PINYIN).put("type", "text").put("index", false);
        return body;
    }

    private static void keyword(ObjectNode properties, String field, boolean indexed) {
        ObjectNode f = properties.putObject(field).put("type", "keyword");
        if (!indexed) {
            f.put("index", false).put("doc_values", false);
        } else {
            f.put("ignore_above", 1000);
        }
    }

    /** The writes store: one document per article written through the API, its last put or delete. */
    static ObjectNode writes(int replicas) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.putObject("settings").putObject("index").put("number_of_shards", 1)
                .put("number_of_replicas", replicas);
        ObjectNode p = body.putObject("mappings").put("dynamic", "false").putObject("properties");
        p.putObject("op").put("type", "keyword");
        p.putObject("seq").put("type", "long");
        return body;
    }
}
