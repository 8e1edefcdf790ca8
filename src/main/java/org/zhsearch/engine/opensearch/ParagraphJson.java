package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.FieldType;
import org.zhsearch.api.Paragraph;
import org.zhsearch.engine.StoredHit;
import org.zhsearch.schema.ArticleValues;
import org.zhsearch.schema.DeclaredValues;
import org.zhsearch.schema.FieldValues;
import org.zhsearch.schema.Fields;
import org.zhsearch.schema.ParagraphField;
import org.zhsearch.schema.TextAnalysis;

/** An article as OpenSearch documents (one per paragraph, analysed in Java — see {@link IndexSchema}) and back. */
final class ParagraphJson {
    private ParagraphJson() {}

    /** The document id of paragraph {@code n}: unique, so a rewrite overwrites it in place. */
    static String docId(String articleId, int n) {
        return FieldValues.paragraphId(articleId, n);
    }

    /** The document of paragraph {@code p}: every field of the schema that has a value, analysed fields pre-cut. */
    static ObjectNode of(Article article, Paragraph p, Analysis analysis) {
        return of(article, p, analysis, DeclaredFields.NONE);
    }

    /**
     * As {@link #of(Article, Paragraph, Analysis)}, with the article's {@code fields}: declared values that fit
     * their type (one written under an older type is left out: the mapping would refuse it), undeclared ones as given
     * (kept in the source, not mapped).
     */
    static ObjectNode of(Article article, Paragraph p, Analysis analysis, DeclaredFields declared) {
        ArticleValues values = ArticleValues.of(article);
        ObjectNode d = Cluster.JSON.createObjectNode();
        Analysis.PrecutText cut = null; // the paragraph's words are cut once
        for (ParagraphField f : ParagraphField.values()) {
            Object value = values.value(f, p);
            if (value == null) {
                continue;
            }
            if (f == ParagraphField.TITLE_WORDS) { // cut from the title, for words alone
                d.put(f.field(), analysis.precutWords((String) value));
            } else if (f.analysed()) {
                if (cut == null && f.analysis() != TextAnalysis.CHARS) {
                    cut = analysis.precut((String) value);
                }
                d.put(
                        f.field(),
                        switch (f.analysis()) {
                            case WORDS -> cut.words();
                            case CHARS -> analysis.precutRecall((String) value);
                        });
            } else {
                d.set(f.field(), Cluster.JSON.valueToTree(value));
            }
        }
        if (!article.fields().isEmpty() && IndexSchema.hasDeclared(declared)) {
            ObjectNode fields = d.putObject(DeclaredValues.STORED);
            article.fields().forEach((name, value) -> {
                DeclaredField f = declared.get(name);
                if (f == null || fits(f, value)) {
                    fields.set(name, Cluster.JSON.valueToTree(value));
                }
            });
            ObjectNode words = null; // a text field's words, for its ranking bonus (IndexSchema.declaredWords)
            for (DeclaredField f : declared.fields()) {
                if (f.type() == FieldType.TEXT && article.fields().get(f.name()) instanceof String s) {
                    words = words == null ? d.putObject(DeclaredValues.WORDS) : words;
                    words.put(f.name(), analysis.precutWords(s));
                }
            }
        }
        return d;
    }

    private static boolean fits(DeclaredField f, Object value) {
        return switch (f.type()) {
            case KEYWORD, KEYWORDS -> !DeclaredValues.keywords(value).isEmpty();
            case DATE -> DeclaredValues.day(value) != null;
            case NUMBER -> DeclaredValues.number(value) != null;
            case TEXT -> value instanceof String;
        };
    }

    /** A hit from a search answer's {@code _source} and {@code _score}. */
    static StoredHit hit(JsonNode source, float score, Integer count) {
        String text = source.path(Fields.TEXT).asText();
        String section = textOrNull(source, Fields.SECTION);
        return new StoredHit(
                source.path(Fields.ID).asText(),
                source.path(Fields.ARTICLE_ID).asText(),
                source.path(Fields.N).asInt(),
                section,
                textOrNull(source, Fields.TITLE),
                textOrNull(source, Fields.DATE),
                textOrNull(source, Fields.SOURCE),
                source.path(Fields.ROLE).asText(Paragraph.BODY),
                text,
                score,
                count,
                declared(source),
                sourcePage(source));
    }

    /** The paragraph's {@link Fields#SOURCE_PAGE}; {@code null} when it has none (or was indexed before it existed). */
    private static Integer sourcePage(JsonNode source) {
        JsonNode v = source.get(Fields.SOURCE_PAGE);
        return v == null || !v.canConvertToInt() ? null : v.asInt();
    }

    /** The stored declared-field values of a document's source; empty when none. */
    static Map<String, Object> declared(JsonNode source) {
        JsonNode v = source.get(DeclaredValues.STORED);
        return v == null || !v.isObject() ? Map.of() : Cluster.JSON.convertValue(v, MAP);
    }

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    /** The article whose paragraph documents' sources these are (any order). */
    static Article article(List<JsonNode> sources) {
        List<JsonNode> sorted = new ArrayList<>(sources);
        sorted.sort(Comparator.comparingInt(s -> s.path(Fields.N).asInt()));
        JsonNode first = sorted.getFirst();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (JsonNode s : sorted) {
            paragraphs.add(new Paragraph(
                    s.path(Fields.N).asInt(),
                    textOrNull(s, Fields.SECTION),
                    s.path(Fields.TEXT).asText(),
                    s.path(Fields.ROLE).asText(Paragraph.BODY),
                    sourcePage(s)));
        }
        List<String> editors = new ArrayList<>();
        first.path(Fields.EDITORS).forEach(e -> editors.add(e.asText()));
        return new Article(
                first.path(Fields.ARTICLE_ID).asText(),
                textOrNull(first, Fields.TITLE),
                textOrNull(first, Fields.DATE),
                textOrNull(first, Fields.SOURCE),
                textOrNull(first, Fields.PUBLICATION),
                textOrNull(first, Fields.PAGE),
                editors,
                paragraphs,
                declared(first));
    }

    private static String textOrNull(JsonNode source, String field) {
        JsonNode v = source.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
