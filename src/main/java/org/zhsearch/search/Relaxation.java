package org.zhsearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.zhsearch.analysis.NormalizedText;
import org.zhsearch.analysis.QuestionWords;
import org.zhsearch.analysis.ZhAnalyzers;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.index.Fields;
import org.zhsearch.query.QueryNode;

/**
 * The relaxed form of a query, for related results when exact hits are few. Each unquoted term is segmented into
 * words (SmartChinese + user dictionary) and question and function words ({@link QuestionWords}) are dropped, so
 * 如何安装软件包 becomes 安装 软件包; quoted phrases stay whole. Each remaining word is still an exact substring
 * (its own recall leaf, synonyms included), so 输入法 still finds only 输入法.
 *
 * <p>A paragraph matches the relaxed query when it contains all the words or, when too few do, all but one
 * ({@link #minimumShouldMatch}). It ranks by how many words it contains ({@link #WORD_BONUS} each, far above any
 * BM25 difference), then their proximity (a sloppy phrase of the words), then BM25 and the {@link RankingPriors}.
 * Queries with OR or NOT are not relaxed: their author chose the logic.
 */
final class Relaxation {
    /** Per relaxed word a paragraph contains: dominates the ranking so more words always rank first. */
    static final float WORD_BONUS = 20f;
    /** For all words close together, in order (slop {@link #PROXIMITY_SLOP} on the words field). */
    static final float PROXIMITY_BONUS = 4f;
    static final int PROXIMITY_SLOP = 6;
    /**
     * A query with more words than this is not relaxed: it is pasted text, not a question, and each word costs a
     * few Lucene clauses (a 256-character query could otherwise exceed Lucene's clause limit).
     */
    static final int MAX_WORDS = 12;

    private final List<String> words;
    private final List<LuceneQueryMapper.Mapped> leaves;

    private Relaxation(List<String> words, List<LuceneQueryMapper.Mapped> leaves) {
        this.words = words;
        this.leaves = leaves;
    }

    /**
     * The relaxation of {@code tree}, or empty when the query cannot be relaxed (OR, NOT), relaxing changes
     * nothing (the query is one word) or it has more than {@link #MAX_WORDS} words. {@code frequency} counts the
     * paragraphs containing a text (see {@link #contentWords}). Several words that are already the query's terms still relax to "all
     * but one".
     */
    static Optional<Relaxation> of(QueryNode tree, ToLongFunction<String> frequency) {
        List<QueryNode> clauses = switch (tree) {
            case QueryNode.Term t -> List.of(t);
            case QueryNode.Phrase p -> List.of(p);
            case QueryNode.And and when and.excluded().isEmpty() -> and.clauses();
            default -> null;
        };
        if (clauses == null || clauses.stream().anyMatch(c -> c instanceof QueryNode.Or || c instanceof QueryNode.And)) {
            return Optional.empty();
        }
        QuestionWords questionWords = ZhAnalyzers.questionWords();
        Set<String> words = new LinkedHashSet<>();
        boolean changed = false;
        for (QueryNode clause : clauses) {
            if (clause instanceof QueryNode.Phrase p) {
                words.add(p.text());
                continue;
            }
            String term = ((QueryNode.Term) clause).text();
            List<String> kept = contentWords(term, questionWords, frequency);
            if (kept.isEmpty()) {
                words.add(term); // nothing but question words: keep the term as typed
            } else {
                changed |= kept.size() != 1 || !kept.getFirst().equals(NormalizedText.normalize(term));
                words.addAll(kept);
            }
        }
        if (!changed && words.size() == 1 || words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        List<String> kept = new ArrayList<>();
        List<LuceneQueryMapper.Mapped> leaves = new ArrayList<>();
        for (String w : words) {
            try {
                leaves.add(LuceneQueryMapper.leaf(w));
                kept.add(w);
            } catch (InvalidQueryException e) {
                // a word with nothing searchable (punctuation) adds nothing
            }
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(new Relaxation(List.copyOf(kept), leaves));
    }

    /**
     * The words of {@code term} without question and function words. A lone character that SmartChinese cut off a
     * compound (输入|法, 软件|包, 已|安装) stays joined to an adjacent word, because a single character alone would
     * match almost anything: with words on both sides, to the side whose joined form is more frequent in the index
     * ({@code frequency}: 输入法 over 法x, 已安装 over 查看已). The joined word is the term's own text between the
     * two words' offsets, so it is still an exact substring of what was typed.
     */
    static List<String> contentWords(String term, QuestionWords questionWords, ToLongFunction<String> frequency) {
        List<LuceneQueryMapper.Word> words = new ArrayList<>();
        for (LuceneQueryMapper.Word w : LuceneQueryMapper.words(term)) {
            if (!questionWords.contains(w.term())) {
                words.add(w);
            }
        }
        List<LuceneQueryMapper.Word> joined = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            LuceneQueryMapper.Word w = words.get(i);
            LuceneQueryMapper.Word before = null;
            LuceneQueryMapper.Word after = null;
            if (isLoneCharacter(w) && !joined.isEmpty() && joined.getLast().end() == w.start()) {
                before = join(term, joined.getLast(), w);
            }
            if (isLoneCharacter(w) && i + 1 < words.size() && words.get(i + 1).start() == w.end()) {
                after = join(term, w, words.get(i + 1));
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
        return joined.stream().map(LuceneQueryMapper.Word::term).toList();
    }

    private static boolean isLoneCharacter(LuceneQueryMapper.Word w) {
        return w.term().codePointCount(0, w.term().length()) == 1;
    }

    private static LuceneQueryMapper.Word join(String term, LuceneQueryMapper.Word a, LuceneQueryMapper.Word b) {
        return new LuceneQueryMapper.Word(NormalizedText.normalize(term.substring(a.start(), b.end())), a.position(),
                a.start(), b.end());
    }

    /** The relaxed query's words, in query order. */
    List<String> words() {
        return words;
    }

    /** A paragraph containing every word. */
    Query allWords() {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        leaves.forEach(l -> b.add(l.matchOnly(), Occur.FILTER));
        return b.build();
    }

    /** All words; all but one when {@code allWordsCount} is short of {@code wanted} and there are several words. */
    int minimumShouldMatch(long allWordsCount, int wanted) {
        return allWordsCount >= wanted || words.size() == 1 ? words.size() : words.size() - 1;
    }

    /** The ranked relaxed query: at least {@code minimumShouldMatch} words, none of the {@code excluded} matches. */
    Query scored(int minimumShouldMatch, Query excluded) {
        BooleanQuery.Builder anyWords = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minimumShouldMatch);
        for (LuceneQueryMapper.Mapped leaf : leaves) {
            anyWords.add(new BooleanQuery.Builder()
                    .add(leaf.scored(), Occur.MUST)
                    .add(new BoostQuery(new ConstantScoreQuery(leaf.matchOnly()), WORD_BONUS), Occur.SHOULD)
                    .build(), Occur.SHOULD);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(anyWords.build(), Occur.MUST)
                .add(excluded, Occur.MUST_NOT);
        Query proximity = proximity();
        if (proximity != null) {
            b.add(new BoostQuery(new ConstantScoreQuery(proximity), PROXIMITY_BONUS), Occur.SHOULD);
        }
        return RankingPriors.around(b.build(), words);
    }

    /** The match-only form of {@link #scored}, for counting. */
    Query matchOnly(int minimumShouldMatch, Query excluded) {
        BooleanQuery.Builder anyWords = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minimumShouldMatch);
        leaves.forEach(l -> anyWords.add(l.matchOnly(), Occur.SHOULD));
        return new BooleanQuery.Builder().add(anyWords.build(), Occur.MUST).add(excluded, Occur.MUST_NOT).build();
    }

    /** The words' tokens as one sloppy phrase on the words field, or null for a single word. */
    private Query proximity() {
        if (words.size() < 2) {
            return null;
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(PROXIMITY_SLOP);
        int position = 0;
        for (String w : words) {
            for (String token : LuceneQueryMapper.wordsOf(w)) {
                phrase.add(new Term(Fields.WORDS, token), position++);
            }
        }
        return phrase.build();
    }

    /** A query tree of the words, for highlighting related hits. */
    QueryNode asTree() {
        List<QueryNode> terms = words.stream().<QueryNode>map(QueryNode.Term::new).toList();
        return terms.size() == 1 ? terms.getFirst() : new QueryNode.And(terms, List.of());
    }
}
