package org.zhsearch.query;

import java.util.List;

/**
 * The user's query as a small syntax tree with no Lucene types, so that another engine (SolrCloud, OpenSearch)
 * can map the same tree. Produced by {@link QueryParser}.
 */
public sealed interface QueryNode {

    /** A bare term: CJK text matches as an exact substring, Latin/digit words match whole words. */
    record Term(String text) implements QueryNode {}

    /** A quoted phrase: its words/characters in this order, adjacent. */
    record Phrase(String text) implements QueryNode {}

    /**
     * Latin letters read as pinyin: paragraphs holding one of {@code runs}, each a whole word or run of whole words
     * of the index (normalised terms of its words field, at consecutive positions) that the letters spell; see
     * {@code org.zhsearch.vocabulary.WordRuns}. Added to a term by the search, never produced by the parser.
     */
    record Pinyin(String typed, List<List<String>> runs) implements QueryNode {
        public Pinyin {
            runs = runs.stream().map(List::copyOf).toList();
            if (runs.isEmpty() || runs.stream().anyMatch(List::isEmpty)) {
                throw new IllegalArgumentException("no word run for " + typed);
            }
        }
    }

    /** All clauses must match; {@code excluded} must not. At least one clause is positive. */
    record And(List<QueryNode> clauses, List<QueryNode> excluded) implements QueryNode {
        public And {
            clauses = List.copyOf(clauses);
            excluded = List.copyOf(excluded);
        }
    }

    /** At least one clause must match. */
    record Or(List<QueryNode> clauses) implements QueryNode {
        public Or {
            clauses = List.copyOf(clauses);
        }
    }
}
