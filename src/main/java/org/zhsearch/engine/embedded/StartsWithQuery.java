package org.zhsearch.engine.embedded;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.engine.PlanNode;

/**
 * A {@link PlanNode.StartsWith} for Lucene: alternatives at a position become a {@link MultiPhraseQuery} position;
 * an open last position is expanded, when the query is rewritten against an index, to every term of the index that
 * begins with the prefix (a lone CJK character: its end marker and the bigrams it starts — a few hundred to a few
 * thousand terms, which a multi-phrase position reads as one union of postings, with no clause limit). A prefix
 * alone is a {@link PrefixQuery}, whose constant-score rewrite counts and matches from a bit set.
 */
final class StartsWithQuery extends Query {
    private final String field;
    private final List<Analysis.Unit> units;
    private final Analysis.Unit prefix;

    private StartsWithQuery(String field, List<Analysis.Unit> units, Analysis.Unit prefix) {
        this.field = field;
        this.units = units;
        this.prefix = prefix;
    }

    /** The query for {@code node}: a prefix query, a multi-phrase query, or one expanded when rewritten. */
    static Query of(PlanNode.StartsWith node) {
        if (node.units().isEmpty()) {
            return new PrefixQuery(new Term(node.field(), node.prefix().term()));
        }
        if (node.prefix() == null) {
            return multiPhrase(node.field(), node.units(), null, List.of());
        }
        return new StartsWithQuery(node.field(), node.units(), node.prefix());
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        List<Term> expanded = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
        if (terms != null) {
            BytesRef start = new BytesRef(prefix.term());
            TermsEnum e = terms.iterator();
            if (e.seekCeil(start) != TermsEnum.SeekStatus.END) {
                for (BytesRef t = e.term(); t != null && StringHelper.startsWith(t, start); t = e.next()) {
                    expanded.add(new Term(field, BytesRef.deepCopyOf(t)));
                }
            }
        }
        return expanded.isEmpty()
                ? new MatchNoDocsQuery("no term begins with " + prefix.term())
                : multiPhrase(field, units, prefix, expanded);
    }

    /** The units grouped by position (alternatives together), then the expanded prefix at its position. */
    private static MultiPhraseQuery multiPhrase(
            String field, List<Analysis.Unit> units, Analysis.Unit prefix, List<Term> expanded) {
        TreeMap<Integer, List<Term>> byPosition = new TreeMap<>();
        for (Analysis.Unit u : units) {
            byPosition.computeIfAbsent(u.position(), p -> new ArrayList<>()).add(new Term(field, u.term()));
        }
        if (prefix != null) {
            byPosition.put(prefix.position(), expanded);
        }
        MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
        byPosition.forEach((position, terms) -> b.add(terms.toArray(Term[]::new), position));
        return b.build();
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String defaultField) {
        StringBuilder out = new StringBuilder(field).append(":\"");
        units.forEach(u -> out.append(u.term()).append('@').append(u.position()).append(' '));
        return out.append(prefix.term())
                .append("*@")
                .append(prefix.position())
                .append('"')
                .toString();
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other)
                && field.equals(((StartsWithQuery) other).field)
                && units.equals(((StartsWithQuery) other).units)
                && prefix.equals(((StartsWithQuery) other).prefix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, units, prefix);
    }
}
