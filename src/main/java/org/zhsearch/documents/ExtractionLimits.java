package org.zhsearch.documents;

import java.time.Duration;

/**
 * Bounds on the work one document may cause: characters of extracted text (the rest is cut and reported as a
 * problem), wall time (over it the document is unusable), and bytes inflated from a compressed container such as
 * the zip inside DOCX, ODT and EPUB (over it, or over {@link #maxInflateRatio} for one entry, a zip bomb).
 */
public record ExtractionLimits(long maxChars, Duration maxTime, long maxInflatedBytes, int maxInflateRatio) {
    /** 16 M characters (about 48 MB of UTF-8 Chinese), 60 s, 256 MB inflated, an entry may inflate 100-fold. */
    public static final ExtractionLimits DEFAULT =
            new ExtractionLimits(16L * 1024 * 1024, Duration.ofSeconds(60), 256L * 1024 * 1024, 100);

    public ExtractionLimits {
        if (maxChars < 1 || maxInflatedBytes < 1 || maxInflateRatio < 1) {
            throw new IllegalArgumentException("extraction limits must be positive");
        }
        if (maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("the extraction time limit must be positive");
        }
    }
}
