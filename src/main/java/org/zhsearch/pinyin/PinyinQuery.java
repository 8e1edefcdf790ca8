package org.zhsearch.pinyin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a typed Latin string may spell in pinyin: sequences of pinyin-field terms (syllables or initials), each to
 * be found at consecutive positions. Spaces and apostrophes are syllable boundaries the user chose
 * ({@code xi'an}, {@code bei fen}); within a chunk every split is tried.
 * <ol>
 *   <li>A chunk that splits into whole syllables is read as each such split ({@code xian}: xian, xi an).</li>
 *   <li>Else a chunk of initials only is read as initials ({@code ztjy}: z t j y), and the last chunk also as
 *       whole syllables ending in the beginning of one, as while typing ({@code beif}: bei f; {@code beife}: bei
 *       fei, bei fen, bei feng; {@code anz}: a n z and an z).</li>
 * </ol>
 * Anything else (digits, other letters, {@code ipt}) is not pinyin: no sequences. Bounded: at most
 * {@link #MAX_LETTERS} letters and {@link #MAX_SEQUENCES} sequences.
 */
public final class PinyinQuery {
    static final int MAX_LETTERS = 40;
    static final int MAX_SEQUENCES = 16;
    /** The longest run of initials read as initials (longer runs of consonants are rarely meant as pinyin). */
    static final int MAX_INITIALS = 8;
    /** The longest initials read beside a Latin word of the text ({@link #initials}). */
    static final int MAX_SHORT_INITIALS = 4;

    private static final Pattern TYPED = Pattern.compile("[a-z]+(?:['\\s]+[a-z]+)*");
    private static final Pattern BOUNDARY = Pattern.compile("['\\s]+");
    /** Syllables without a vowel, said only as interjections (嗯 n, 呣 m). */
    private static final java.util.Set<String> INTERJECTIONS = java.util.Set.of("n", "ng", "m", "hm", "hng");

    private PinyinQuery() {}

    /** Whether {@code text} is only Latin letters, with spaces or apostrophes between them. */
    public static boolean looksLikePinyin(String text) {
        return TYPED.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** The term sequences {@code typed} may spell (empty when it cannot be pinyin). */
    public static List<List<String>> sequences(String typed) {
        return sequences(typed, false);
    }

    /**
     * As {@link #sequences(String)}, and, while the user is still typing, the last syllable also as the beginning of
     * longer ones ({@code chongqin}: chong qin, and chong qing) — for suggestions, not for search results, where
     * {@code beifen} should not also find 北风 (bei feng).
     */
    public static List<List<String>> completions(String typed) {
        return sequences(typed, true);
    }

    /**
     * {@code typed} as initials only — 2 to {@link #MAX_SHORT_INITIALS} letters, each able to begin a syllable
     * ({@code bf}, {@code xt}, {@code ztjy}) — or nothing: the reading tried beside a Latin word that does occur in
     * the text ({@code cd}, {@code ls}), where whole syllables would mostly be noise ({@code man}: 满 慢 漫 …).
     */
    public static List<List<String>> initials(String typed) {
        String letters = typed.strip().toLowerCase(Locale.ROOT);
        if (letters.length() < 2
                || letters.length() > MAX_SHORT_INITIALS
                || !letters.chars().allMatch(c -> c >= 'a' && c <= 'z' && Syllables.isInitial((char) c))) {
            return List.of();
        }
        return List.of(letters.chars().mapToObj(c -> String.valueOf((char) c)).toList());
    }

    private static List<List<String>> sequences(String typed, boolean asYouType) {
        String text = typed.strip().toLowerCase(Locale.ROOT);
        if (!TYPED.matcher(text).matches() || text.replaceAll("['\\s]", "").length() > MAX_LETTERS) {
            return List.of();
        }
        String[] chunks = BOUNDARY.split(text);
        List<List<String>> out = List.of(List.of());
        for (int i = 0; i < chunks.length; i++) {
            List<List<String>> readings = chunk(chunks[i], i == chunks.length - 1, asYouType);
            if (readings.isEmpty()) {
                return List.of();
            }
            out = product(out, readings);
        }
        return out;
    }

    private static List<List<String>> chunk(String chunk, boolean last, boolean asYouType) {
        List<List<String>> whole = splits(chunk, false);
        if (!whole.isEmpty()) {
            return last && asYouType ? longerLast(whole) : whole;
        }
        List<List<String>> out = new ArrayList<>();
        if (chunk.length() <= MAX_INITIALS && chunk.chars().allMatch(c -> Syllables.isInitial((char) c))) {
            out.add(chunk.chars().mapToObj(c -> String.valueOf((char) c)).toList());
        }
        if (last) { // anz: a n z (initials) or an z… (安装, a begun syllable)
            splits(chunk, true).stream().limit(MAX_SEQUENCES - out.size()).forEach(out::add);
        }
        return out;
    }

    /**
     * The splits of {@code s} into syllables with the fewest syllables, or one more ({@code xian}: xian; xi an),
     * fewest first; the interjections n, ng, m, hm, hng are never a piece (they would split almost anything). With
     * {@code openEnd}, the last piece may instead be the beginning of a syllable, expanded to each syllable it
     * begins — or kept as an initial when one letter long ({@code beif}: bei f; {@code beife}: bei fei, …).
     */
    private static List<List<String>> splits(String s, boolean openEnd) {
        if (!openEnd) {
            return wholeSplits(s);
        }
        List<List<String>> out = new ArrayList<>();
        for (int cut = s.length() - 1; cut >= 0 && cut >= s.length() - 5; cut--) {
            String begun = s.substring(cut);
            if (isPiece(begun)) {
                continue; // a whole syllable: not begun (whole splits were tried first)
            }
            List<String> completions = begun.length() == 1
                    ? (Syllables.isInitial(begun.charAt(0)) ? List.of(begun) : List.of())
                    : List.copyOf(Syllables.startingWith(begun));
            List<List<String>> heads = cut == 0 ? List.of(List.of()) : wholeSplits(s.substring(0, cut));
            for (List<String> head : heads) {
                for (String c : completions) {
                    if (out.size() == MAX_SEQUENCES) {
                        return out;
                    }
                    out.add(concat(head, List.of(c)));
                }
            }
        }
        return out;
    }

    /** The splits, then each with its last syllable replaced by every longer syllable it begins. */
    private static List<List<String>> longerLast(List<List<String>> splits) {
        List<List<String>> out = new ArrayList<>(splits);
        for (List<String> split : splits) {
            String last = split.getLast();
            for (String longer : Syllables.startingWith(last)) {
                if (!longer.equals(last) && out.size() < MAX_SEQUENCES) {
                    out.add(concat(split.subList(0, split.size() - 1), List.of(longer)));
                }
            }
        }
        return out;
    }

    private static List<List<String>> wholeSplits(String s) {
        int n = s.length();
        int[] fewest = new int[n + 1]; // fewest syllables covering s[i..], or MAX_VALUE
        java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            for (int end = i + 1; end <= Math.min(n, i + 6); end++) {
                if (isPiece(s.substring(i, end)) && fewest[end] != Integer.MAX_VALUE) {
                    fewest[i] = Math.min(fewest[i], fewest[end] + 1);
                }
            }
        }
        if (fewest[0] == Integer.MAX_VALUE) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        split(s, 0, new ArrayList<>(), fewest, fewest[0] + 1, out);
        out.sort(java.util.Comparator.comparingInt(List::size));
        return out.size() > MAX_SEQUENCES ? out.subList(0, MAX_SEQUENCES) : out;
    }

    private static void split(String s, int from, List<String> prefix, int[] fewest, int most, List<List<String>> out) {
        if (from == s.length()) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int end = from + 1; end <= Math.min(s.length(), from + 6) && out.size() < 4 * MAX_SEQUENCES; end++) {
            String piece = s.substring(from, end);
            if (isPiece(piece) && fewest[end] != Integer.MAX_VALUE && prefix.size() + 1 + fewest[end] <= most) {
                prefix.add(piece);
                split(s, end, prefix, fewest, most, out);
                prefix.removeLast();
            }
        }
    }

    private static boolean isPiece(String s) {
        return Syllables.isSyllable(s) && !INTERJECTIONS.contains(s);
    }

    private static List<List<String>> product(List<List<String>> heads, List<List<String>> tails) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> h : heads) {
            for (List<String> t : tails) {
                if (out.size() == MAX_SEQUENCES) {
                    return out;
                }
                out.add(concat(h, t));
            }
        }
        return out;
    }

    /** {@code head} then {@code tail}, as an unmodifiable list. */
    private static List<String> concat(List<String> head, List<String> tail) {
        List<String> out = new ArrayList<>(head.size() + tail.size());
        out.addAll(head);
        out.addAll(tail);
        return List.copyOf(out);
    }
}
