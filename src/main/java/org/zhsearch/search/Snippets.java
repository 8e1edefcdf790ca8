package org.zhsearch.search;

import org.zhsearch.api.Hit;

/**
 * Chooses a hit's snippet from its marked characters ({@link Highlighter}): the part of a long paragraph where the
 * matches are densest, moved to sentence boundaries where they are near so a snippet reads as whole sentences.
 */
final class Snippets {
    /** Length of a snippet in characters, before widening to a sentence start. */
    static final int SNIPPET_CHARS = 160;

    private static final String SENTENCE_ENDS = "。！？；!?;";

    private Snippets() {}

    /** At most {@link Hit#SNIPPET_ABOVE} characters: the whole text is short enough to show. */
    static boolean isShort(String text) {
        return text.codePointCount(0, text.length()) <= Hit.SNIPPET_ABOVE;
    }

    /**
     * The window of about {@link #SNIPPET_CHARS} characters with the most marked characters, widened back to the
     * start of its sentence and cut after a sentence end where one is near, with "…" where text was cut; rendered
     * by {@link Highlighter#render}. {@code null} for a short text ({@link #isShort}).
     */
    static String around(String text, boolean[] marked) {
        if (isShort(text)) {
            return null;
        }
        int window = Math.min(SNIPPET_CHARS, text.length());
        int inWindow = 0;
        for (int i = 0; i < window; i++) {
            inWindow += marked[i] ? 1 : 0;
        }
        int best = 0;
        int bestCount = inWindow;
        for (int start = 1; start + window <= text.length(); start++) {
            inWindow += (marked[start + window - 1] ? 1 : 0) - (marked[start - 1] ? 1 : 0);
            if (inWindow > bestCount) {
                bestCount = inWindow;
                best = start;
            }
        }
        int firstMark = best;
        while (firstMark < best + window && !marked[firstMark]) {
            firstMark++;
        }
        // start at the sentence holding the first match when it begins close enough before it
        int start = Math.min(best, firstMark);
        int sentenceStart = sentenceStartBefore(text, firstMark == best + window ? best : firstMark);
        if (sentenceStart >= firstMark - SNIPPET_CHARS / 2 || firstMark == best + window) {
            start = sentenceStart;
        }
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        int end = Math.min(text.length(), start + window);
        int sentenceEnd = sentenceEndBefore(text, end, start + window / 2);
        if (sentenceEnd > 0) {
            end = sentenceEnd;
        }
        while (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        StringBuilder out = new StringBuilder();
        if (start > 0) {
            out.append('…');
        }
        out.append(Highlighter.render(text, marked, start, end));
        if (end < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    private static int sentenceStartBefore(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                int s = i + 1;
                while (s < at && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                return s;
            }
        }
        return 0;
    }

    /** The end (exclusive) of the last sentence ending in {@code [from, end)}, or -1. */
    private static int sentenceEndBefore(String text, int end, int from) {
        for (int i = end - 1; i >= from; i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
