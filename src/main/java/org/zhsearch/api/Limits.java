package org.zhsearch.api;

/**
 * Every limit on what a caller may ask, named once: the HTTP API, the CLI and the library check against these
 * (lengths in characters are Unicode code points of the trimmed text).
 */
public final class Limits {
    /** Longest query. */
    public static final int QUERY_CHARS = 256;
    /** Most terms and phrases in one query. */
    public static final int QUERY_TERMS = 64;
    /** Most hits on one page. */
    public static final int PAGE_SIZE = 100;
    /** Most hits skipped by paging. */
    public static final int OFFSET = 10_000;
    /** Longest source filter. */
    public static final int SOURCE_CHARS = 200;
    /** Longest publication filter. */
    public static final int PUBLICATION_CHARS = 200;
    /**
     * Most values listed per facet (the most frequent first): an archive with thousands of sources must not turn
     * every search response into a list of all of them.
     */
    public static final int FACET_VALUES = 50;
    /** Longest prefix to complete. */
    public static final int SUGGEST_PREFIX_CHARS = 64;
    /** Most completions returned. */
    public static final int SUGGESTIONS = 20;
    /** Longest text to analyse. */
    public static final int ANALYZE_CHARS = 10_000;
    /**
     * Most articles (NDJSON lines, blank ones included) in one batch write: a bulk request holds every parsed article
     * in memory at once, so its size is bounded by count as well as by bytes.
     */
    public static final int BULK_ARTICLES = 10_000;

    private Limits() {}

    /** Throws {@link InvalidRequestException} unless {@code text} has 1 to {@link #ANALYZE_CHARS} characters. */
    public static void requireAnalyzable(String text) {
        requireText("text", text, ANALYZE_CHARS);
    }

    /** Throws {@link InvalidRequestException} for an empty or too long prefix, or a limit outside 1–{@link #SUGGESTIONS}. */
    public static void requireSuggestion(String prefix, int limit) {
        requireText("q", prefix, SUGGEST_PREFIX_CHARS);
        if (limit < 1 || limit > SUGGESTIONS) {
            throw new InvalidRequestException("limit must be between 1 and " + SUGGESTIONS + ", got " + limit);
        }
    }

    /** Throws {@link InvalidRequestException} unless {@code value} has 1 to {@code max} characters once trimmed. */
    public static void requireText(String name, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidRequestException(name + " is required: send 1 to " + max + " characters");
        }
        requireAtMost(name, trimmed, max);
    }

    /** Throws {@link InvalidRequestException} unless {@code min <= value <= max}. */
    public static void requireBetween(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidRequestException(name + " must be between " + min + " and " + max + ", got " + value);
        }
    }

    /** {@code null} for a blank or absent value; else {@code value}, refused over {@code max} characters. */
    public static String optionalText(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        requireAtMost(name, value, max);
        return value;
    }

    /** Throws {@link InvalidRequestException} when {@code value} has more than {@code max} characters. */
    public static void requireAtMost(String name, String value, int max) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw new InvalidRequestException(name + " is " + length + " characters long; send at most " + max);
        }
    }
}
