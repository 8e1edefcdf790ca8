package org.zhsearch.analysis;

import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Regional vocabulary: the Taiwan and mainland words for one thing (記憶體 / 内存, 軟體 / 软件, 資料庫 / 数据库), from
 * OpenCC's Taiwan phrase table as opencc4j ships it ({@code TWPhrases.txt}: mainland phrase → Taiwan phrase; opencc4j
 * converts with it in one direction and with its reverse in the other, as done here). Character folding already makes
 * 軟體 meet 软体; these are the pairs that differ in their words, not only in their characters.
 *
 * <p>A phrase of a query term is replaced only where it starts and ends on a boundary between the term's words as the
 * ranking analyzer cuts them (or is the whole term), so 内存 is not found inside 国内存款. Read once per analysis from
 * the library's jar: a fixed table of a few hundred pairs, never grown by queries.
 *
 * <p>A pair whose Taiwan form, folded to simplified characters, is itself an ordinary mainland word (資料 → 资料,
 * 程式 → 程式, 智慧, 檔案, 介面: one word of the ranking analyzer's dictionary) is left out in both directions: the index
 * folds characters, so it cannot tell the Taiwan usage from the mainland word of another meaning, and bridging would
 * make 数据 find 资料 (materials) and 进程 find 程序 (programs) — an exact simplified query would find what it must not.
 */
final class RegionalVariants {
    /** OpenCC's mainland → Taiwan phrase table inside opencc4j's jar. */
    static final String TABLE = "/data/dictionary/TWPhrases.txt";
    /** At most this many alternatives per term (a phrase has one or two other forms). */
    static final int MAX_ALTERNATIVES = 4;

    private static final RegionalVariants NONE = new RegionalVariants(Map.of(), 0);

    /** Normalised phrase (either side) → the other side's forms, as the table writes them. */
    private final Map<String, List<String>> otherSide;

    private final int longest;

    private RegionalVariants(Map<String, List<String>> otherSide, int longest) {
        this.otherSide = otherSide;
        this.longest = longest;
    }

    static RegionalVariants none() {
        return NONE;
    }

    /**
     * The table of opencc4j, keyed by each side normalised with {@code fold}; pairs that fold together are left out, and
     * pairs whose folded Taiwan form {@code mainlandWord} accepts.
     */
    static RegionalVariants load(boolean fold, Predicate<String> mainlandWord) {
        Map<String, Set<String>> pairs = new HashMap<>();
        try (InputStream in = ZhTwConverterUtil.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("opencc4j has no " + TABLE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] sides = line.strip().split("\\s+");
                for (int i = 1; i < sides.length; i++) {
                    if (mainlandWord.test(NormalizedText.normalize(sides[i], fold))) {
                        continue;
                    }
                    add(pairs, sides[0], sides[i], fold);
                    add(pairs, sides[i], sides[0], fold);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> otherSide = new HashMap<>();
        int longest = 0;
        for (Map.Entry<String, Set<String>> e : pairs.entrySet()) {
            otherSide.put(e.getKey(), List.copyOf(e.getValue()));
            longest = Math.max(longest, e.getKey().length());
        }
        return new RegionalVariants(Map.copyOf(otherSide), longest);
    }

    private static void add(Map<String, Set<String>> pairs, String from, String to, boolean fold) {
        String key = NormalizedText.normalize(from, fold);
        if (key.length() > 1 && !key.equals(NormalizedText.normalize(to, fold))) {
            pairs.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(to);
        }
    }

    /** How many phrases (of both sides) the table holds. */
    int size() {
        return otherSide.size();
    }

    /**
     * {@code normalized} (a query term normalised like the index) with its regional phrases replaced by the other
     * side's: one alternative per form of the other side, at most {@link #MAX_ALTERNATIVES}; empty when it has none.
     * {@code boundaries}: the offsets where a word of it starts or ends (0 and its length included).
     */
    List<String> alternatives(String normalized, Set<Integer> boundaries) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        List<List<String>> forms = new ArrayList<>();
        for (int at = 0; at < normalized.length(); ) {
            int end = boundaries.contains(at) ? phraseEnd(normalized, at, boundaries) : -1;
            if (end > 0) {
                starts.add(at);
                ends.add(end);
                forms.add(otherSide.get(normalized.substring(at, end)));
                at = end;
            } else {
                at += Character.charCount(normalized.codePointAt(at));
            }
        }
        if (forms.isEmpty()) {
            return List.of();
        }
        int variants = Math.min(
                MAX_ALTERNATIVES, forms.stream().mapToInt(List::size).max().orElse(1));
        Set<String> out = new LinkedHashSet<>();
        for (int k = 0; k < variants; k++) {
            StringBuilder spliced = new StringBuilder();
            int cursor = 0;
            for (int i = 0; i < forms.size(); i++) {
                List<String> f = forms.get(i);
                spliced.append(normalized, cursor, starts.get(i)).append(f.get(Math.min(k, f.size() - 1)));
                cursor = ends.get(i);
            }
            out.add(spliced.append(normalized, cursor, normalized.length()).toString());
        }
        return List.copyOf(out);
    }

    /** The end of the longest table phrase starting at {@code at} and ending on a boundary, or -1. */
    private int phraseEnd(String normalized, int at, Set<Integer> boundaries) {
        for (int end = Math.min(normalized.length(), at + longest); end > at + 1; end--) {
            if (boundaries.contains(end) && otherSide.containsKey(normalized.substring(at, end))) {
                return end;
            }
        }
        return -1;
    }
}
