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
import org.zhsearch.query.QueryNode;
import org.zhsearch.vocabulary.Vocabulary;
import org.zhsearch.vocabulary.WordRuns;

/**
 * Completions of what is being typed in the search box, engine-neutral: whole words and titles, never fragments,
 * in the script the prefix is typed in ({@link TypedScript}).
 * <ol>
 *   <li>Words: in the {@link #SAMPLE} best paragraphs containing the prefix as Chinese text, the text from a word
 *       start where the prefix begins to the end of the word where it ends (Chinese text that is itself whole words
 *       runs on into a next word of two or more characters that is no function word: 乡村 → 乡村振兴, never 备份的
 *       or 备份整个); a match starting inside a word is no completion (备 in 准备 gives nothing), which keeps
 *       fragments out. Most frequent first; then the index's words that begin with the prefix
 *       ({@link Vocabulary#startingWith}).</li>
 *   <li>Pinyin (full, initials, a begun or still growing last syllable: {@code beif}, {@code bf}, {@code chongqin}):
 *       the index's words, or runs of words, that the letters spell ({@link WordRuns}), most frequent first; then
 *       such a run with the next word of the sampled paragraphs (as above).</li>
 *   <li>Article titles, then section headings, that start with the prefix (titles by how many articles carry them,
 *       headings by how many paragraphs);
 *       for pinyin, the titles of the sampled paragraphs whose first words it spells.</li>
 * </ol>
 */
public final class Suggesting {
    /** Best paragraphs an engine returns for the prefix to learn which words it begins. */
    public static final int SAMPLE = 100;
    /** Title and section values an engine examines after the prefix. */
    public static final int KEYWORD_SCAN = 200;
    /** Longest completion, in characters beyond the matched text. */
    static final int MAX_EXTENSION = 8;
    /** Words of the vocabulary that begin a Chinese prefix, offered at most. */
    static final int VOCABULARY_WORDS = 32;

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
        Set<String> found = new LinkedHashSet<>(words(snapshot, analysis, p, pinyinTitles));
        found.addAll(keywords(snapshot, KeywordKind.TITLE, p));
        List<Candidate> titles = new ArrayList<>();
        pinyinTitles.forEach((title, n) -> titles.add(new Candidate(title, n)));
        found.addAll(sorted(titles));
        found.addAll(keywords(snapshot, KeywordKind.SECTION, p));
        TypedScript script = TypedScript.of(p);
        Set<String> out = new LinkedHashSet<>();
        found.forEach(s -> out.add(script.write(s)));
        out.remove(p);
        return out.stream().limit(limit).toList();
    }

    private static List<String> words(EngineSnapshot snapshot, Analysis analysis, String p, Map<String, Long> titles) {
        List<String> out = new ArrayList<>();
        if (analysis.isSearchable(p)) {
            Map<String, Long> counts = new HashMap<>();
            try {
                for (SampledParagraph sp :
                        snapshot.sample(new EngineQuery(new QueryNode.Term(p), List.of(), analysis), SAMPLE)) {
                    literalWords(analysis, sp.text(), p, counts);
                }
            } catch (InvalidQueryException nothingSearchable) {
                // punctuation only: no words to complete
            }
            out.addAll(sorted(counts));
            String norm = analysis.normalize(p);
            if (Character.isIdeographic(norm.codePointAt(0))) {
                snapshot.vocabulary().startingWith(norm, VOCABULARY_WORDS).forEach(w -> out.add(w.text()));
            }
        }
        List<List<String>> sequences = PinyinQuery.completions(p);
        if (!sequences.isEmpty()) {
            List<List<String>> runs = WordRuns.completing(snapshot.vocabulary().pinyin(analysis.pinyin()), sequences);
            runs.stream().filter(run -> run.size() == 1).forEach(run -> out.add(run.getFirst()));
            if (!runs.isEmpty()) {
                out.addAll(pinyinRunOns(snapshot, analysis, p, runs, titles));
            }
        }
        return out;
    }

    /**
     * In the paragraphs pinyin finds, the runs of several words as they occur there (a run of words is only offered
     * where the text has it) and each run followed by the next word (a content word of two or more characters),
     * never ending in a function word; and the titles of those paragraphs' articles that begin with a run, into
     * {@code titles}.
     */
    private static List<String> pinyinRunOns(
            EngineSnapshot snapshot, Analysis analysis, String p, List<List<String>> runs, Map<String, Long> titles) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, Boolean> spelledTitles = new HashMap<>(); // paragraphs of one article share its title
        QueryNode pinyin = new QueryNode.Pinyin(p, runs);
        for (SampledParagraph sp : snapshot.sample(new EngineQuery(pinyin, List.of(), analysis), SAMPLE)) {
            List<Token> words = analysis.tokens(sp.text());
            for (int i = 0; i < words.size(); i++) {
                for (List<String> run : runs) {
                    int last = Highlighter.runEnd(words, i, run);
                    if (last >= 0) {
                        int start = words.get(i).start();
                        int end = words.get(last).end();
                        if (run.size() > 1 && !FunctionWords.contains(run.getFirst())) { // not 的明显
                            completion(sp.text(), words, start, end, false)
                                    .ifPresent(c -> counts.merge(c, 1L, Long::sum));
                        }
                        completion(sp.text(), words, start, end, true)
                                .filter(c -> c.length() > end - start && !FunctionWords.contains(run.getFirst()))
                                .ifPresent(c -> counts.merge(c, 1L, Long::sum));
                        break;
                    }
                }
            }
            if (sp.title() != null
                    && spelledTitles.computeIfAbsent(sp.title(), t -> startsWithRun(analysis.tokens(t), runs))) {
                titles.merge(sp.title(), 1L, Long::sum);
            }
        }
        return sorted(counts);
    }

    private static boolean startsWithRun(List<Token> words, List<List<String>> runs) {
        return !words.isEmpty()
                && words.getFirst().start() == 0
                && runs.stream().anyMatch(run -> Highlighter.runEnd(words, 0, run) >= 0);
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

    /**
     * The completion of a match of {@code [start, end)}: from {@code start}, which must begin a word, to the end
     * of the word holding {@code end - 1}; with {@code runOn}, when that is {@code end} (the match is whole words),
     * on to the end of the next word if it follows directly, has two or more characters (a one-character word
     * after a whole word is mostly a particle: 备份的, 安装和) and is no {@link FunctionWords function word}. Empty
     * when the match starts inside a word or would end in a function word.
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
        if (last > first && FunctionWords.contains(words.get(last).term())) {
            return java.util.Optional.empty(); // ends in a function word: a run-on nobody types
        }
        int stop = words.get(last).end();
        if (runOn
                && stop == end
                && last + 1 < words.size()
                && words.get(last + 1).start() == end
                && words.get(last + 1).term().length() > 1
                && !FunctionWords.contains(words.get(last + 1).term())) {
            stop = words.get(last + 1).end(); // the prefix is whole words: complete it with the next one
        }
        if (stop - end > MAX_EXTENSION) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(text.substring(start, stop));
    }

    private static List<String> sorted(Map<String, Long> counts) {
        List<Candidate> found = new ArrayList<>();
        counts.forEach((text, count) -> found.add(new Candidate(text, count)));
        return sorted(found);
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
