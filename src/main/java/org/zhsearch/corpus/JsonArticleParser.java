package org.zhsearch.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.zhsearch.api.Article;

/**
 * One JSON article: {@code {"id","title","date","source","publication","page","editors":[…],"paragraphs":[…],
 * "fields":{…}}}; {@code fields} (values of the declared fields) is returned as given, to be checked by the caller.
 * Only {@code paragraphs} is required: a non-empty array of strings (no section) or {@code {"section","text",
 * "sourcePage"}} objects ({@code sourcePage}, optional: the page of the source document the paragraph starts on, a
 * whole number from 1). Unknown fields are ignored; scalar fields may be strings or numbers; {@code editors} may
 * also be one string of names separated by {@code 、,，/} or spaces. Missing title: {@link HeadingRules#title}.
 */
final class JsonArticleParser {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[、,，/／\\s\\u3000]+");
    private static final String EXPECTED =
            "expected {\"title\": …, \"paragraphs\": [\"text\" or {\"section\": …, \"text\": …}, …]}";
    private static final int MAX_MESSAGE = 200;

    private JsonArticleParser() {}

    /** Where a dropped, unreadable {@code "date"} is reported: a corpus line keeps its text and says so. */
    interface DateProblems {
        void dropped(String message);
    }

    private static String date(String raw, boolean strict, DateProblems problems) {
        String date = Dates.normalize(raw);
        if (date == null && raw != null && !raw.isBlank()) {
            String quoted = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
            if (strict) {
                throw new CorpusFormatException(
                        "\"date\" '" + quoted + "' is not a date: write it as 2024-11-25 or 2024-11-25T08:00:00");
            }
            problems.dropped("kept without its \"date\" '" + quoted
                    + "', which is not a date: write it as 2024-11-25 or 2024-11-25T08:00:00");
        }
        return date;
    }

    static Article parse(String fallbackId, String json) {
        return parse(fallbackId, json, false, message -> {});
    }

    static Article parse(String fallbackId, String json, DateProblems problems) {
        return parse(fallbackId, json, false, problems);
    }

    /**
     * The article in {@code json}; with {@code strictDates} a {@code "date"} that is not a date is an error (an
     * API write must not silently lose it), otherwise it is dropped and told to {@code problems} (a corpus line
     * keeps its text).
     */
    static Article parse(String fallbackId, String json, boolean strictDates, DateProblems problems) {
        JsonNode root = readTree(json == null ? "" : Texts.stripBom(json));
        if (root == null || root.isMissingNode()) {
            throw new CorpusFormatException("empty JSON: " + EXPECTED);
        }
        if (!root.isObject()) {
            throw new CorpusFormatException("an article must be a JSON object, got " + kind(root) + ": " + EXPECTED);
        }
        String id = text(root, "id");
        ArticleBuilder article = new ArticleBuilder(id != null ? id : fallbackId)
                .title(text(root, "title"))
                .date(date(text(root, "date"), strictDates, problems))
                .source(text(root, "source"))
                .publication(text(root, "publication"))
                .page(text(root, "page"))
                .editors(editors(root.get("editors")));
        paragraphs(root.get("paragraphs"), article);
        return article.build().withFields(fields(root.get("fields")));
    }

    /** The {@code "fields"} object as given (checked against the declared fields by the caller). */
    private static Map<String, Object> fields(JsonNode fields) {
        if (fields == null || fields.isNull()) {
            return Map.of();
        }
        if (!fields.isObject()) {
            throw new CorpusFormatException("\"fields\" must be an object of name: value, got " + kind(fields));
        }
        return MAPPER.convertValue(fields, FIELDS);
    }

    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {};

    private static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            // Jackson appends where it started the array/object, with a "[Source: REDACTED…]" note: drop it
            String message =
                    String.valueOf(e.getOriginalMessage()).replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "");
            if (message.length() > MAX_MESSAGE) {
                message = message.substring(0, MAX_MESSAGE) + "…";
            }
            throw new CorpusFormatException("invalid JSON" + where + ": " + message);
        }
    }

    private static void paragraphs(JsonNode paragraphs, ArticleBuilder article) {
        if (paragraphs == null || paragraphs.isNull()) {
            throw new CorpusFormatException("missing \"paragraphs\": " + EXPECTED);
        }
        if (!paragraphs.isArray()) {
            throw new CorpusFormatException("\"paragraphs\" must be an array, got " + kind(paragraphs));
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            JsonNode p = paragraphs.get(i);
            if (p.isTextual()) {
                article.paragraph(null, p.asText());
            } else if (p.isObject()) {
                String text = text(p, "text");
                if (text == null) {
                    throw new CorpusFormatException("paragraphs[" + i + "] has no \"text\"");
                }
                article.paragraphOnPage(text(p, "section"), text, sourcePage(p, i));
            } else {
                throw new CorpusFormatException(
                        "paragraphs[" + i + "] must be a string or {\"section\", \"text\"}," + " got " + kind(p));
            }
        }
        if (!article.hasParagraphs()) {
            throw new CorpusFormatException("\"paragraphs\" has no non-blank text");
        }
    }

    /** A paragraph's {@code "sourcePage"}: a whole number from 1, as a number or a string; {@code null} if absent. */
    private static Integer sourcePage(JsonNode paragraph, int i) {
        JsonNode v = paragraph.get("sourcePage");
        if (v == null || v.isNull()) {
            return null;
        }
        String digits = v.isIntegralNumber() ? v.asText() : v.isTextual() ? Texts.trim(v.asText()) : "";
        if (digits.matches("[0-9]{1,9}") && Integer.parseInt(digits) >= 1) {
            return Integer.parseInt(digits);
        }
        String shown = v.isValueNode() ? " " + abbreviate(v.asText()) : "";
        throw new CorpusFormatException(
                "paragraphs[" + i + "] \"sourcePage\" must be a page number from 1, got " + kind(v) + shown);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static List<String> editors(JsonNode editors) {
        if (editors == null || editors.isNull()) {
            return List.of();
        }
        if (editors.isValueNode()) {
            return Arrays.asList(NAME_SEPARATORS.split(editors.asText()));
        }
        if (!editors.isArray()) {
            throw new CorpusFormatException("\"editors\" must be an array of names, got " + kind(editors));
        }
        List<String> names = new ArrayList<>();
        for (JsonNode e : editors) {
            if (!e.isValueNode()) {
                throw new CorpusFormatException("\"editors\" must hold names (strings), got " + kind(e));
            }
            if (!e.isNull()) {
                names.add(e.asText());
            }
        }
        return names;
    }

    /** A scalar field as trimmed text; {@code null} if absent, null or blank. */
    private static String text(JsonNode object, String field) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new CorpusFormatException("\"" + field + "\" must be a string, got " + kind(v));
        }
        String t = Texts.trim(v.asText());
        return t.isEmpty() ? null : t;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }
}
