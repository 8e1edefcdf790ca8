package org.zhsearch.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhsearch.vocabulary.Vocabulary.Word;

/**
 * The whole words, or runs of consecutive whole words, of an index that typed pinyin spells. The typed letters
 * arrive as term sequences ({@code org.zhsearch.pinyin.PinyinQuery}: which splits, initials and begun syllables
 * apply); each sequence is cut into pieces that are each a vocabulary word's reading, with the <em>fewest</em>
 * words: {@code beifenwenjian} → 备份 文件 when 备份文件 is no single word, {@code zhongguo} → 中国 and never
 * 种 过. Runs come most frequent first (by their least frequent word, then all their words), at most
 * {@link #MAX_RUNS}.
 *
 * <p>Bounded: a sequence has at most 40 terms (the typed letters are capped), a piece at most
 * {@link #MAX_WORD_CHARS} characters, and each position keeps at most {@link #BEAM} partial runs.
 */
public final class WordRuns {
    /** Runs searched for one typed string: each is a phrase clause of the query. */
    public static final int MAX_RUNS = 32;
    /** The longest word looked up (user-dictionary words can be long; SmartChinese's rarely pass 6). */
    static final int MAX_WORD_CHARS = 12;
    /** Partial runs kept per position of a sequence. */
    static final int BEAM = 32;

    private WordRuns() {}

    /** A run with its least frequent word's count and the sum of its words' counts (the tie-break). */
    private record Run(List<String> words, long least, long total) {
        static final Comparator<Run> MOST_FREQUENT = Comparator.comparingInt(
                        (Run r) -> r.words().size())
                .thenComparingLong(r -> -r.least())
                .thenComparingLong(r -> -r.total())
                .thenComparing(r -> String.join("", r.words()));

        Run then(Word w) {
            List<String> next = new ArrayList<>(words.size() + 1);
            next.addAll(words);
            next.add(w.text());
            return new Run(List.copyOf(next), Math.min(least, w.count()), total + w.count());
        }
    }

    /**
     * The runs of words {@code sequences} spell, each a list of words; only those of the fewest words over all
     * sequences, most frequent first, at most {@link #MAX_RUNS}. Empty when none spells anything of the index.
     */
    public static List<List<String>> of(PinyinWords words, List<List<String>> sequences) {
        return of(words, sequences, false);
    }

    /**
     * As {@link #of}, while the user is still typing: the last word may go on past the letters ({@code rengongz} →
     * 人工 智能, {@code rgz} → 人工智能), for suggestions.
     */
    public static List<List<String>> completing(PinyinWords words, List<List<String>> sequences) {
        return of(words, sequences, true);
    }

    private static List<List<String>> of(PinyinWords words, List<List<String>> sequences, boolean open) {
        List<Run> all = new ArrayList<>();
        for (List<String> sequence : sequences) {
            all.addAll(runs(words, sequence, open));
        }
        if (all.isEmpty()) {
            return List.of();
        }
        int fewest = all.stream().mapToInt(r -> r.words().size()).min().orElseThrow();
        all.sort(Run.MOST_FREQUENT);
        Map<List<String>, Run> distinct = new LinkedHashMap<>();
        for (Run r : all) {
            if (r.words().size() == fewest && distinct.size() < MAX_RUNS) {
                distinct.putIfAbsent(r.words(), r);
            }
        }
        return List.copyOf(distinct.keySet());
    }

    /** The fewest-word runs spelling one whole sequence (shortest path over its positions, with a beam). */
    private static List<Run> runs(PinyinWords words, List<String> sequence, boolean open) {
        int n = sequence.size();
        List<List<Run>> best = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) {
            best.add(new ArrayList<>());
        }
        best.getFirst().add(new Run(List.of(), Long.MAX_VALUE, 0));
        for (int i = 0; i < n; i++) {
            List<Run> here = best.get(i);
            if (here.isEmpty()) {
                continue;
            }
            here.sort(Run.MOST_FREQUENT);
            if (here.size() > BEAM) {
                here.subList(BEAM, here.size()).clear();
            }
            for (int j = i + 1; j <= Math.min(n, i + MAX_WORD_CHARS); j++) {
                List<Word> spelled = open && j == n
                        ? words.beginningWith(sequence.subList(i, j))
                        : words.spelledBy(sequence.subList(i, j));
                if (spelled.isEmpty()) {
                    continue;
                }
                List<Run> there = best.get(j);
                int size = here.getFirst().words().size() + 1;
                if (!there.isEmpty() && there.getFirst().words().size() < size) {
                    continue; // j is reached with fewer words already
                }
                if (!there.isEmpty() && there.getFirst().words().size() > size) {
                    there.clear();
                }
                for (Run r : here) {
                    for (Word w : spelled) {
                        there.add(r.then(w));
                    }
                }
                if (there.size() > 4 * BEAM) { // keep the work per position bounded, not only what is kept
                    there.sort(Run.MOST_FREQUENT);
                    there.subList(BEAM, there.size()).clear();
                }
            }
        }
        return best.get(n);
    }
}
