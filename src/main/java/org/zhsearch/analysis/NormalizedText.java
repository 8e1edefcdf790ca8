package org.zhsearch.analysis;

import com.ibm.icu.text.Normalizer2;

/**
 * Text normalised the way the analyzers normalise it (NFKC + case folding), with a map from every normalised
 * char back to the original offsets — what the highlighter needs to mark matches in the text users see.
 * Normalisation is applied per code point, which equals whole-string NFKC_CF for everything but combining
 * sequences (absent from Chinese text in practice).
 */
public final class NormalizedText {
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

    private final String original;
    private final String normalized;
    private final int[] originalStart;
    private final int[] originalEnd;

    private NormalizedText(String original, String normalized, int[] originalStart, int[] originalEnd) {
        this.original = original;
        this.normalized = normalized;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    /** Normalises a whole string (for queries and for checking results); no offset map. */
    public static String normalize(String s) {
        return NFKC_CF.normalize(s);
    }

    /** Normalises {@code original} code point by code point, remembering where each output char came from. */
    public static NormalizedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 8];
        int[] ends = new int[original.length() + 8];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            String piece = NFKC_CF.isInert(cp) ? original.substring(i, next) : NFKC_CF.normalize(original.substring(i, next));
            for (int k = 0; k < piece.length(); k++) {
                if (out.length() == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                }
                starts[out.length()] = i;
                ends[out.length()] = next;
                out.append(piece.charAt(k));
            }
            i = next;
        }
        return new NormalizedText(original, out.toString(), starts, ends);
    }

    public String original() {
        return original;
    }

    public String normalized() {
        return normalized;
    }

    /** Original offset where the normalised char at {@code index} starts. */
    public int originalStart(int index) {
        return originalStart[index];
    }

    /** Original offset (exclusive) where the normalised char at {@code index} ends. */
    public int originalEnd(int index) {
        return originalEnd[index];
    }
}
