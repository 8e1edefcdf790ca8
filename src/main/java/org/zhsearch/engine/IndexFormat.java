package org.zhsearch.engine;

/**
 * The format number each engine records with an index it creates (embedded: the commit's user data; OpenSearch: the
 * mapping's {@code _meta}), so a version of zhsearch never searches an index whose terms it would read differently.
 * Indexes of the previous version carry no number (format 1); {@link #CURRENT} is 2: one recall term per CJK
 * character instead of unigrams + bigrams (a single character is now looked up as every term beginning with it),
 * no pinyin postings, title words, title keyword and stored metadata once per article, article id and paragraph
 * number as doc values only (not stored). Opening any other format is refused until
 * a rebuild, which replaces the index and records the current number.
 */
public final class IndexFormat {
    /** The format this version writes and reads. */
    public static final int CURRENT = 2;

    /** The key under which both engines record it. */
    public static final String KEY = "zhsearch_format";

    private IndexFormat() {}

    /** Why an index recording {@code recorded} (null: none) cannot be searched by this version, or null when it can. */
    public static String problem(String recorded) {
        int format;
        try {
            format = recorded == null ? 1 : Integer.parseInt(recorded.strip());
        } catch (NumberFormatException e) {
            format = 0;
        }
        if (format == CURRENT) {
            return null;
        }
        String by = format > CURRENT ? "a newer" : "an earlier";
        return "this index was built by " + by + " version of zhsearch (index format "
                + (format == 0 ? recorded : format) + ", this version reads " + CURRENT
                + ") and cannot be searched by this one; rebuild it once: zhsearch index";
    }
}
