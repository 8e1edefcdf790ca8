package org.zhsearch.analysis;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * Text normalised the way the analyzers normalise it — NFKC + case folding, then traditional → simplified folding
 * ({@link TraditionalSimplified}, unless the {@link Analysis} turns it off) — with a map from every
 * normalised char back to the original offsets: what the highlighter needs to mark matches in the text users
 * see, and what the recall oracle ({@code RecallCheck}) compares against.
 *
 * <p>Normalisation is applied per code point: each original code point becomes NFKC_CF of itself (which may be
 * several code points, e.g. {@code ㍿} → {@code 株式会社}), and each of those is folded on its own (which could
 * again be several code points). Every output char maps back to the whole original code point it came from, so
 * a match on any part of an expansion marks the original character, and a surrogate pair is never split. No
 * step ever merges several input code points into one output, so the map is total. Per code point NFKC_CF
 * equals whole-string NFKC_CF for everything but combining sequences (absent from Chinese text in practice); per
 * code point folding is exactly what the index does (a mapping char filter whose keys are single code points).
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

    /**
     * Normalises a whole string (for queries and for checking results); no offset map. {@code fold}: traditional
     * → simplified too, as {@link Analysis#foldsTraditional()} says.
     */
    public static String normalize(String s, boolean fold) {
        String nfkc = NFKC_CF.normalize(s);
        return fold ? fold(nfkc) : nfkc;
    }

    /** Traditional → simplified, code point by code point. */
    static String fold(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            String to = TraditionalSimplified.fold(cp);
            if (to != null && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                if (to != null) {
                    out.append(to);
                } else {
                    out.append(s, i, next);
                }
            }
            i = next;
        }
        return out == null ? s : out.toString();
    }

    /** Normalises {@code original} code point by code point, remembering where each output char came from. */
    public static NormalizedText of(String original, boolean fold) {
        StringBuilder out = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 8];
        int[] ends = new int[original.length() + 8];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean inert = NFKC_CF.isInert(cp);
            // Usually the code point stays as it is: copy it without building a piece (this runs for every hit).
            boolean unchanged = inert && (!fold || TraditionalSimplified.fold(cp) == null);
            String piece = unchanged ? original : normalizePiece(original.substring(i, next), inert, fold);
            int from = unchanged ? i : 0;
            int to = unchanged ? next : piece.length();
            for (int k = from; k < to; k++) {
                if (out.length() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[out.length()] = i;
                ends[out.length()] = next;
                out.append(piece.charAt(k));
            }
            i = next;
        }
        return new NormalizedText(original, out.toString(), starts, ends);
    }

    private static String normalizePiece(String codePoint, boolean inert, boolean fold) {
        String normalized = inert ? codePoint : NFKC_CF.normalize(codePoint);
        return fold ? fold(normalized) : normalized;
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
