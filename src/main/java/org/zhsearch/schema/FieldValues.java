package org.zhsearch.schema;

import java.time.LocalDate;

/** Values both engines derive from an article for their index fields, computed one way for both. */
public final class FieldValues {
    /** Largest length feature: longer paragraphs rank as this long. */
    static final int MAX_LENGTH_FEATURE = 1000;

    private FieldValues() {}

    /** The id of paragraph {@code n} of an article: {@code articleId#n}, unique in an index. */
    public static String paragraphId(String articleId, int n) {
        return articleId + "#" + n;
    }

    /** The length feature of a paragraph: its length in code points, at least 1, at most {@link #MAX_LENGTH_FEATURE}. */
    public static float lengthFeature(String text) {
        return Math.max(1, Math.min(MAX_LENGTH_FEATURE, text.codePointCount(0, text.length())));
    }

    /** Days since 1970-01-01 of an ISO date or date-time, or {@code null} when absent or unparseable. */
    public static Long epochDay(String isoDate) {
        if (isoDate == null || isoDate.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(isoDate.substring(0, 10)).toEpochDay();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Seconds since 1970-01-01T00:00 of an ISO date-time ({@code 2024-11-25T09:30:00}; a date alone is its midnight),
     * read as local time like the stored date, or {@code null} when absent or unparseable.
     */
    public static Long epochSecond(String isoDate) {
        Long day = epochDay(isoDate);
        if (day == null || isoDate.length() == 10) {
            return day == null ? null : day * 86_400;
        }
        try {
            return java.time.LocalDateTime.parse(isoDate.substring(0, Math.min(19, isoDate.length())))
                    .toEpochSecond(java.time.ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            return day * 86_400;
        }
    }
}
