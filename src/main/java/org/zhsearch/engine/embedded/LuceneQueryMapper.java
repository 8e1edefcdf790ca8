package org.zhsearch.engine.embedded;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Token;
import org.zhsearch.schema.Fields;
import org.zhsearch.engine.EngineQuery;
import org.zhsearch.engine.Ranking;
import org.zhsearch.engine.RelatedQuery;
import org.zhsearch.query.QueryNode;

/**
 * Maps an {@link EngineQuery} or a {@link RelatedQuery} to Lucene queries — the only place that knows how our query
 * language becomes Lucene. Synonym alternatives arrive already spelled out as {@code Or} clauses of the tree.
 *
 * <p>Every term or phrase becomes {@code MUST(recall) SHOULD(words)}:
 * <ul>
 *   <li>recall, on {@link Fields#CHARS}: one CJK character → its unigram; two → their bigram; n ≥ 3 → a phrase of
 *       the n−1 overlapping bigrams at consecutive positions; Latin/digit words → the word at its position. Built
 *       by hand, not with Lucene's QueryParser, which would also accept all-unigram alternatives that match across
 *       punctuation. This clause decides <em>whether</em> a paragraph matches: exactly the paragraphs containing
 *       the term as a contiguous substring of their normalised text.</li>
 *   <li>words, on {@link Fields#WORDS}: the SmartChinese words of the term (user dictionary words merged) as a
 *       phrase. Optional: it only adds score where the term lines up with word boundaries, so {@code 表达} ranks
 *       {@code 表达|意见} above {@code 表达式}.</li>
 * </ul>
 * Both analyse the term with the index's own chains ({@link Analysis}), so traditional characters fold to
 * simplified ones on both sides. A synonym alternative is a complete leaf of its own: {@code 新冠} is
 * {@code (recall(新冠) words(新冠)) OR (recall(新型冠状病毒) words(新型冠状病毒))}, so recall stays exact for each form.
 * Every match also gets the role, length and title priors of {@link RankingPriors}.
 *
 * <p>A related query ({@link RelatedQuery}) ranks by the number of words a paragraph contains
 * ({@link #WORD_BONUS} each, far above any BM25 difference), then their proximity (a sloppy phrase of the words),
 * then BM25 and the priors.
 */
final class LuceneQueryMapper {

    private final Analysis analysis;

    LuceneQueryMapper(Analysis analysis) {
        this.analysis = analysis;
    }

    /**
     * The two Lucene queries of a search, built in one pass so each term is analysed once: {@code scored} ranks
     * (recall, words and the heading bonus); {@code matchOnly} has the same matches without any scoring-only clause
     * (no words, no heading bonus) and is what the exact total is counted with — a single term is then one
     * TermQuery, which Lucene counts from the term dictionary.
     */
    record Mapped(Query scored, Query matchOnly) {
    }

    /** The queries for {@code query}; the scored one includes the {@link RankingPriors}. */
    static Mapped map(EngineQuery query) {
        LuceneQueryMapper mapper = new LuceneQueryMapper(query.analysis());
        Mapped match = mapper.toLucene(query.match());
        return new Mapped(RankingPriors.around(match.scored(), query.priorTerms(), mapper::wordsOf),
                match.matchOnly());
    }

    /**
     * The related query: at least {@code minimumShouldMatch} words, none of the excluded matches; the scored form
     * ranks by words contained, proximity, BM25 and priors, the match-only form counts.
     */
    static Mapped map(RelatedQuery query) {
        LuceneQueryMapper mapper = new LuceneQueryMapper(query.analysis());
        Query excluded = mapper.toLucene(query.excluded()).matchOnly();
        BooleanQuery.Builder scoredWords = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(query.minimumShouldMatch());
        BooleanQuery.Builder matchWords = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(query.minimumShouldMatch());
        for (QueryNode leaf : query.leaves()) {
            Mapped m = mapper.toLucene(leaf);
            scoredWords.add(new BooleanQuery.Builder()
                    .add(m.scored(), Occur.MUST)
                    .add(new BoostQuery(new ConstantScoreQuery(m.matchOnly()), Ranking.WORD_BONUS), Occur.SHOULD)
                    .build(), Occur.SHOULD);
            matchWords.add(m.matchOnly(), Occur.SHOULD);
        }
        BooleanQuery.Builder scored = new BooleanQuery.Builder().add(scoredWords.build(), Occur.MUST)
                .add(excluded, Occur.MUST_NOT);
        Query proximity = mapper.proximity(query.words());
        if (proximity != null) {
            scored.add(new BoostQuery(new ConstantScoreQuery(proximity), Ranking.PROXIMITY_BONUS), Occur.SHOULD);
        }
        Query matchOnly = new BooleanQuery.Builder().add(matchWords.build(), Occur.MUST)
                .add(excluded, Occur.MUST_NOT).build();
        return new Mapped(RankingPriors.around(scored.build(), query.words(), mapper::wordsOf), matchOnly);
    }

    /** The words' tokens as one sloppy phrase on the words field, or null for a single word. */
    private Query proximity(List<String> words) {
        if (words.size() < 2) {
            return null;
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(Ranking.PROXIMITY_SLOP);
        int position = 0;
        for (String w : words) {
            for (String token : wordsOf(w)) {
                phrase.add(new Term(Fields.WORDS, token), position++);
            }
        }
        return phrase.build();
    }

    /** The SmartChinese words of {@code text} (user dictionary words merged), in order. */
    List<String> wordsOf(String text) {
        return analysis.tokens(text).stream().map(Token::term).toList();
    }

    private Mapped toLucene(QueryNode node) {
        return switch (node) {
            case QueryNode.Term t -> exactLeaf(t.text());
            case QueryNode.Phrase p -> exactLeaf(p.text());
            case QueryNode.And and -> {
                Both b = new Both();
                and.clauses().forEach(c -> b.add(toLucene(c), Occur.MUST));
                and.excluded().forEach(c -> b.add(toLucene(c), Occur.MUST_NOT));
                yield b.build();
            }
            case QueryNode.Or or -> {
                Both b = new Both();
                boolean pinyinBeside = or.clauses().stream().anyMatch(c -> c instanceof QueryNode.Pinyin);
                for (QueryNode c : or.clauses()) {
                    Mapped m = toLucene(c);
                    if (pinyinBeside && !(c instanceof QueryNode.Pinyin)) { // the letters as written rank first
                        m = new Mapped(new BooleanQuery.Builder().add(m.scored(), Occur.MUST).add(new BoostQuery(
                                new ConstantScoreQuery(m.matchOnly()), Ranking.LITERAL_BONUS), Occur.SHOULD).build(),
                                m.matchOnly());
                    }
                    b.add(m, Occur.SHOULD);
                }
                yield b.build();
            }
            case QueryNode.Pinyin pinyin -> {
                Query match = pinyinQuery(pinyin);
                yield new Mapped(new BoostQuery(match, Ranking.PINYIN_WEIGHT), match);
            }
        };
    }

    /** A boolean query built clause by clause for both {@link Mapped} queries at once. */
    private static final class Both {
        private final BooleanQuery.Builder scored = new BooleanQuery.Builder();
        private final BooleanQuery.Builder matchOnly = new BooleanQuery.Builder();

        void add(Mapped clause, Occur occur) {
            scored.add(clause.scored(), occur);
            matchOnly.add(clause.matchOnly(), occur);
        }

        Mapped build() {
            return new Mapped(scored.build(), matchOnly.build());
        }
    }

    private Mapped exactLeaf(String text) {
        Query recall = recallQuery(text);
        Query words = wordsQuery(text);
        if (words == null) {
            return new Mapped(recall, recall);
        }
        Query scored = new BooleanQuery.Builder()
                .add(recall, Occur.MUST)
                .add(new BoostQuery(words, Ranking.WORDS_BOOST), Occur.SHOULD)
                .build();
        return new Mapped(scored, recall);
    }

    /** Exact-substring query on the character field (see class comment). */
    Query recallQuery(String text) {
        List<Analysis.Unit> units = analysis.requireRecallUnits(text);
        if (units.size() == 1) {
            return new TermQuery(new Term(Fields.CHARS, units.getFirst().term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int base = units.getFirst().position();
        for (Analysis.Unit u : units) {
            phrase.add(new Term(Fields.CHARS, u.term()), u.position() - base);
        }
        return phrase.build();
    }

    /** Any of the pinyin sequences at consecutive positions of {@link Fields#PINYIN}. */
    private static Query pinyinQuery(QueryNode.Pinyin pinyin) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (List<String> sequence : pinyin.sequences()) {
            if (sequence.size() == 1) {
                any.add(new TermQuery(new Term(Fields.PINYIN, sequence.getFirst())), Occur.SHOULD);
            } else {
                any.add(new PhraseQuery(Fields.PINYIN, sequence.toArray(String[]::new)), Occur.SHOULD);
            }
        }
        return any.build();
    }

    /** SmartChinese words of the term as a phrase, or null when it has none. */
    private Query wordsQuery(String text) {
        List<Token> tokens = analysis.tokens(text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(Fields.WORDS, tokens.getFirst().term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int base = tokens.getFirst().position();
        for (Token t : tokens) {
            phrase.add(new Term(Fields.WORDS, t.term()), t.position() - base);
        }
        return phrase.build();
    }
}
