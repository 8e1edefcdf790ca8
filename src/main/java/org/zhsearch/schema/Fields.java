package org.zhsearch.schema;

/**
 * The names of the index fields, as constants for code that names one field. What each field is, is described once,
 * as data, by {@link ParagraphField}; this is the embedded engine's side of it, which that data does not say:
 *
 * <table>
 *   <caption>the embedded engine's translation</caption>
 *   <tr><th>field</th><th>Lucene</th><th>why</th></tr>
 *   <tr><td>id</td><td>not written (indexes before 2026-12: stored)</td><td>made from articleId and n when read
 *   </td></tr>
 *   <tr><td>articleId</td><td>keyword + sorted doc values, not stored</td><td>replace/delete (the keyword);
 *   grouping, order, and read back for hits and articles (the doc values)</td></tr>
 *   <tr><td>n</td><td>numeric doc values, not stored</td><td>article order, the last tie-break of equal scores, read
 *   back for hits and articles</td></tr>
 *   <tr><td>first, heading</td><td>keyword {@link #YES} when true only</td><td>article count, heading boost</td></tr>
 *   <tr><td>role</td><td>keyword; stored only for list, table, caption, code</td><td>body and heading are inferred
 *   from the section when read</td></tr>
 *   <tr><td>title</td><td>keyword and stored, on the first paragraph only</td><td>title suggestions (article
 *   counts); display</td></tr>
 *   <tr><td>titleWords</td><td>docs only, no norms, first paragraph only</td><td>title boost, joined to every
 *   paragraph of the article ({@code engine.embedded.InArticleQuery})</td></tr>
 *   <tr><td>length</td><td>feature {@link #LENGTH_FEATURE} of the field {@link #FEATURES}</td><td>length prior</td>
 *   </tr>
 *   <tr><td>day</td><td>long point + numeric doc values</td><td>date range, sort, year facet</td></tr>
 *   <tr><td>dateTime</td><td>numeric doc values</td><td>time-of-day order; indexes built before it sort by day</td>
 *   </tr>
 *   <tr><td>year</td><td>not written</td><td>read from the day's doc values</td></tr>
 *   <tr><td>source</td><td>keyword on every paragraph; stored on the first paragraph only</td><td>source
 *   filter; display</td></tr>
 *   <tr><td>date, page, editors</td><td>stored on the first paragraph only</td><td>display</td></tr>
 *   <tr><td>sourceFacet</td><td>sorted doc values of source (up to 1 000 characters)</td><td>source facet</td></tr>
 *   <tr><td>publication</td><td>stored only, on the first paragraph only</td><td>display</td></tr>
 *   <tr><td>publicationFacet</td><td>keyword + sorted doc values of publication (up to 1 000 characters)</td>
 *   <td>publication filter and facet</td></tr>
 *   <tr><td>sourcePage</td><td>stored int, only when the paragraph has one</td><td>display; paragraphs indexed
 *   before it read none</td></tr>
 *   <tr><td>words, chars</td><td>analysed ({@code index.IndexAnalyzer}), not stored</td><td>ranking, pinyin (the
 *   words are the vocabulary pinyin looks up), recall</td></tr>
 * </table>
 *
 * <p>An article's own values are stored once, on its first paragraph ({@code n} = 1), and its title keyword and its
 * title's and declared text fields' words indexed there only: hits read them from the first paragraph, once per
 * article of a page ({@code index.ArticleDocuments}); what filters, facets or sorts stays on every paragraph. The
 * article id and paragraph number are not stored anywhere: readers take them from the doc values
 * ({@code index.ParagraphKeys}). A declared
 * field's stored JSON and its {@code fieldWords.} terms follow the same rule; its keyword, date and number fields
 * are on every paragraph.
 *
 * <p>The facet fields have names of their own because Lucene refuses to give an existing field doc values (or an
 * index) it did not have in the segments already written: an index built before facets keeps accepting writes, and
 * counts sources and publications of the articles written since, until it is rebuilt. OpenSearch documents carry
 * every field of {@link ParagraphField}, {@link #ID} and {@link #YEAR} included, and {@code publication} is a keyword
 * there.
 */
public final class Fields {
    public static final String ID = "id";
    public static final String ARTICLE_ID = "articleId";
    public static final String N = "n";
    public static final String FIRST = "first";
    public static final String SECTION = "section";
    public static final String HEADING = "heading";
    public static final String ROLE = "role";
    public static final String TITLE_WORDS = "titleWords";
    public static final String FEATURES = "features";
    /** The feature of {@link #FEATURES} holding the paragraph's length in code points (capped). */
    public static final String LENGTH_FEATURE = "length";

    public static final String SOURCE = "source";
    public static final String DATE = "date";
    public static final String DAY = "day";
    /** Seconds since 1970-01-01T00:00 of the article's date-time (its time of day orders articles of one day). */
    public static final String DATE_TIME = "dateTime";

    public static final String TITLE = "title";
    public static final String PUBLICATION = "publication";
    public static final String SOURCE_FACET = "sourceFacet";
    public static final String PUBLICATION_FACET = "publicationFacet";
    /** The year of the article's date, on OpenSearch documents only (the embedded engine reads it from {@link #DAY}). */
    public static final String YEAR = "year";

    public static final String PAGE = "page";
    public static final String EDITORS = "editors";
    /** The page of the source document a paragraph starts on (PDF); absent for formats without pages. */
    public static final String SOURCE_PAGE = "sourcePage";

    public static final String TEXT = "text";
    public static final String WORDS = "words";
    public static final String CHARS = "chars";

    /** Value of the {@link #FIRST} and {@link #HEADING} marker fields. */
    public static final String YES = "1";

    private Fields() {}
}
