package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.analysis.Precut;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.FieldType;
import org.zhsearch.api.Token;
import org.zhsearch.engine.IndexFormat;
import org.zhsearch.engine.Ranking;
import org.zhsearch.schema.DeclaredValues;
import org.zhsearch.schema.FieldKind;
import org.zhsearch.schema.Fields;
import org.zhsearch.schema.ParagraphField;
import org.zhsearch.schema.TextAnalysis;

/**
 * Settings and mappings of a zhsearch index on OpenSearch: the schema ({@link ParagraphField}) in OpenSearch's
 * words, so the same paragraphs get the same terms and the same BM25 statistics.
 *
 * <p>Analysis happens in our Java code, not in the cluster, so both engines index identical tokens and the cluster
 * needs no dictionary files (and has no ICU): documents carry the SmartChinese words (user dictionary merged)
 * already cut for {@code words} and {@code titleWords}, separated by spaces with {@link Precut#GAP} where a position was
 * skipped (a stop word), which a {@code stop} filter drops so the position gap remains; and for {@code chars} the
 * terms of our recall chain ({@code Analysis.precutRecall}: one term per CJK character, Latin words whole), so the
 * cluster's whitespace tokenizer indexes exactly the terms the embedded index has. Recall phrases with alternatives
 * at a position are sent as {@code a|b} to {@link #ALTERNATIVES}, which stacks them. Refreshes are ours: the index is
 * refreshed after each whole write, so no reader sees half an article.
 */
final class IndexSchema {
    static final String PRECUT = "zh_precut";
    static final String CHARS = "zh_chars";
    /** The recall field's BM25 parameters ({@link Ranking#RECALL_K1}), as the embedded engine scores it. */
    static final String RECALL_SIMILARITY = "zh_recall";
    /** Pre-cut query terms with alternatives at a position ({@code 命|命令}), stacked there. */
    static final String ALTERNATIVES = "zh_alternatives";
    /** Separates the alternatives of one position in {@link #ALTERNATIVES} text. */
    static final char OR = '|';

    private IndexSchema() {}

    /** Words as terms at their positions. */
    static List<Analysis.Unit> units(List<Token> words) {
        return words.stream()
                .map(t -> new Analysis.Unit(t.term(), t.position()))
                .toList();
    }

    static ObjectNode create(int shards, int replicas) {
        return create(shards, replicas, DeclaredFields.NONE);
    }

    /** A new index's settings and mappings, with the {@code declared} fields ({@link #declared}). */
    static ObjectNode create(int shards, int replicas, DeclaredFields declared) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", shards)
                .put("number_of_replicas", replicas)
                .put("refresh_interval", "-1")
                .put("max_result_window", 10_100);
        index.putObject("similarity")
                .putObject(RECALL_SIMILARITY)
                .put("type", "BM25")
                .put("k1", Ranking.RECALL_K1)
                .put("b", Ranking.RECALL_B);
        ObjectNode analysis = index.putObject("analysis");
        ObjectNode filters = analysis.putObject("filter");
        filters.putObject("zh_gap").put("type", "stop").putArray("stopwords").add(Precut.GAP);
        filters.putObject("zh_alternative_terms")
                .put("type", "pattern_capture")
                .put("preserve_original", false)
                .putArray("patterns")
                .add("([^" + OR + "]+)");
        ObjectNode analyzers = analysis.putObject("analyzer");
        analyzers
                .putObject(PRECUT)
                .put("type", "custom")
                .put("tokenizer", "whitespace")
                .putArray("filter")
                .add("zh_gap");
        analyzers
                .putObject(CHARS)
                .put("type", "custom")
                .put("tokenizer", "whitespace")
                .putArray("filter")
                .add("zh_gap");
        analyzers
                .putObject(ALTERNATIVES)
                .put("type", "custom")
                .put("tokenizer", "whitespace")
                .putArray("filter")
                .add("zh_gap")
                .add("zh_alternative_terms");
        ObjectNode mappings = mappings();
        mappings.putObject("_meta").put(IndexFormat.KEY, IndexFormat.CURRENT);
        if (hasDeclared(declared)) {
            ((ObjectNode) mappings.get("properties")).set(DeclaredValues.STORED, declared(declared));
            ObjectNode words = declaredWords(declared);
            if (words != null) { // rebuilt from the text, never read back
                ((ArrayNode) mappings.path("_source").path("excludes")).add(DeclaredValues.WORDS);
                ((ObjectNode) mappings.get("properties")).set(DeclaredValues.WORDS, words);
            }
            ((ObjectNode) mappings.get("_meta")).put(META_FIELDS, declared.typesRecord());
        }
        body.set("mappings", mappings);
        return body;
    }

    /** The {@code _meta} key recording the declared fields' types ({@link DeclaredFields#typesRecord()}). */
    static final String META_FIELDS = "zhsearch_fields";

    /** Whether documents may carry a {@code fields} object: some field is declared, or undeclared ones are stored. */
    static boolean hasDeclared(DeclaredFields declared) {
        return !declared.fields().isEmpty() || declared.storeUndeclared();
    }

    /**
     * The {@code fields} object: each declared field by the kind of its type ({@link DeclaredValues#kind}), a date as
     * an OpenSearch {@code date} of {@code yyyy-MM-dd}; undeclared values are kept in the source, not mapped.
     */
    static ObjectNode declared(DeclaredFields declared) {
        ObjectNode o = Cluster.JSON.createObjectNode().put("type", "object").put("dynamic", false);
        ObjectNode p = o.putObject("properties");
        for (DeclaredField f : declared.fields()) {
            ObjectNode m = p.putObject(f.name());
            switch (f.type()) {
                case KEYWORD, KEYWORDS ->
                    m.put("type", "keyword").put("ignore_above", ParagraphField.MAX_KEYWORD_CHARS);
                case DATE -> m.put("type", "date").put("format", "yyyy-MM-dd");
                case NUMBER -> m.put("type", "double");
                case TEXT -> m.put("type", "text").put("index", false);
            }
        }
        return o;
    }

    /**
     * The {@code fieldWords} object: each declared text field's words ({@link DeclaredValues#wordsField}) as the
     * title's words are mapped ({@link FieldKind#TERMS}, pre-cut); {@code null} when no text field is declared. Apart
     * from {@code fields.<name>} (unindexed text), so an index built before takes it as a new property.
     */
    static ObjectNode declaredWords(DeclaredFields declared) {
        ObjectNode o = Cluster.JSON.createObjectNode().put("type", "object").put("dynamic", false);
        ObjectNode p = o.putObject("properties");
        for (DeclaredField f : declared.fields()) {
            if (f.type() == FieldType.TEXT) {
                text(p.putObject(f.name()), TextAnalysis.WORDS)
                        .put("index_options", "docs")
                        .put("norms", false);
            }
        }
        return p.isEmpty() ? null : o;
    }

    /** The paragraph mapping: every field of {@link ParagraphField}, translated by {@link #mapping}. */
    private static ObjectNode mappings() {
        ObjectNode m = Cluster.JSON.createObjectNode();
        m.put("dynamic", "strict");
        // the analysed forms are rebuilt from the text, never read back
        ArrayNode excludes = m.putObject("_source").putArray("excludes");
        ObjectNode p = m.putObject("properties");
        for (ParagraphField f : ParagraphField.values()) {
            if (f.analysed()) {
                excludes.add(f.field());
            }
            p.set(f.field(), mapping(f));
        }
        return m;
    }

    /**
     * A field's mapping, from its kind alone: OpenSearch needs nothing the schema does not say. Derived fields are
     * indexed here (a query or aggregation cannot compute them from other fields).
     */
    static ObjectNode mapping(ParagraphField field) {
        ObjectNode f = Cluster.JSON.createObjectNode();
        switch (field.kind()) {
            case KEYWORD -> f.put("type", "keyword").put("ignore_above", ParagraphField.MAX_KEYWORD_CHARS);
            case VALUE -> f.put("type", "keyword").put("index", false).put("doc_values", false);
            case INTEGER_VALUE -> f.put("type", "integer").put("index", false).put("doc_values", false);
            case LONG_TEXT -> f.put("type", "text").put("index", false);
            case FLAG -> f.put("type", "boolean");
            case INTEGER -> f.put("type", "integer");
            case LONG -> f.put("type", "long");
            case DOUBLE -> f.put("type", "double");
            // doc values only, like the embedded engine's
            case SORT_KEY -> f.put("type", "long").put("index", false).put("doc_values", true);
            case RANK_FEATURE -> f.put("type", "rank_feature");
            // fielddata: the vocabulary (ClusterVocabulary) is an aggregation over the paragraphs' words
            case TEXT -> {
                text(f, field.analysis());
                if (field == ParagraphField.WORDS) {
                    f.put("fielddata", true);
                }
            }
            case TERMS -> text(f, field.analysis()).put("index_options", "docs").put("norms", false);
        }
        return f;
    }

    private static ObjectNode text(ObjectNode f, TextAnalysis analysis) {
        f.put("type", "text");
        return switch (analysis) {
            case WORDS -> f.put("analyzer", PRECUT);
            case CHARS -> f.put("analyzer", CHARS).put("similarity", RECALL_SIMILARITY);
        };
    }

    /**
     * The fields documents carry that an index created by an earlier version lacks: put into its mapping at start,
     * so writes to it are not refused by the strict mapping ({@code publication} stays unindexed there, and its
     * filter and facet find nothing, until a rebuild). Adding a field is allowed on an open index and changes
     * nothing when it is there already; paragraphs indexed before have no {@code dateTime} and sort as at their
     * day's midnight ({@code Searches}) until a rebuild or a write of their article, and no {@code sourcePage}
     * (read as none).
     */
    static ObjectNode addedFields() {
        ObjectNode body = Cluster.JSON.createObjectNode();
        ObjectNode p = body.putObject("properties");
        p.set(Fields.YEAR, mapping(ParagraphField.YEAR));
        p.set(Fields.DATE_TIME, mapping(ParagraphField.DATE_TIME));
        p.set(Fields.SOURCE_PAGE, mapping(ParagraphField.SOURCE_PAGE));
        p.set(Fields.WORDS, mapping(ParagraphField.WORDS)); // fielddata, for the vocabulary
        return body;
    }

    /** The writes store: one document per article written through the API, its last put or delete. */
    static ObjectNode writes(int replicas) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.putObject("settings").putObject("index").put("number_of_shards", 1).put("number_of_replicas", replicas);
        ObjectNode p = body.putObject("mappings").put("dynamic", "false").putObject("properties");
        p.putObject("op").put("type", "keyword");
        p.putObject("seq").put("type", "long");
        return body;
    }
}
