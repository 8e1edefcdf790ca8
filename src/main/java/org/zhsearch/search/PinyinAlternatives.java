package org.zhsearch.search;

import java.util.List;
import java.util.function.Predicate;
import org.zhsearch.pinyin.PinyinQuery;
import org.zhsearch.query.QueryNode;

/**
 * Lets Latin letters also find the Chinese text they spell in pinyin ({@code beifen} 备份, {@code ztjy} 主题教育,
 * {@code bei fen}, {@code xi'an}). Only where the letters are not a word of the index: {@code python} or
 * {@code iptables} keep matching exactly what they matched before. A query made only of such letters is read as
 * one pinyin string, its spaces as syllable boundaries; in a mixed query each such term is read on its own.
 * Quoted phrases stay exact.
 */
final class PinyinAlternatives {
    private PinyinAlternatives() {
    }

    /**
     * {@code tree} with pinyin alternatives, or {@code tree} itself when nothing reads as pinyin.
     *
     * @param absent whether a query tree matches no paragraph of the index
     */
    static QueryNode add(QueryNode tree, Predicate<QueryNode> absent) {
        List<QueryNode.Term> latin = allLatinTerms(tree);
        if (latin != null) {
            String typed = String.join(" ", latin.stream().map(QueryNode.Term::text).toList());
            return withPinyin(tree, typed, absent);
        }
        return switch (tree) {
            case QueryNode.Term t when PinyinQuery.looksLikePinyin(t.text()) -> withPinyin(t, t.text(), absent);
            case QueryNode.And and -> new QueryNode.And(and.clauses().stream().map(c -> add(c, absent)).toList(),
                    and.excluded());
            case QueryNode.Or or -> new QueryNode.Or(or.clauses().stream().map(c -> add(c, absent)).toList());
            default -> tree;
        };
    }

    private static QueryNode withPinyin(QueryNode literal, String typed, Predicate<QueryNode> absent) {
        List<List<String>> sequences = PinyinQuery.sequences(typed);
        if (sequences.isEmpty() || !absent.test(literal)) {
            return literal;
        }
        return new QueryNode.Or(List.of(literal, new QueryNode.Pinyin(typed, sequences)));
    }

    /** The terms of a query that is nothing but Latin-letter terms (one, or ANDed), else null. */
    private static List<QueryNode.Term> allLatinTerms(QueryNode tree) {
        List<QueryNode> clauses = switch (tree) {
            case QueryNode.Term t -> List.of(t);
            case QueryNode.And and when and.excluded().isEmpty() -> and.clauses();
            default -> List.of();
        };
        if (clauses.isEmpty()) {
            return null;
        }
        for (QueryNode c : clauses) {
            if (!(c instanceof QueryNode.Term t) || !PinyinQuery.looksLikePinyin(t.text())) {
                return null;
            }
        }
        return clauses.stream().map(QueryNode.Term.class::cast).toList();
    }
}
