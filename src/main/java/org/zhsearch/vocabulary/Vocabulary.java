package org.zhsearch.vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.zhsearch.pinyin.PinyinReader;

/**
 * The words of an index with how many paragraphs hold each, as the engine counted them at one point in time. An
 * immutable value; the reading-keyed lookup ({@link #pinyin}) is built on first use and kept with it, so an engine
 * that hands out the same value until the index changes pays for the readings once.
 */
public final class Vocabulary {
    private final NavigableMap<String, Long> counts;
    private volatile Lookup lookup;

    private record Lookup(PinyinReader reader, PinyinWords words) {}

    /** A word and the number of paragraphs holding it. */
    public record Word(String text, long count) {
        /** Most frequent first, then shorter, then alphabetical. */
        public static final Comparator<Word> MOST_FREQUENT = Comparator.comparingLong((Word w) -> -w.count())
                .thenComparingInt(w -> w.text().length())
                .thenComparing(Word::text);
    }

    private Vocabulary(Map<String, Long> counts) {
        this.counts = Collections.unmodifiableNavigableMap(new TreeMap<>(counts));
    }

    /** A vocabulary of {@code counts} (word → paragraphs); words with no paragraph are left out. */
    public static Vocabulary of(Map<String, Long> counts) {
        Map<String, Long> kept = new java.util.HashMap<>();
        counts.forEach((w, n) -> {
            if (n > 0 && !w.isEmpty()) {
                kept.put(w, n);
            }
        });
        return new Vocabulary(kept);
    }

    /** The paragraphs holding {@code word} (0 when it is no word of the index). */
    public long count(String word) {
        return counts.getOrDefault(word, 0L);
    }

    public int size() {
        return counts.size();
    }

    /** Every word with its count, in the words' order. */
    public Map<String, Long> counts() {
        return counts;
    }

    /** The words that start with {@code prefix} (and are longer), most frequent first, at most {@code max}. */
    public List<Word> startingWith(String prefix, int max) {
        List<Word> out = new ArrayList<>();
        counts.subMap(prefix, false, prefix + Character.MAX_VALUE, false).forEach((w, n) -> out.add(new Word(w, n)));
        out.sort(Word.MOST_FREQUENT);
        return out.size() > max ? List.copyOf(out.subList(0, max)) : List.copyOf(out);
    }

    /** The words keyed by reading, as {@code reader} reads them (built on the first call, then kept). */
    public PinyinWords pinyin(PinyinReader reader) {
        Lookup l = lookup;
        if (l == null || l.reader() != reader) {
            l = new Lookup(reader, PinyinWords.of(counts, reader));
            lookup = l;
        }
        return l.words();
    }
}
