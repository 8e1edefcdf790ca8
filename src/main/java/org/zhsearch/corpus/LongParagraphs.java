package org.zhsearch.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits over-long lines into paragraphs of at most {@link #MAX_CHARS} characters, so one giant line (a 50 MB
 * dump, a file without line breaks) cannot exhaust memory in the segmenter or make a useless 50 MB "paragraph".
 * Cuts go after the last sentence-ending punctuation before the limit, else after the last whitespace, else at
 * the limit (never inside a surrogate pair). A query that spans a cut made without punctuation or whitespace can
 * miss that one paragraph; real paragraphs are far shorter than the limit.
 */
final class LongParagraphs {
    static final int MAX_CHARS = 10_000;
    private static final String SENTENCE_ENDS = "。！？!?；;…";

    private LongParagraphs() {}

    static List<String> split(String text) {
        if (text.length() <= MAX_CHARS) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (text.length() - start > MAX_CHARS) {
            int cut = cutPoint(text, start, start + MAX_CHARS);
            String piece = Texts.trim(text.substring(start, cut));
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
            start = cut;
        }
        String rest = Texts.trim(text.substring(start));
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    private static int cutPoint(String text, int start, int limit) {
        int floor = start + MAX_CHARS / 2;
        for (int i = limit - 1; i >= floor; i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        for (int i = limit - 1; i >= floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
