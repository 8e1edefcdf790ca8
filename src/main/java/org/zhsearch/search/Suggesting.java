package org.zhsearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.analysis.NormalizedText;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.api.Token;
import org.zhsearch.engine.Engine;
import org.zhsearch.engine.EngineQuery;
import org.zhsearch.engine.EngineSnapshot;
import org.zhsearch.engine.KeywordKind;
import org.zhsearch.engine.SampledParagraph;
import org.zhsearch.pinyin.PinyinQuery;
import org.zhsearch.pinyin.PinyinText;
import org.zhsearch.query.QueryNode;

/**
 * Completions of what is being typed in the search box, engine-neutral: whole words and titles, never fragments.
 * <ol>
 *   <li>Words: in the {@link #SAMPLE} best paragraphs containing the prefix — as Chinese text, or spelled by
 *       Latin letters in pinyin (full, initials, a begun last syllable: {@code beif}, {@code bf} → 备份) — the text
 *       from a word start where the prefix begins to the end of the word where it ends (Chinese text that is itself
 *       whole words runs on into a next word of two or more characters: 乡村 → 乡村振兴, never 备份的). A match
 *       starting inside a word is no completion (备 in 准备号 gives nothing), which is what keeps fragments out.
 *       Most frequent first.</li>
 *   <li>Article titles, then section headings, that start with the prefix (by how many paragraphs carry them);
 *       for pinyin, the titles of the sampled paragraphs whose first characters it spells.</li>
 * </ol>
 */
public final class Suggesting {
    /** Best paragraphs an engine returns for the prefix to learn which words it begins. */
    public static final int SAMPLE = 100;
    /** Title and section values an engine examines after the prefix. */
    public static final int KEYWORD_SCAN = 200;
    /** Longest completion, in characters beyond the matched text. */
    static final int MAX_EXTENSION = 8;

    private Suggesting() {}

    /** A completion and how often it was seen. */
    public record Candidate(String text, long count) {}

    /** Completions of {@code prefix}, best first, at most {@code limit}; all read from one engine snapshot. */
    public static List<String> suggest(Engine engine, Analysis analysis, String prefix, int limit) {
        String p = prefix.strip();
        if (p.isEmpty()) {
            return List.of();
        }
        return engine.read(snapshot -> suggest(snapshot, analysis, p, limit));
    }

    private static List<String> suggest(EngineSnapshot snapshot, Analysis analysis, String p, int limit) {
        Map<String, Long> pinyinTitles = new HashMap<>();
        Set<String> out = new LinkedHashSet<>(words(snapshot, analysis, p, pinyinTitles));
        out.addAll(keywords(snapshot, KeywordKind.TITLE, p));
        List<Candidate> titles = new ArrayList<>();
        pinyinTitles.forEach((title, n) -> titles.add(new Candidate(title, n)));
        out.addAll(sorted(titles));
        out.addAll(keywords(snapshot, KeywordKind.SECTION, p));
        out.remove(p);
        return out.stream().limit(limit).toList();
    }

    private static List<String> words(EngineSnapshot snapshot, Analysis analysis, String p, Map<String, Long> titles) {
        Map<String, Long> counts = new HashMap<>();
        if (analysis.isSearchable(p)) {
            try {
                for (SampledParagraph sp :
                        snapshot.sample(new EngineQuery(new QueryNode.Term(p), List.of(), analysis), SAMPLE)) {
                    literalWords(analysis, sp.text(), p, counts);
                }
            } catch (InvalidQueryException nothingSearchable) {
                // punctuation only: no words to complete
            }
        }
        List<List<String>> sequences = PinyinQuery.completions(p);
        if (!sequences.isEmpty()) {
            QueryNode pinyin = new QueryNode.Pinyin(p, sequences);
            Map<String, Boolean> spelledTitles = new HashMap<>(); // paragraphs of one article share its title
            for (SampledParagraph sp : snapshot.sample(new EngineQuery(pinyin, List.of(), analysis), SAMPLE)) {
                pinyinWords(analysis, sp.text(), sequences, counts);
                if (sp.title() != null
                        && spelledTitles.computeIfAbsent(sp.title(), t -> spelledFromStart(analysis, t, sequences))) {
                    titles.merge(sp.title(), 1L, Long::sum);
                }
            }
        }
        List<Candidate> found = new ArrayList<>();
        counts.forEach((text, count) -> found.add(new Candidate(text, count)));
        return sorted(found);
    }

    /** Whether a pinyin sequence spells the first characters of {@code title}. */
    private static boolean spelledFromStart(Analysis analysis, String title, List<List<String>> sequences) {
        List<PinyinText.Reading> readings = analysis.readings(title);
        if (readings.isEmpty() || readings.getFirst().start() != 0) {
            return false;
        }
        return sequences.stream().anyMatch(s -> Highlighter.pinyinMatchEnd(readings, 0, s) >= 0);
    }

    private static List<String> keywords(EngineSnapshot snapshot, KeywordKind kind, String prefix) {
        List<Candidate> found = new ArrayList<>();
        snapshot.keywordsStartingWith(kind, prefix, KEYWORD_SCAN).forEach((k, n) -> found.add(new Candidate(k, n)));
        return sorted(found);
    }

    /** Where the normalised prefix occurs at a word start: the whole words from there. */
    private static void literalWords(Analysis analysis, String text, String prefix, Map<String, Long> counts) {
        String needle = analysis.normalize(prefix);
        NormalizedText nt = analysis.normalized(text);
        List<Token> words = analysis.tokens(text);
        for (int at = nt.normalized().indexOf(needle);
                at >= 0;
                at = nt.normalized().indexOf(needle, at + 1)) {
            completion(text, words, nt.originalStart(at), nt.originalEnd(at + needle.length() - 1), true)
                    .ifPresent(c -> counts.merge(c, 1L, Long::sum));
        }
    }

    /** Where a pinyin sequence spells characters starting at a word start: the whole words from there. */
    private static void pinyinWords(
            Analysis analysis, String text, List<List<String>> sequences, Map<String, Long> counts) {
        List<Token> words = analysis.tokens(text);
        List<PinyinText.Reading> readings = PinyinText.of(words, analysis.pinyin());
        for (int i = 0; i < readings.size(); i++) {
            for (List<String> sequence : sequences) {
                int end = Highlighter.pinyinMatchEnd(readings, i, sequence);
                if (end >= 0) {
                    completion(
                                    text,
                                    words,
                                    readings.get(i).start(),
                                    readings.get(end).end(),
                                    false)
                            .ifPresent(c -> counts.merge(c, 1L, Long::sum));
                    break;
                }
            }
        }
    }

    /**
     * The completion of a match of {@code [start, end)}: from {@code start}, which must begin a word, to the end
     * of the word holding {@code end - 1}; with {@code runOn}, when that is {@code end} (the match is whole words),
     * on to the end of the next word if it follows directly and has two or more characters (a one-character word
     * after a whole word is mostly a particle: 备份的, 安装和). Empty when the match starts inside a word.
     */
    static java.util.Optional<String> completion(String text, List<Token> words, int start, int end, boolean runOn) {
        int first = -1;
        for (int w = 0; w < words.size(); w++) {
            if (words.get(w).start() == start) {
                first = w;
                break;
            }
        }
        if (first < 0) {
            return java.util.Optional.empty();
        }
        int last = first;
        while (last < words.size() && words.get(last).end() < end) {
            last++;
        }
        if (last == words.size()) {
            return java.util.Optional.empty();
        }
        int stop = words.get(last).end();
        if (runOn
                && stop == end
                && last + 1 < words.size()
                && words.get(last + 1).start() == end
                && words.get(last + 1).term().length() > 1) {
            stop = words.get(last + 1).end(); // the prefix is whole words: complete it with the next one
        }
        if (stop - end > MAX_EXTENSION) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(text.substring(start, stop));
    }

    /** Most frequent first, then shorter, then alphabetical. */
    static List<String> sorted(List<Candidate> found) {
        List<Candidate> copy = new ArrayList<>(found);
        copy.sort(Comparator.comparingLong((Candidate c) -> -c.count())
                .thenComparingInt(c -> c.text().length())
                .thenComparing(Candidate::text));
        return copy.stream().map(Candidate::text).toList();
    }
}
