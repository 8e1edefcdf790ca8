package org.zhsearch.schema;

/**
 * Index schema: one Lucene document per paragraph. Every paragraph document also stores its article's metadata,
 * so a hit needs no second lookup and an article is read back by {@link #ARTICLE_ID}.
 *
 * <table>
 *   <caption>fields</caption>
 *   <tr><th>field</th><th>indexed as</th><th>stored</th><th>why</th></tr>
 *   <tr><td>id</td><td>—</td><td>no (indexes before 2026-12: yes)</td><td>{@code articleId#n}, unique: made from the
 *   two when read (not indexed: nothing looks it up)</td></tr>
 *   <tr><td>articleId</td><td>keyword + sorted doc values</td><td>yes</td><td>replace/delete an article, grouping</td></tr>
 *   <tr><td>n</td><td>—</td><td>yes</td><td>1-based paragraph number</td></tr>
 *   <tr><td>first</td><td>keyword "1" on paragraph 1 only</td><td>no</td><td>exact article count</td></tr>
 *   <tr><td>section</td><td>keyword</td><td>yes</td><td>section filter/display</td></tr>
 *   <tr><td>heading</td><td>keyword "1" on heading paragraphs</td><td>no</td><td>heading boost</td></tr>
 *   <tr><td>role</td><td>keyword (heading, body, list, table, caption, code)</td><td>only list, table, caption, code (body and heading are inferred)</td><td>ranking prior by role, display</td></tr>
 *   <tr><td>titleWords</td><td>SmartChinese words of the title, docs only, no norms</td><td>no</td><td>boost when the title contains the query</td></tr>
 *   <tr><td>features</td><td>feature "length": the paragraph's length in characters</td><td>no</td><td>length prior</td></tr>
 *   <tr><td>source</td><td>keyword</td><td>yes</td><td>source filter</td></tr>
 *   <tr><td>date / day</td><td>day: long point + doc values (epoch day)</td><td>date: yes</td><td>date range filter, sort</td></tr>
 *   <tr><td>dateTime</td><td>doc values: seconds since 1970-01-01T00:00 of the date-time (midnight for a date
 *   alone)</td><td>no</td><td>sort by time of day within a day; indexes built before it sort by day</td></tr>
 *   <tr><td>title</td><td>keyword</td><td>yes</td><td>display, suggestions</td></tr>
 *   <tr><td>sourceFacet</td><td>sorted doc values (sources up to 1 000 characters)</td><td>no</td><td>source facet</td></tr>
 *   <tr><td>publicationFacet</td><td>keyword + sorted doc values (up to 1 000 characters)</td><td>no</td><td>publication filter and facet</td></tr>
 *   <tr><td>publication, page, editors</td><td>—</td><td>yes</td><td>display</td></tr>
 *   <tr><td>text</td><td>—</td><td>yes</td><td>the original paragraph, trimmed</td></tr>
 *   <tr><td>words</td><td>SmartChinese words</td><td>no</td><td>word-aware BM25 ranking</td></tr>
 *   <tr><td>pinyin</td><td>pre-cut readings of the Chinese characters, each reading and its initial stacked at the
 *   character's position ({@code Precut.pinyinAnalyzer})</td><td>no</td><td>pinyin search</td></tr>
 *   <tr><td>chars</td><td>CJK unigrams + adjacent bigrams, Latin words</td><td>no</td><td>exact substring recall</td></tr>
 * </table>
 *
 * <p>The facet fields have names of their own because Lucene refuses to give an existing field doc values (or an
 * index) it did not have in the segments already written: an index built before facets keeps accepting writes, and
 * counts sources and publications of the articles written since, until it is rebuilt. The year is the {@code day}
 * doc value's year. OpenSearch documents also carry {@link #YEAR}, and {@code publication} is a keyword there.
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
    public static final String TEXT = "text";
    public static final String WORDS = "words";
    public static final String CHARS = "chars";
    public static final String PINYIN = "pinyin";

    /** Value of the {@link #FIRST} and {@link #HEADING} marker fields. */
    public static final String YES = "1";

    private Fields() {
    }
}
