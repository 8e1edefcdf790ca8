package org.zhsearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.LongToDoubleFunction;
import java.util.function.ToLongFunction;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.analysis.QuestionWords;
import org.zhsearch.api.Token;
import org.zhsearch.engine.Ranking;
import org.zhsearch.query.QueryNode;

/**
 * The relaxed form of a query, for related results when exact hits are few. Each unquoted term is segmented into
 * words (SmartChinese + user dictionary) and question and function words ({@link QuestionWords}) are dropped, so
 * 如何安装软件包 becomes 安装 软件包; quoted phrases stay whole. Each remaining word is still an exact substring
 * (its own recall leaf, synonyms included), so 输入法 still finds only 输入法.
 *
 * <p>A paragraph matches the relaxed query when it contains all the words or, when too few do, enough of them by
 * weight ({@link RelaxationLadder}: rare words count more than common ones, down to any one word). Engines rank it
 * by the weight of the words it contains, then their proximity, then relevance
 * ({@link org.zhsearch.engine.RelatedQuery}). Queries with OR or NOT are not relaxed: their author chose
 * the logic.
 */
final class Relaxation {
    /**
     * A query with more words than this is not relaxed: it is pasted text, not a question, and each word costs a
     * few engine clauses (a 256-character query could otherwise exceed Lucene's clause limit).
     */
    static final int MAX_WORDS = 12;

    private final List<String> words;
    private final List<QueryNode> leaves;
    /** Each word's {@link RelaxationLadder#weight}, or null before {@link #withoutAbsentWords}. */
    private final double[] weights;

    private Relaxation(List<String> words, List<QueryNode> leaves, double[] weights) {
        this.words = words;
        this.leaves = leaves;
        this.weights = weights;
    }

    /**
     * This relaxation weighed: each word by how many paragraphs of the index its leaf matches ({@code paragraphs},
     * then {@code weight}), and without the words no paragraph holds (they could only be missed). May be left
     * with no word.
     */
    Relaxation withoutAbsentWords(ToLongFunction<QueryNode> paragraphs, LongToDoubleFunction weight) {
        List<String> keptWords = new ArrayList<>();
        List<QueryNode> keptLeaves = new ArrayList<>();
        List<Double> keptWeights = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            double w = weight.applyAsDouble(paragraphs.applyAsLong(leaves.get(i)));
            if (w > 0) {
                keptWords.add(words.get(i));
                keptLeaves.add(leaves.get(i));
                keptWeights.add(w);
            }
        }
        return new Relaxation(
                List.copyOf(keptWords),
                List.copyOf(keptLeaves),
                keptWeights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The words' weights, in word order (after {@link #withoutAbsentWords}). */
    double[] weights() {
        return weights.clone();
    }

    /**
     * Per word, what its match scores when it is a lone character ({@link org.zhsearch.engine.RelatedQuery#characterScores()}): from how
     * many of the index's {@code total} paragraphs its leaf matches ({@code paragraphs}); 1 for other words, and
     * {@code total} is only asked when there is a lone character.
     */
    List<Float> characterScores(ToLongFunction<QueryNode> paragraphs, LongSupplier total) {
        List<Float> scores = new ArrayList<>();
        long all = -1;
        for (int i = 0; i < words.size(); i++) {
            if (!isLoneCharacter(words.get(i))) {
                scores.add(1f);
                continue;
            }
            all = all < 0 ? total.getAsLong() : all;
            scores.add(Ranking.oneOccurrence(paragraphs.applyAsLong(leaves.get(i)), all));
        }
        return scores;
    }

    /** Each word's weight as a share of the heaviest, in (0, 1]: its part of a related paragraph's word bonus. */
    List<Float> shares() {
        double heaviest = java.util.Arrays.stream(weights).max().orElse(1);
        return java.util.Arrays.stream(weights)
                .mapToObj(w -> (float) (w / heaviest))
                .toList();
    }

    /**
     * The relaxation of {@code tree}, or empty when the query cannot be relaxed (OR, NOT), relaxing changes
     * nothing (the query is one word) or it has more than {@link #MAX_WORDS} words. {@code frequency} counts the
     * paragraphs containing a text (see {@link #contentWords}). Several words that are already the query's terms still relax to "all
     * but one".
     */
    static Optional<Relaxation> of(QueryNode tree, Analysis analysis, ToLongFunction<String> frequency) {
        List<QueryNode> clauses = switch (tree) {
            case QueryNode.Term t -> List.of(t);
            case QueryNode.Phrase p -> List.of(p);
            case QueryNode.And and when and.excluded().isEmpty() -> and.clauses();
            default -> null;
        };
        if (clauses == null
                || clauses.stream().anyMatch(c -> c instanceof QueryNode.Or || c instanceof QueryNode.And)) {
            return Optional.empty();
        }
        QuestionWords questionWords = analysis.questionWords();
        Set<String> words = new LinkedHashSet<>();
        boolean changed = false;
        for (QueryNode clause : clauses) {
            if (clause instanceof QueryNode.Phrase p) {
                words.add(p.text());
                continue;
            }
            String term = ((QueryNode.Term) clause).text();
            List<String> kept = contentWords(term, analysis, frequency);
            if (kept.isEmpty()) {
                words.add(term); // nothing but question words: keep the term as typed
            } else {
                changed |=
                        kept.size() != 1 || !analysis.normalize(kept.getFirst()).equals(analysis.normalize(term));
                words.addAll(kept);
            }
        }
        if (!changed && words.size() == 1 || words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        List<String> kept = new ArrayList<>();
        List<QueryNode> leaves = new ArrayList<>();
        for (String w : words) {
            if (analysis.isSearchable(w)) { // a word with nothing searchable (punctuation) adds nothing
                leaves.add(Synonyms.expand(new QueryNode.Term(w), analysis));
                kept.add(w);
            }
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(new Relaxation(List.copyOf(kept), leaves, null));
    }

    /**
     * The words of {@code term} without question and function words. A lone character that SmartChinese cut off a
     * compound (输入|法, 软件|包, 已|安装) stays joined to an adjacent word, because a single character alone would
     * match almost anything: with words on both sides, to the side whose joined form is more frequent in the index
     * ({@code frequency}: 输入法 over 法x, 已安装 over 查看已). The joined word is the term's own text between the
     * two words' offsets, so it is still an exact substring of what was typed. Each word is returned as the
     * user typed it (traditional stays traditional).
     */
    static List<String> contentWords(String term, Analysis analysis, ToLongFunction<String> frequency) {
        QuestionWords questionWords = analysis.questionWords();
        List<Token> words = new ArrayList<>();
        for (Token w : analysis.tokens(term)) {
            if (!questionWords.contains(w.term())) {
                words.add(w);
            }
        }
        List<Token> joined = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Token w = words.get(i);
            Token before = null;
            Token after = null;
            if (isLoneCharacter(w) && !joined.isEmpty() && joined.getLast().end() == w.start()) {
                before = join(analysis, term, joined.getLast(), w);
            }
            if (isLoneCharacter(w) && i + 1 < words.size() && words.get(i + 1).start() == w.end()) {
                after = join(analysis, term, w, words.get(i + 1));
            }
            // a joined "word" no paragraph holds (照片调亮) would make the relaxed query find nothing: keep it split
            if (before != null && frequency.applyAsLong(before.term()) == 0) {
                before = null;
            }
            if (after != null && frequency.applyAsLong(after.term()) == 0) {
                after = null;
            }
            if (before != null && after != null) {
                if (frequency.applyAsLong(after.term()) > frequency.applyAsLong(before.term())) {
                    before = null;
                } else {
                    after = null;
                }
            }
            if (before != null) {
                joined.set(joined.size() - 1, before);
            } else if (after != null) {
                words.set(i + 1, after);
            } else {
                joined.add(w);
            }
        }
        // shown as typed (軟體 套件, not 软体 套件): searching and highlighting normalise them again
        return joined.stream().map(t -> term.substring(t.start(), t.end())).toList();
    }

    private static boolean isLoneCharacter(Token w) {
        return isLoneCharacter(w.term());
    }

    private static boolean isLoneCharacter(String word) {
        return word.codePointCount(0, word.length()) == 1;
    }

    private static Token join(Analysis analysis, String term, Token a, Token b) {
        return new Token(analysis.normalize(term.substring(a.start(), b.end())), a.start(), b.end(), a.position());
    }

    /** The relaxed query's words, in query order. */
    List<String> words() {
        return words;
    }

    /** One leaf per word, synonym alternatives spelled out, in query order. */
    List<QueryNode> leaves() {
        return leaves;
    }

    /** A query tree of the words, for highlighting related hits. */
    QueryNode asTree() {
        List<QueryNode> terms =
                words.stream().<QueryNode>map(QueryNode.Term::new).toList();
        return terms.size() == 1 ? terms.getFirst() : new QueryNode.And(terms, List.of());
    }
}
