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
    private PinyinText() {
    }

    /**
     * One character of the text: its readings (empty: none known), where it is in the original text and its
     * position in the pinyin field.
     */
    public record Reading(List<String> syllables, int start, int end, int position) {
    }

    /** The characters of {@code text} as read from its SmartChinese {@code words} (offsets into {@code text}). */
    public static List<Reading> of(List<Token> words, PinyinReader reader) {
        List<Reading> out = new ArrayList<>();
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
                out.add(new Reading(readings.get(i), start, end, position++));
            }
            lastEnd = w.end();
        }
        return out;
    }

    /**
     * The pinyin field's pre-cut text in one pass (a build makes one per paragraph): per character with a known
     * reading, its readings joined by {@code separator}, at the character's position; {@code gap} and a space for
     * each position skipped; terms separated by spaces — what {@code Precut.join} makes of {@link #of}'s readings.
     */
    public static String precut(List<Token> words, PinyinReader reader, String gap, char separator) {
        StringBuilder out = new StringBuilder();
        int position = 0;
        int next = 0;
        int lastEnd = -1;
        for (Token w : words) {
            String term = w.term();
            if (!isChinese(term)) {
                continue;
            }
            if (lastEnd >= 0 && w.start() != lastEnd) {
                position++;
            }
            List<List<String>> readings = reader.read(term);
            for (int i = 0; i < term.length(); i++, position++) {
                List<String> r = readings.get(i);
                if (r.isEmpty()) {
                    continue;
                }
                for (; next < position; next++) {
                    out.append(gap).append(' ');
                }
                for (int k = 0; k < r.size(); k++) {
                    if (k > 0) {
                        out.append(separator);
                    }
                    out.append(r.get(k));
                }
                out.append(' ');
                next = position + 1;
            }
            lastEnd = w.end();
        }
        if (!out.isEmpty()) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
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
