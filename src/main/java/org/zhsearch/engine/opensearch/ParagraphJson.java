package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;
import org.zhsearch.engine.StoredHit;
import org.zhsearch.schema.Fields;
import org.zhsearch.schema.FieldValues;

/** An article as OpenSearch documents (one per paragraph, analysed in Java — see {@link IndexSchema}) and back. */
final class ParagraphJson {
    private ParagraphJson() {
    }

    /** The document id of paragraph {@code n}: unique, so a rewrite overwrites it in place. */
    static String docId(String articleId, int n) {
        return articleId + "#" + n;
    }

    static ObjectNode of(Article article, Paragraph p, Analysis analysis) {
        ObjectNode d = Cluster.JSON.createObjectNode();
        d.put(Fields.ID, docId(article.id(), p.n()));
        d.put(Fields.ARTICLE_ID, article.id());
        d.put(Fields.N, p.n());
        d.put(Fields.FIRST, p.n() == 1);
        if (p.section() != null) {
            d.put(Fields.SECTION, p.section());
        }
        d.put(Fields.HEADING, p.role().equals(Paragraph.HEADING));
        d.put(Fields.ROLE, p.role());
        if (article.title() != null) {
            d.put(Fields.TITLE, article.title());
            d.put(Fields.TITLE_WORDS, analysis.precutWords(article.title()));
        }
        d.put(Fields.LENGTH_FEATURE, FieldValues.lengthFeature(p.text()));
        if (article.source() != null) {
            d.put(Fields.SOURCE, article.source());
        }
        if (article.date() != null) {
            d.put(Fields.DATE, article.date());
            Long day = FieldValues.epochDay(article.date());
            if (day != null) {
                d.put(Fields.DAY, day);
                d.put(Fields.YEAR, java.time.LocalDate.ofEpochDay(day).getYear());
                d.put(Fields.DATE_TIME, FieldValues.epochSecond(article.date()));
            }
        }
        if (article.publication() != null) {
            d.put(Fields.PUBLICATION, article.publication());
        }
        if (article.page() != null) {
            d.put(Fields.PAGE, article.page());
        }
        if (!article.editors().isEmpty()) {
            ArrayNode editors = d.putArray(Fields.EDITORS);
            article.editors().forEach(editors::add);
        }
        d.put(Fields.TEXT, p.text());
        Analysis.PrecutText cut = analysis.precut(p.text());
        d.put(Fields.WORDS, cut.words());
        d.put(Fields.PINYIN, cut.pinyin());
        d.put(Fields.CHARS, analysis.recallText(p.text()));
        return d;
    }

    /** A hit from a search answer's {@code _source} and {@code _score}. */
    static StoredHit hit(JsonNode source, float score, Integer count) {
        String text = source.path(Fields.TEXT).asText();
        String section = textOrNull(source, Fields.SECTION);
        return new StoredHit(source.path(Fields.ID).asText(), source.path(Fields.ARTICLE_ID).asText(),
                source.path(Fields.N).asInt(), section, textOrNull(source, Fields.TITLE),
                textOrNull(source, Fields.DATE), textOrNull(source, Fields.SOURCE),
                source.path(Fields.ROLE).asText(Paragraph.BODY), text, score, count);
    }

    /** The article whose paragraph documents' sources these are (any order). */
    static Article article(List<JsonNode> sources) {
        List<JsonNode> sorted = new ArrayList<>(sources);
        sorted.sort(Comparator.comparingInt(s -> s.path(Fields.N).asInt()));
        JsonNode first = sorted.getFirst();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (JsonNode s : sorted) {
            paragraphs.add(new Paragraph(s.path(Fields.N).asInt(), textOrNull(s, Fields.SECTION),
                    s.path(Fields.TEXT).asText(), s.path(Fields.ROLE).asText(Paragraph.BODY)));
        }
        List<String> editors = new ArrayList<>();
        first.path(Fields.EDITORS).forEach(e -> editors.add(e.asText()));
        return new Article(first.path(Fields.ARTICLE_ID).asText(), textOrNull(first, Fields.TITLE),
                textOrNull(first, Fields.DATE), textOrNull(first, Fields.SOURCE), textOrNull(first, Fields.PUBLICATION),
                textOrNull(first, Fields.PAGE), editors, paragraphs);
    }

    private static String textOrNull(JsonNode source, String field) {
        JsonNode v = source.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
