package org.zhsearch.engine.embedded;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.zhsearch.engine.PlanNode;
import org.zhsearch.schema.Fields;

/**
 * {@link PlanNode.InArticle} in Lucene: every paragraph whose article's first paragraph matches a filter. Rewritten
 * against the searcher of the search it is part of (so it sees the same point in time as the rest of it): the
 * filter runs on first paragraphs once, and the query becomes {@link MatchedArticlesQuery}, a per-segment set of
 * the matched articles' id ordinals that each candidate paragraph is checked against. Matches only, never scores:
 * the plan wraps it in a constant.
 *
 * <p>Not taken: a {@code TermInSetQuery} on the matched article ids (what lucene-join's {@code JoinUtil} builds,
 * besides being a dependency this build does not have): it seeks every id in every segment and collects all their
 * postings up front, though it is only a SHOULD clause beside the match, checked for the few paragraphs that match
 * the query — with a common title word, thousands of ids times every segment per search.
 */
final class InArticleQuery extends Query {
    private final Query filterOnFirstParagraph;

    InArticleQuery(Query filterOnFirstParagraph) {
        this.filterOnFirstParagraph = Objects.requireNonNull(filterOnFirstParagraph);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query firstParagraphs = new BooleanQuery.Builder()
                .add(filterOnFirstParagraph, Occur.FILTER)
                .add(new TermQuery(new Term(Fields.FIRST, Fields.YES)), Occur.FILTER)
                .build();
        MatchedArticlesQuery matched = searcher.search(
                firstParagraphs, new MatchedArticlesQuery.Manager(searcher.getIndexReader(), filterOnFirstParagraph));
        return matched.isEmpty() ? new MatchNoDocsQuery("no article's first paragraph matches") : matched;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        filterOnFirstParagraph.visit(visitor.getSubVisitor(Occur.FILTER, this));
    }

    @Override
    public String toString(String field) {
        return "inArticle(" + filterOnFirstParagraph.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && filterOnFirstParagraph.equals(((InArticleQuery) other).filterOnFirstParagraph);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + filterOnFirstParagraph.hashCode();
    }
}
