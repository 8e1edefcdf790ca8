package org.zhsearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.zhsearch.pinyin.PinyinQuery;
import org.zhsearch.query.QueryNode;
import org.zhsearch.vocabulary.PinyinWords;
import org.zhsearch.vocabulary.WordRuns;

/**
 * Lets Latin letters also find the Chinese text they spell in pinyin ({@code beifen} 备份, {@code ztjy} 主题教育,
 * {@code bei fen}, {@code xi'an}). A query made only of such letters is read as one pinyin string, its spaces as
 * syllable boundaries; in a mixed query each such term is read on its own, an excluded one ({@code -beifen}) too, so
 * it excludes what it would find. Quoted phrases stay exact.
 *
 * <p>The letters find whole words of the index only, or runs of whole words, by its own cut ({@link WordRuns}):
 * {@code zhongguo} finds 中国, never 种过 inside 一种|过程.
 *
 * <p>Where the letters are no word of the index, every reading is tried (full pinyin, initials, a begun last
 * syllable). Where they are (python, iptables, cd), the word keeps all its hits, ranked first, and only a short
 * reading as initials is added ({@code cd}: 长度, 重大 …; {@code python}: nothing) — whole syllables would turn
 * {@code man} into every 满, 慢 and 漫.
 */
final class PinyinAlternatives {
    /** Latin terms of one query read as pinyin at most (each costs a count and up to 32 phrase queries). */
    static final int MAX_TERMS = 8;

    private PinyinAlternatives() {}

    /**
     * {@code tree} with pinyin alternatives, or {@code tree} itself when nothing reads as pinyin.
     *
     * @param absent whether a query tree matches no paragraph of the index
     * @param words  the index's words by reading (read only when a term looks like pinyin)
     */
    static QueryNode add(QueryNode tree, Predicate<QueryNode> absent, Supplier<PinyinWords> words) {
        List<QueryNode.Term> latin = allLatinTerms(tree);
        if (latin != null) {
            String typed =
                    String.join(" ", latin.stream().map(QueryNode.Term::text).toList());
            return withPinyin(tree, typed, absent, words);
        }
        return add(tree, absent, words, new int[] {MAX_TERMS});
    }

    private static QueryNode add(
            QueryNode tree, Predicate<QueryNode> absent, Supplier<PinyinWords> words, int[] budget) {
        return switch (tree) {
            case QueryNode.Term t
            when PinyinQuery.looksLikePinyin(t.text()) && budget[0]-- > 0 -> withPinyin(t, t.text(), absent, words);
            // an excluded term reads as pinyin too: -beifen must drop the 备份 paragraphs beifen would find
            case QueryNode.And and ->
                new QueryNode.And(
                        and.clauses().stream()
                                .map(c -> add(c, absent, words, budget))
                                .toList(),
                        and.excluded().stream()
                                .map(c -> add(c, absent, words, budget))
                                .toList());
            case QueryNode.Or or ->
                new QueryNode.Or(or.clauses().stream()
                        .map(c -> add(c, absent, words, budget))
                        .toList());
            default -> tree;
        };
    }

    private static QueryNode withPinyin(
            QueryNode literal, String typed, Predicate<QueryNode> absent, Supplier<PinyinWords> words) {
        List<List<String>> sequences = PinyinQuery.sequences(typed);
        if (sequences.isEmpty()) {
            return literal;
        }
        if (!absent.test(literal)) {
            sequences = PinyinQuery.initials(typed);
            if (sequences.isEmpty()) {
                return literal;
            }
        }
        List<List<String>> runs = WordRuns.of(words.get(), sequences);
        return runs.isEmpty() ? literal : new QueryNode.Or(List.of(literal, new QueryNode.Pinyin(typed, runs)));
    }

    /**
     * Whether a paragraph matched the letters of every pinyin alternative as themselves: each letter word of each
     * one occurs in {@code normalized} (the paragraph normalised) as a whole word. Else it matched by pinyin.
     */
    static boolean spelledLiterally(QueryNode tree, String normalized) {
        List<String> typed = new ArrayList<>();
        collectTyped(tree, typed);
        for (String t : typed) {
            for (String word : t.toLowerCase(Locale.ROOT).split("[\\s']+")) {
                if (!containsWord(normalized, word)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void collectTyped(QueryNode node, List<String> out) {
        switch (node) {
            case QueryNode.Pinyin p -> out.add(p.typed());
            case QueryNode.And and -> and.clauses().forEach(c -> collectTyped(c, out));
            case QueryNode.Or or -> or.clauses().forEach(c -> collectTyped(c, out));
            default -> {}
        }
    }

    /** Whether {@code word} occurs in {@code text} as the index matches a Latin word: whole, as highlighted. */
    private static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (Highlighter.wholeWordWhereLatin(text, at, at + word.length())) {
                return true;
            }
        }
        return false;
    }

    /** The terms of a query that is nothing but Latin-letter terms (one, or ANDed), else null. */
    private static List<QueryNode.Term> allLatinTerms(QueryNode tree) {
        List<QueryNode> clauses = switch (tree) {
            case QueryNode.Term t -> List.of(t);
            case QueryNode.And and when and.excluded().isEmpty() -> and.clauses();
            default -> List.of();
        };
        if (clauses.isEmpty()) {
            return null;
        }
        for (QueryNode c : clauses) {
            if (!(c instanceof QueryNode.Term t) || !PinyinQuery.looksLikePinyin(t.text())) {
                return null;
            }
        }
        return clauses.stream().map(QueryNode.Term.class::cast).toList();
    }
}
