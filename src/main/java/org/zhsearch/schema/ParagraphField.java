package org.zhsearch.schema;

import static org.zhsearch.schema.FieldKind.FLAG;
import static org.zhsearch.schema.FieldKind.INTEGER;
import static org.zhsearch.schema.FieldKind.INTEGER_VALUE;
import static org.zhsearch.schema.FieldKind.KEYWORD;
import static org.zhsearch.schema.FieldKind.LONG;
import static org.zhsearch.schema.FieldKind.LONG_TEXT;
import static org.zhsearch.schema.FieldKind.RANK_FEATURE;
import static org.zhsearch.schema.FieldKind.SORT_KEY;
import static org.zhsearch.schema.FieldKind.TERMS;
import static org.zhsearch.schema.FieldKind.VALUE;
import static org.zhsearch.schema.FieldUse.FACET;
import static org.zhsearch.schema.FieldUse.FILTER;
import static org.zhsearch.schema.FieldUse.GROUP;
import static org.zhsearch.schema.FieldUse.RANK;
import static org.zhsearch.schema.FieldUse.SEARCH;
import static org.zhsearch.schema.FieldUse.SORT;
import static org.zhsearch.schema.FieldUse.SUGGEST;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The fields of a paragraph document, described once for both engines: name, {@link FieldKind kind}, whether hits
 * and articles read it back ({@link #stored()}), what reads it ({@link #uses()}), and for analysed fields how they
 * are cut ({@link #analysis()}). {@link ArticleValues} derives every field's value from an article. The order is
 * the OpenSearch mapping's order. See {@link Fields} for the names and the embedded engine's extra fields.
 */
public enum ParagraphField {
    /** {@code articleId#n}, unique; derived: the embedded engine makes it from the two when read. */
    ID(Fields.ID, VALUE, true, true),
    ARTICLE_ID(Fields.ARTICLE_ID, KEYWORD, true, false, FILTER, GROUP, SORT),
    /** The 1-based paragraph number: article order, and the last tie-break of equal scores. */
    N(Fields.N, INTEGER, true, false, SORT),
    /** True on paragraph 1 only: the exact article count. */
    FIRST(Fields.FIRST, FLAG, false, false, FILTER),
    SECTION(Fields.SECTION, KEYWORD, true, false, FILTER, SUGGEST),
    /** True on heading paragraphs: the heading boost. */
    HEADING(Fields.HEADING, FLAG, false, false, RANK),
    /** heading, body, list, table, caption or code: a ranking prior, and shown. */
    ROLE(Fields.ROLE, KEYWORD, true, false, RANK),
    TITLE(Fields.TITLE, KEYWORD, true, false, SUGGEST),
    /** The paragraph's length in code points, capped ({@link FieldValues#lengthFeature}): the length prior. */
    LENGTH(Fields.LENGTH_FEATURE, RANK_FEATURE, false, false, RANK),
    SOURCE(Fields.SOURCE, KEYWORD, true, false, FILTER, FACET),
    /** The article's ISO date or date-time, as given. */
    DATE(Fields.DATE, VALUE, true, false),
    /** Days since 1970-01-01 of the date: the date range filter, date sorts, and the year facet. */
    DAY(Fields.DAY, LONG, false, false, FILTER, SORT, FACET),
    /** Seconds since 1970-01-01T00:00 of the date-time (a date alone is its midnight): order within a day. */
    DATE_TIME(Fields.DATE_TIME, SORT_KEY, false, false, SORT),
    /** The date's year; derived: the embedded engine reads it from {@link #DAY}. */
    YEAR(Fields.YEAR, INTEGER, false, true, FACET),
    PUBLICATION(Fields.PUBLICATION, KEYWORD, true, false, FILTER, FACET),
    PAGE(Fields.PAGE, VALUE, true, false),
    /** Multi-valued: one value per editor, none when the article names none. */
    EDITORS(Fields.EDITORS, VALUE, true, false),
    /** The page of the source document the paragraph starts on (PDF), shown; none for formats without pages. */
    SOURCE_PAGE(Fields.SOURCE_PAGE, INTEGER_VALUE, true, false),
    /** The paragraph as written, trimmed; suggestions sample it for words. */
    TEXT(Fields.TEXT, LONG_TEXT, true, false, SUGGEST),
    // FieldKind.TEXT spelled out: the constant TEXT above shadows the static import
    /** The paragraph's words: word-aware BM25 ranking. */
    WORDS(Fields.WORDS, FieldKind.TEXT, TextAnalysis.WORDS, SEARCH, RANK),
    /** The paragraph's characters: exact substring recall (what decides a match). */
    CHARS(Fields.CHARS, FieldKind.TEXT, TextAnalysis.CHARS, SEARCH),
    /** The title's words, presence only: the boost when the title contains the query. */
    TITLE_WORDS(Fields.TITLE_WORDS, TERMS, TextAnalysis.WORDS, RANK);

    /** Longer keyword values are kept for display but not indexed: no one filters by, or types, such a value. */
    public static final int MAX_KEYWORD_CHARS = 1000;

    private final String field;
    private final FieldKind kind;
    private final TextAnalysis analysis;
    private final boolean stored;
    private final boolean derived;
    private final Set<FieldUse> uses;

    ParagraphField(String field, FieldKind kind, boolean stored, boolean derived, FieldUse... uses) {
        this(field, kind, null, stored, derived, uses);
    }

    /** An analysed field: never stored (it is cut again from its text whenever needed), never derived. */
    ParagraphField(String field, FieldKind kind, TextAnalysis analysis, FieldUse... uses) {
        this(field, kind, analysis, false, false, uses);
    }

    ParagraphField(
            String field, FieldKind kind, TextAnalysis analysis, boolean stored, boolean derived, FieldUse... uses) {
        this.field = field;
        this.kind = kind;
        this.analysis = analysis;
        this.stored = stored;
        this.derived = derived;
        EnumSet<FieldUse> set = EnumSet.noneOf(FieldUse.class);
        Collections.addAll(set, uses);
        this.uses = Collections.unmodifiableSet(set);
    }

    /** The field's name in both engines' documents (a {@link Fields} constant). */
    public String field() {
        return field;
    }

    public FieldKind kind() {
        return kind;
    }

    /** How an analysed ({@link FieldKind#TEXT}, {@link FieldKind#TERMS}) field is cut; {@code null} for others. */
    public TextAnalysis analysis() {
        return analysis;
    }

    /** Whether hits or articles read the value back (the analysed fields never are: they are cut from the text). */
    public boolean stored() {
        return stored;
    }

    /**
     * Whether the value is computed from other fields of the same paragraph, so an engine may leave it out of its
     * documents and compute it when it needs it.
     */
    public boolean derived() {
        return derived;
    }

    public Set<FieldUse> uses() {
        return uses;
    }

    /** Whether the field is cut into terms ({@link FieldKind#TEXT} or {@link FieldKind#TERMS}). */
    public boolean analysed() {
        return analysis != null;
    }
}
