package org.zhsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.zhsearch.analysis.ZhAnalyzers;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.index.Fields;
import org.zhsearch.query.QueryNode;

/**
 * Maps a {@link QueryNode} tree to a Lucene {@link Query} — the only place that knows how our query language
 * becomes Lucene.
 *
 * <p>Every term or phrase becomes {@code MUST(recall) SHOULD(words)} — and, when the synonyms file has other ways
 * of writing it, that leaf OR one such leaf per alternative:
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
 * Both analyse the term with the index's own chains, so traditional characters fold to simplified ones on both
 * sides. A synonym alternative ({@link ZhAnalyzers#synonymsOf}) is a complete leaf of its own: {@code 新冠} is
 * {@code (recall(新冠) words(新冠)) OR (recall(新型冠状病毒) words(新型冠状病毒))}, so recall stays exact for each form.
 * Every match also gets the role, length and title priors of {@link RankingPriors}.
 */
public final class LuceneQueryMapper {
    static final float WORDS_BOOST = 1.0f;
    private static final String CJK_SINGLE = "<SINGLE>";
    private static final String CJK_DOUBLE = "<DOUBLE>";

    private LuceneQueryMapper() {
    }

    /**
     * The two Lucene queries of a search, built in one pass so each term is analysed once: {@code scored} ranks
     * (recall, words and the heading bonus); {@code matchOnly} has the same matches without any scoring-only clause
     * (no words, no heading bonus) and is what the exact total is counted with — a single term is then one
     * TermQuery, which Lucene counts from the term dictionary.
     */
    public record Mapped(Query scored, Query matchOnly) {
    }

    /** The queries for {@code node}; the scored one includes the {@link RankingPriors}. */
    public static Mapped map(QueryNode node) {
        Mapped match = toLucene(node);
        return new Mapped(RankingPriors.around(match.scored(), positiveTerms(node)), match.matchOnly());
    }

    /** The texts of the terms and phrases a match may contain (those under NOT excluded). */
    static List<String> positiveTerms(QueryNode node) {
        List<String> out = new ArrayList<>();
        switch (node) {
            case QueryNode.Term t -> out.add(t.text());
            case QueryNode.Phrase p -> out.add(p.text());
            case QueryNode.And and -> and.clauses().forEach(c -> out.addAll(positiveTerms(c)));
            case QueryNode.Or or -> or.clauses().forEach(c -> out.addAll(positiveTerms(c)));
        }
        return out;
    }

    /** The SmartChinese words of {@code text} (user dictionary words merged), in order. */
    static List<String> wordsOf(String text) {
        return analyze(ZhAnalyzers.words(), text).stream().map(Positioned::term).toList();
    }

    private static Mapped toLucene(QueryNode node) {
        return switch (node) {
            case QueryNode.Term t -> leaf(t.text());
            case QueryNode.Phrase p -> leaf(p.text());
            case QueryNode.And and -> {
                Both b = new Both();
                and.clauses().forEach(c -> b.add(toLucene(c), Occur.MUST));
                and.excluded().forEach(c -> b.add(toLucene(c), Occur.MUST_NOT));
                yield b.build();
            }
            case QueryNode.Or or -> {
                Both b = new Both();
                or.clauses().forEach(c -> b.add(toLucene(c), Occur.SHOULD));
                yield b.build();
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

    /**
     * A term or phrase: its own leaf, OR'ed with one leaf per synonym alternative (config/synonyms.txt), so
     * {@code 新冠} is exactly {@code 新冠 OR 新型冠状病毒}.
     */
    static Mapped leaf(String text) {
        Mapped exact = exactLeaf(text);
        List<String> alternatives = ZhAnalyzers.synonymsOf(text);
        if (alternatives.isEmpty()) {
            return exact;
        }
        Both any = new Both();
        any.add(exact, Occur.SHOULD);
        for (String alternative : alternatives) {
            try {
                any.add(exactLeaf(alternative), Occur.SHOULD);
            } catch (InvalidQueryException e) {
                // a replacement with nothing searchable adds nothing
            }
        }
        return any.build();
    }

    private static Mapped exactLeaf(String text) {
        Query recall = recallQuery(text);
        Query words = wordsQuery(text);
        if (words == null) {
            return new Mapped(recall, recall);
        }
        Query scored = new BooleanQuery.Builder()
                .add(recall, Occur.MUST)
                .add(new BoostQuery(words, WORDS_BOOST), Occur.SHOULD)
                .build();
        return new Mapped(scored, recall);
    }

    /** Exact-substring query on the character field (see class comment). */
    static Query recallQuery(String text) {
        List<Positioned> units = new ArrayList<>();
        List<Positioned> tokens = analyze(ZhAnalyzers.chars(), text);
        // Keep bigrams, lone CJK unigrams (runs of one) and non-CJK words; drop unigrams covered by a bigram.
        for (int i = 0; i < tokens.size(); i++) {
            Positioned t = tokens.get(i);
            if (t.type().equals(CJK_SINGLE)) {
                boolean coveredByBigram = tokens.stream().anyMatch(o -> o.type().equals(CJK_DOUBLE)
                        && (o.position() == t.position() || o.position() == t.position() - 1));
                if (!coveredByBigram) {
                    units.add(t);
                }
            } else {
                units.add(t);
            }
        }
        if (units.isEmpty()) {
            throw new InvalidQueryException("'" + text + "' has no letters, digits or Chinese characters to search for");
        }
        if (units.size() == 1) {
            return new TermQuery(new Term(Fields.CHARS, units.getFirst().term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int base = units.getFirst().position();
        for (Positioned u : units) {
            phrase.add(new Term(Fields.CHARS, u.term()), u.position() - base);
        }
        return phrase.build();
    }

    /** SmartChinese words of the term as a phrase, or null when it has none. */
    static Query wordsQuery(String text) {
        List<Positioned> tokens = analyze(ZhAnalyzers.words(), text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(Fields.WORDS, tokens.getFirst().term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int base = tokens.getFirst().position();
        for (Positioned t : tokens) {
            phrase.add(new Term(Fields.WORDS, t.term()), t.position() - base);
        }
        return phrase.build();
    }

    private record Positioned(String term, int position, String type, int start, int end) {
    }

    /** A SmartChinese word of a text: its (normalised) term, position and offsets into the text. */
    record Word(String term, int position, int start, int end) {
    }

    /** The SmartChinese words of {@code text} with positions and offsets, in order. */
    static List<Word> words(String text) {
        return analyze(ZhAnalyzers.words(), text).stream()
                .map(p -> new Word(p.term(), p.position(), p.start(), p.end())).toList();
    }

    private static List<Positioned> analyze(Analyzer analyzer, String text) {
        List<Positioned> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new Positioned(term.toString(), pos, type.type(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
