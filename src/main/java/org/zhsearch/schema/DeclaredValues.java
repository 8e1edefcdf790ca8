package org.zhsearch.schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.FieldType;

/**
 * The declared fields ({@link DeclaredField}) in the index, described once for both engines as
 * {@link ParagraphField} describes the built-in ones: every paragraph of an article carries its article's values in
 * the index field {@code fields.<name>}, by type — keyword and keywords: exact {@link FieldKind#KEYWORD} terms
 * (multi-valued) with doc values; date: a {@link FieldKind#LONG} of epoch days; number: a {@link FieldKind#DOUBLE};
 * text: stored, and its SmartChinese words cut once per article into {@link #wordsField} ({@link FieldKind#TERMS},
 * {@link TextAnalysis#WORDS}: presence only, as the title's words) for the ranking bonus a query term whose words
 * are all in it earns ({@code engine.RankingPlanner}) — never for recall, so which paragraphs match is unchanged.
 * Each type is indexed with every structure its uses may need, so changing {@code use} never
 * needs a rebuild — only changing a type does. The article's values are also stored whole, as JSON, in
 * {@link #STORED} (hits and the article view read them back).
 */
public final class DeclaredValues {
    /** The stored JSON object of an article's declared (and stored undeclared) values. */
    public static final String STORED = "fields";

    private DeclaredValues() {}

    /** The index field of a declared field: {@code fields.<name>} (an object property on OpenSearch). */
    public static String indexField(String name) {
        return STORED + "." + name;
    }

    /** The prefix of the index fields holding declared text fields' words. */
    public static final String WORDS = "fieldWords";

    /**
     * The index field holding the words of the declared text field {@code name}: {@code fieldWords.<name>}, apart
     * from {@link #indexField} so an index that stored the text unindexed takes it without a rebuild.
     */
    public static String wordsField(String name) {
        return WORDS + "." + name;
    }

    /** What the index field of a type is, in neither engine's words. */
    public static FieldKind kind(FieldType type) {
        return switch (type) {
            case KEYWORD, KEYWORDS -> FieldKind.KEYWORD;
            case DATE -> FieldKind.LONG;
            case NUMBER -> FieldKind.DOUBLE;
            case TEXT -> FieldKind.VALUE;
        };
    }

    /**
     * The exact terms of a keyword(s) value (those of at most {@link ParagraphField#MAX_KEYWORD_CHARS}); none for a
     * value that is not one (a value stored under an older type).
     */
    public static List<String> keywords(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.forEach(v -> {
                if (v instanceof String s && s.length() <= ParagraphField.MAX_KEYWORD_CHARS) {
                    out.add(s);
                }
            });
        } else if (value instanceof String s && s.length() <= ParagraphField.MAX_KEYWORD_CHARS) {
            out.add(s);
        }
        return out;
    }

    /** The epoch day of a date value, or {@code null} when it is not one. */
    public static Long day(Object value) {
        if (!(value instanceof String s) || s.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(s).toEpochDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A number value as a double, or {@code null} when it is not one. */
    public static Double number(Object value) {
        return value instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : null;
    }

    /** How a facet lists a date (epoch day) or number value: {@code 2024-05-01}, {@code 3}, {@code 2.5}. */
    public static String facetValue(FieldType type, double value) {
        if (type == FieldType.DATE) {
            return LocalDate.ofEpochDay((long) value).toString();
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
