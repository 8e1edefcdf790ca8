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
     * Latin letters read as pinyin: Chinese text whose reading spells one of {@code sequences} (each a list of
     * syllables or initials at consecutive characters; see {@code org.zhsearch.pinyin.PinyinQuery}). Added to a
     * term by the search, never produced by the parser.
     */
    record Pinyin(String typed, List<List<String>> sequences) implements QueryNode {
        public Pinyin {
            sequences = sequences.stream().map(List::copyOf).toList();
            if (sequences.isEmpty()) {
                throw new IllegalArgumentException("no pinyin sequence for " + typed);
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
