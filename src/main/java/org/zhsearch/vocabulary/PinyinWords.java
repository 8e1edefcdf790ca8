package org.zhsearch.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.zhsearch.pinyin.PinyinReader;
import org.zhsearch.vocabulary.Vocabulary.Word;

/**
 * The Chinese words of a vocabulary keyed by how they read: the full reading, syllables separated by a space
 * ({@code bei fen} → 备份, polyphones decided per word by {@link PinyinReader}: 银行 yin hang, 重庆 chong qing), and
 * the initials ({@code bf} → 部分, 备份 …). A one-character word has each of its common readings (行: xing, hang).
 * Immutable; built once per {@link Vocabulary}.
 */
public final class PinyinWords {
    /** Words returned for one reading at most, most frequent first (xian: 先, 线, 现 … 西安). */
    static final int PER_READING = 48;
    /** Readings of one word kept at most (a word of lone characters of two readings each multiplies). */
    static final int READINGS_PER_WORD = 4;
    /** Keys a begun syllable scans at most ({@code bei f…}). */
    static final int MAX_SCAN = 4096;

    private final NavigableMap<String, List<Word>> byReading;
    private final NavigableMap<String, List<Word>> byInitials;

    private PinyinWords(NavigableMap<String, List<Word>> byReading, NavigableMap<String, List<Word>> byInitials) {
        this.byReading = byReading;
        this.byInitials = byInitials;
    }

    static PinyinWords of(Map<String, Long> counts, PinyinReader reader) {
        NavigableMap<String, List<Word>> full = new TreeMap<>();
        NavigableMap<String, List<Word>> initials = new TreeMap<>();
        counts.forEach((text, count) -> {
            if (!isChinese(text)) {
                return;
            }
            Word word = new Word(text, count);
            for (List<String> reading : readings(reader.read(text))) {
                full.computeIfAbsent(String.join(" ", reading), k -> new ArrayList<>())
                        .add(word);
                StringBuilder first = new StringBuilder(reading.size());
                reading.forEach(s -> first.append(s.charAt(0)));
                List<Word> same = initials.computeIfAbsent(first.toString(), k -> new ArrayList<>());
                if (same.isEmpty() || same.getLast() != word) { // two readings, one initial (了 le, liao): once
                    same.add(word);
                }
            }
        });
        full.replaceAll((k, words) -> sorted(words));
        initials.replaceAll((k, words) -> sorted(words));
        return new PinyinWords(full, initials);
    }

    /**
     * The words whose characters read as {@code terms}, one term per character: a whole syllable is that reading, a
     * single letter any reading it begins (an initial). Most frequent first, at most {@link #PER_READING}.
     */
    public List<Word> spelledBy(List<String> terms) {
        int firstLetter = -1;
        for (int i = 0; i < terms.size() && firstLetter < 0; i++) {
            if (terms.get(i).length() == 1) {
                firstLetter = i;
            }
        }
        if (firstLetter < 0) {
            return top(byReading.getOrDefault(String.join(" ", terms), List.of()));
        }
        if (terms.stream().allMatch(t -> t.length() == 1)) {
            return top(byInitials.getOrDefault(String.join("", terms), List.of()));
        }
        // whole syllables, then one begun by its letter (bei f: 备份 bei fen, 北方 bei fang): scan that key range
        String head = String.join(" ", terms.subList(0, firstLetter + 1));
        List<Word> found = new ArrayList<>();
        int scanned = 0;
        for (var e :
                byReading.subMap(head, true, head + Character.MAX_VALUE, false).entrySet()) {
            if (++scanned > MAX_SCAN) {
                break;
            }
            if (spells(e.getKey().split(" "), terms)) {
                found.addAll(e.getValue());
            }
        }
        return top(sorted(found));
    }

    /**
     * The words whose reading begins with {@code terms} (as {@link #spelledBy}, the word may go on: {@code ren gong
     * z} → 人工智能), for completions while typing. Most frequent first, at most {@link #PER_READING}; a short
     * beginning scans at most {@link #MAX_SCAN} readings.
     */
    public List<Word> beginningWith(List<String> terms) {
        boolean initials = terms.stream().allMatch(t -> t.length() == 1);
        NavigableMap<String, List<Word>> keys = initials ? byInitials : byReading;
        int firstLetter = 0;
        while (firstLetter < terms.size() - 1 && terms.get(firstLetter).length() > 1) {
            firstLetter++;
        }
        String head = initials ? String.join("", terms) : String.join(" ", terms.subList(0, firstLetter + 1));
        List<Word> found = new ArrayList<>();
        int scanned = 0;
        for (var e : keys.subMap(head, true, head + Character.MAX_VALUE, false).entrySet()) {
            if (++scanned > MAX_SCAN) {
                break;
            }
            if (initials || begins(e.getKey().split(" "), terms)) {
                found.addAll(e.getValue());
            }
        }
        return top(sorted(found));
    }

    private static boolean spells(String[] syllables, List<String> terms) {
        return syllables.length == terms.size() && begins(syllables, terms);
    }

    /** Whether the first syllables of a reading are spelled by {@code terms} (a letter: any syllable it begins). */
    private static boolean begins(String[] syllables, List<String> terms) {
        if (syllables.length < terms.size()) {
            return false;
        }
        for (int i = 0; i < terms.size(); i++) {
            String t = terms.get(i);
            if (!(t.length() == 1 ? syllables[i].charAt(0) == t.charAt(0) : syllables[i].equals(t))) {
                return false;
            }
        }
        return true;
    }

    /** Every reading of a word: one syllable per character, each combination of the characters' readings. */
    private static List<List<String>> readings(List<List<String>> perChar) {
        List<List<String>> out = List.of(List.of());
        for (List<String> options : perChar) {
            if (options.isEmpty()) {
                return List.of(); // a character without a reading: the word cannot be typed in pinyin
            }
            List<List<String>> next = new ArrayList<>();
            for (List<String> head : out) {
                for (String s : options) {
                    if (next.size() < READINGS_PER_WORD) {
                        List<String> r = new ArrayList<>(head);
                        r.add(s);
                        next.add(r);
                    }
                }
            }
            out = next;
        }
        return out;
    }

    private static List<Word> sorted(List<Word> words) {
        List<Word> copy = new ArrayList<>(words.stream().distinct().toList());
        copy.sort(Word.MOST_FREQUENT);
        return List.copyOf(copy);
    }

    private static List<Word> top(List<Word> words) {
        return words.size() > PER_READING ? words.subList(0, PER_READING) : words;
    }

    private static boolean isChinese(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isIdeographic(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }
}
