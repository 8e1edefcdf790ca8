package org.zhsearch.engine;

import java.util.List;
import org.zhsearch.analysis.Analysis;

/**
 * One node of a {@link RankingPlan}: the few query shapes every engine can express, already analysed and weighted,
 * so an engine's mapper only translates them. Each mapper handles every kind in one {@code switch} over this sealed
 * interface: a new kind does not compile until every engine translates it.
 */
public sealed interface PlanNode {

    /** How a clause of a {@link Bool} takes part: as in Lucene's {@code BooleanClause.Occur}. */
    enum Occur {
        /** Must match, scores. */
        MUST,
        /** May match, adds its score when it does. */
        SHOULD,
        /** Must match, does not score. */
        FILTER,
        /** Must not match. */
        MUST_NOT
    }

    /** One clause of a {@link Bool}. */
    record Clause(Occur occur, PlanNode node) {}

    /**
     * A boolean combination; its score is the sum of its scoring clauses' scores, in clause order.
     *
     * @param minimumShouldMatch how many SHOULD clauses must match; 0 = the engine's default (none when there is
     *                           a MUST or FILTER clause, else one)
     */
    record Bool(List<Clause> clauses, int minimumShouldMatch) implements PlanNode {
        public Bool {
            clauses = List.copyOf(clauses);
            if (clauses.isEmpty()) {
                throw new IllegalArgumentException("a boolean node needs a clause");
            }
        }
    }

    /**
     * Terms of an analysed field at positions relative to the first (0): one unit is a term query, several a phrase
     * (BM25 scored). {@code slop} 0 means exactly these positions.
     */
    record Phrase(String field, List<Analysis.Unit> units, int slop) implements PlanNode {
        public Phrase {
            units = List.copyOf(units);
            if (units.isEmpty()) {
                throw new IllegalArgumentException("a phrase needs a unit: " + field);
            }
        }
    }

    /**
     * An exact phrase on the recall field with open positions, matched but not scored (a constant 1, on both
     * engines: its many terms would make a phrase's BM25 meaningless): {@code units} at their positions, several
     * units at one position being alternatives, and, when {@code prefix} is not null, at its position (the last) any
     * term that begins with its term — a lone CJK character ({@link Analysis.RecallPhrase}). Plain recall (one term
     * per position, no prefix) is a {@link Phrase}.
     */
    record StartsWith(String field, List<Analysis.Unit> units, Analysis.Unit prefix) implements PlanNode {
        public StartsWith {
            units = List.copyOf(units);
            if (units.isEmpty() && prefix == null) {
                throw new IllegalArgumentException("a recall phrase needs a unit: " + field);
            }
        }
    }

    /** A keyword field holds exactly {@code value}. */
    record Term(String field, String value) implements PlanNode {}

    /** A yes/no field is yes (each engine stores yes its own way). */
    record Flag(String field) implements PlanNode {}

    /** {@code score} for every match of {@code filter}, whatever its relevance. */
    record Constant(PlanNode filter, float score) implements PlanNode {}

    /**
     * A filter on articles: matches every paragraph whose article's first paragraph matches {@code
     * filterOnFirstParagraph}. Article-level fields (the title's words, declared text fields' words) may be indexed
     * on the first paragraph only (the embedded engine does); an engine that repeats them on every paragraph may
     * translate this as the filter itself. Never scores: use it inside a {@link Constant}.
     */
    record InArticle(PlanNode filterOnFirstParagraph) implements PlanNode {}

    /** {@code query}'s score times {@code boost}. */
    record Boost(PlanNode query, float boost) implements PlanNode {}

    /**
     * A stored feature's value {@code v} saturated: {@code weight · v / (v + pivot)}. Matches every document with
     * the feature; used only as a SHOULD prior.
     */
    record Saturation(String feature, float weight, float pivot) implements PlanNode {}
}
