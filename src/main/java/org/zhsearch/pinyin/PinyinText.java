package org.zhsearch.pinyin;

import java.util.ArrayList;
import java.util.List;
import org.zhsearch.api.Token;

/**
 * The Chinese characters of a text with their readings, read word by word ({@link PinyinReader}): consecutive
 * positions within a run of adjacent Chinese words, a skipped position wherever anything else lies between (a
 * Latin word, punctuation, a space), so pinyin never matches across it — as Chinese text does not.
 */
public final class PinyinText {
    private PinyinText() {}

    /**
     * One character of the text: its readings (empty: none known), where it is in the original text and its
     * position in the pinyin field.
     */
    public record Reading(List<String> syllables, int start, int end, int position) {}

    /** The characters of {@code text} as read from its SmartChinese {@code words} (offsets into {@code text}). */
    public static List<Reading> of(List<Token> words, PinyinReader reader) {
        List<Reading> out = new ArrayList<>();
        walk(words, reader, (syllables, start, end, position) -> out.add(new Reading(syllables, start, end, position)));
        return out;
    }

    /** Receives the characters of a text one by one, as {@link Reading}'s components (nothing is kept). */
    @FunctionalInterface
    public interface ReadingSink {
        void accept(List<String> syllables, int start, int end, int position);
    }

    /**
     * Hands each character of the text's Chinese {@code words} to {@code sink}, in order: what {@link #of} collects,
     * without making a record per character (a build cuts every paragraph this way).
     */
    public static void walk(List<Token> words, PinyinReader reader, ReadingSink sink) {
        int position = 0;
        int lastEnd = -1;
        for (Token w : words) {
            String term = w.term();
            if (!isChinese(term)) {
                continue;
            }
            if (lastEnd >= 0 && w.start() != lastEnd) {
                position++; // something unread lies between: break the run
            }
            List<List<String>> readings = reader.read(term);
            boolean charByChar = term.length() == w.end() - w.start();
            for (int i = 0; i < term.length(); i++) {
                int start = charByChar ? w.start() + i : w.start();
                int end = charByChar ? start + 1 : w.end();
                sink.accept(readings.get(i), start, end, position++);
            }
            lastEnd = w.end();
        }
    }

    private static boolean isChinese(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (!Character.isIdeographic(term.charAt(i))) {
                return false;
            }
        }
        return !term.isEmpty();
    }
}
