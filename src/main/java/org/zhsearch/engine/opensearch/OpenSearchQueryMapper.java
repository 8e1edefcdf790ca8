package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.analysis.Precut;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.Token;
import org.zhsearch.engine.EngineQuery;
import org.zhsearch.engine.Filters;
import org.zhsearch.engine.Ranking;
import org.zhsearch.engine.RelatedQuery;
import org.zhsearch.schema.Fields;
import org.zhsearch.query.QueryNode;

/**
 * Maps an {@link EngineQuery} or a {@link RelatedQuery} to OpenSearch's query DSL — the only place that knows how
 * our query language becomes OpenSearch, clause for clause the same Lucene queries as the embedded engine's mapper:
 * a term is {@code MUST(recall) SHOULD(words)}, recall being the exact bigram phrase on {@code chars} and words the
 * SmartChinese words as a phrase on {@code words}; the priors are the same constant scores and the same saturation
 * of the length feature. Terms are cut in Java and sent pre-cut ({@code match_phrase} with the whitespace analyzer
 * {@link IndexSchema#PRECUT}, gaps kept), so the cluster builds exactly the phrase our analysis gives.
 */
final class OpenSearchQueryMapper {

    private final Analysis analysis;

    private OpenSearchQueryMapper(Analysis analysis) {
        this.analysis = analysis;
    }

    /** A query's scored and match-only forms. */
    record Mapped(ObjectNode scored, ObjectNode matchOnly) {
    }

    static Mapped map(EngineQuery query, Filters filters) {
        OpenSearchQueryMapper m = new OpenSearchQueryMapper(query.analysis());
        Mapped match = m.tree(query.match());
        return new Mapped(filtered(m.withPriors(match.scored(), query.priorTerms()), filters),
                filtered(match.matchOnly(), filters));
    }

    static Mapped map(RelatedQuery query, Filters filters) {
        OpenSearchQueryMapper m = new OpenSearchQueryMapper(query.analysis());
        ObjectNode excluded = m.tree(query.excluded()).matchOnly();
        ObjectNode scoredWords = bool();
        ObjectNode matchWords = bool();
        for (QueryNode leaf : query.leaves()) {
            Mapped l = m.tree(leaf);
            ObjectNode one = bool();
            must(one, l.scored());
            should(one, constant(l.matchOnly(), Ranking.WORD_BONUS));
            should(scoredWords, one);
            should(matchWords, l.matchOnly());
        }
        scoredWords.with("bool").put("minimum_should_match", query.minimumShouldMatch());
        matchWords.with("bool").put("minimum_should_match", query.minimumShouldMatch());
        ObjectNode scored = bool();
        must(scored, scoredWords);
        mustNot(scored, excluded);
        ObjectNode proximity = m.proximity(query.words());
        if (proximity != null) {
            should(scored, constant(proximity, Ranking.PROXIMITY_BONUS));
        }
        ObjectNode matchOnly = bool();
        must(matchOnly, matchWords);
        mustNot(matchOnly, excluded);
        return new Mapped(filtered(m.withPriors(scored, query.words()), filters), filtered(matchOnly, filters));
    }

    private Mapped tree(QueryNode node) {
        return switch (node) {
            case QueryNode.Term t -> leaf(t.text());
            case QueryNode.Phrase p -> leaf(p.text());
            case QueryNode.And and -> {
                ObjectNode scored = bool();
                ObjectNode matchOnly = bool();
                for (QueryNode c : and.clauses()) {
                    Mapped m = tree(c);
                    must(scored, m.scored());
                    must(matchOnly, m.matchOnly());
                }
                for (QueryNode c : and.excluded()) {
                    Mapped m = tree(c);
                    mustNot(scored, m.matchOnly());
                    mustNot(matchOnly, m.matchOnly());
                }
                yield new Mapped(scored, matchOnly);
            }
            case QueryNode.Or or -> {
                ObjectNode scored = bool();
                ObjectNode matchOnly = bool();
                boolean pinyinBeside = or.clauses().stream().anyMatch(c -> c instanceof QueryNode.Pinyin);
                for (QueryNode c : or.clauses()) {
                    Mapped m = tree(c);
                    ObjectNode clause = m.scored();
                    if (pinyinBeside && !(c instanceof QueryNode.Pinyin)) { // the letters as written rank first
                        clause = bool();
                        must(clause, m.scored());
                        should(clause, constant(m.matchOnly(), Ranking.LITERAL_BONUS));
                    }
                    should(scored, clause);
                    should(matchOnly, m.matchOnly());
                }
                yield new Mapped(scored, matchOnly);
            }
            case QueryNode.Pinyin pinyin -> {
                ObjectNode match = bool();
                for (List<String> sequence : pinyin.sequences()) {
                    List<Analysis.Unit> units = new ArrayList<>();
                    sequence.forEach(s -> units.add(new Analysis.Unit(s, units.size())));
                    should(match, phrase(Fields.PINYIN, units, 0));
                }
                yield new Mapped(boosted(match, Ranking.PINYIN_WEIGHT), match);
            }
        };
    }

    /** {@code MUST(recall) SHOULD(words)}; the match-only form is recall alone. */
    private Mapped leaf(String text) {
        ObjectNode recall = recall(text);
        List<Token> words = analysis.tokens(text);
        if (words.isEmpty()) {
            return new Mapped(recall, recall);
        }
        ObjectNode scored = bool();
        must(scored, recall);
        ObjectNode wordsQuery = phrase(Fields.WORDS, IndexSchema.units(words), 0);
        should(scored, boosted(wordsQuery, Ranking.WORDS_BOOST));
        return new Mapped(scored, recall);
    }

    private ObjectNode recall(String text) {
        List<Analysis.Unit> units = analysis.requireRecallUnits(text);
        return phrase(Fields.CHARS, units, 0);
    }

    /** A term query for one unit, else a phrase of the units at their relative positions. */
    private static ObjectNode phrase(String field, List<Analysis.Unit> units, int slop) {
        ObjectNode q = Cluster.JSON.createObjectNode();
        if (units.size() == 1) {
            q.putObject("term").putObject(field).put("value", units.getFirst().term());
            return q;
        }
        ObjectNode body = q.putObject("match_phrase").putObject(field);
        body.put("query", Precut.join(units, units.getFirst().position()))
                .put("analyzer", IndexSchema.PRECUT);
        if (slop > 0) {
            body.put("slop", slop);
        }
        return q;
    }

    /** The words' tokens as one sloppy phrase on the words field, or null for a single word. */
    private ObjectNode proximity(List<String> words) {
        if (words.size() < 2) {
            return null;
        }
        List<Analysis.Unit> tokens = new ArrayList<>();
        for (String w : words) {
            for (Token t : analysis.tokens(w)) {
                tokens.add(new Analysis.Unit(t.term(), tokens.size()));
            }
        }
        return tokens.size() < 2 ? null : phrase(Fields.WORDS, tokens, Ranking.PROXIMITY_SLOP);
    }

    /** The role, length and title priors around {@code match} (see the embedded engine's RankingPriors). */
    private ObjectNode withPriors(ObjectNode match, List<String> terms) {
        ObjectNode b = bool();
        must(b, match);
        should(b, constant(term(Fields.HEADING, true), Ranking.HEADING_BONUS));
        should(b, constant(term(Fields.ROLE, Paragraph.BODY), Ranking.BODY_BONUS));
        should(b, constant(term(Fields.ROLE, Paragraph.LIST_ITEM), Ranking.LIST_BONUS));
        ObjectNode length = Cluster.JSON.createObjectNode();
        length.putObject("rank_feature").put("field", Fields.LENGTH_FEATURE).put("boost", Ranking.LENGTH_WEIGHT)
                .putObject("saturation").put("pivot", Ranking.LENGTH_PIVOT);
        should(b, length);
        for (String term : terms) {
            List<Token> words = analysis.tokens(term);
            if (words.isEmpty()) {
                continue;
            }
            ObjectNode inTitle = bool();
            for (Token w : words) {
                ArrayNode filter = inTitle.with("bool").withArray("filter");
                filter.add(term(Fields.TITLE_WORDS, w.term()));
            }
            should(b, constant(inTitle, Ranking.TITLE_BONUS));
        }
        return b;
    }

    private static ObjectNode filtered(ObjectNode query, Filters f) {
        if (f.isEmpty()) {
            return query;
        }
        ObjectNode b = bool();
        must(b, query);
        ArrayNode filter = b.with("bool").withArray("filter");
        if (f.from() != null || f.to() != null) {
            ObjectNode range = Cluster.JSON.createObjectNode();
            ObjectNode day = range.putObject("range").putObject(Fields.DAY);
            if (f.from() != null) {
                day.put("gte", f.from().toEpochDay());
            }
            if (f.to() != null) {
                day.put("lte", f.to().toEpochDay());
            }
            filter.add(range);
        }
        if (f.source() != null) {
            filter.add(term(Fields.SOURCE, f.source()));
        }
        if (f.publication() != null) {
            filter.add(term(Fields.PUBLICATION, f.publication()));
        }
        return b;
    }

    static ObjectNode term(String field, Object value) {
        ObjectNode q = Cluster.JSON.createObjectNode();
        ObjectNode t = q.putObject("term").putObject(field);
        if (value instanceof Boolean v) {
            t.put("value", v);
        } else {
            t.put("value", value.toString());
        }
        return q;
    }

    private static ObjectNode constant(ObjectNode filter, float boost) {
        ObjectNode q = Cluster.JSON.createObjectNode();
        q.putObject("constant_score").put("boost", boost).set("filter", filter);
        return q;
    }

    private static ObjectNode boosted(ObjectNode query, float boost) {
        if (boost == 1.0f) {
            return query;
        }
        ObjectNode b = bool();
        must(b, query);
        b.with("bool").put("boost", boost);
        return b;
    }

    private static ObjectNode bool() {
        ObjectNode q = Cluster.JSON.createObjectNode();
        q.putObject("bool");
        return q;
    }

    private static void must(ObjectNode bool, ObjectNode clause) {
        bool.with("bool").withArray("must").add(clause);
    }

    private static void should(ObjectNode bool, ObjectNode clause) {
        bool.with("bool").withArray("should").add(clause);
    }

    private static void mustNot(ObjectNode bool, ObjectNode clause) {
        bool.with("bool").withArray("must_not").add(clause);
    }
}
