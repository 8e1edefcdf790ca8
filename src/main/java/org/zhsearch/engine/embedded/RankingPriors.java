package org.zhsearch.engine.embedded;

import java.util.List;
import java.util.function.Function;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.zhsearch.api.Paragraph;
import org.zhsearch.engine.Ranking;
import org.zhsearch.schema.Fields;

/**
 * Scores added to every match, whatever the query: they make explanations outrank fragments. All are SHOULD
 * clauses beside the MUST match, so they reorder hits but never add or remove one.
 * <ul>
 *   <li>role: body text {@link Ranking#BODY_BONUS}, list items {@link Ranking#LIST_BONUS}, real headings
 *       {@link Ranking#HEADING_BONUS}; table rows, captions and code lines get nothing;</li>
 *   <li>length: {@code Ranking.LENGTH_WEIGHT · L / (L + Ranking.LENGTH_PIVOT)} for a paragraph of L characters, so a six-character
 *       fragment no longer beats a sentence that says the same word — BM25's length normalisation alone rewards
 *       the fragment;</li>
 *   <li>title: {@link Ranking#TITLE_BONUS} for each query term whose words are all in the article's title.</li>
 * </ul>
 * The weights were tuned on the dev part of the judged set (README "Relevance"), never on the held-out part: a grid
 * over heading 0.5–4, title 0–5, length weight 3–12 (pivot 40 or 80, body 2–4), every pooled paragraph graded before
 * comparing. Length weight 9 with pivot 40 gives a 10-character cell 1.8 and a 120-character sentence 6.75; headings
 * stay valuable (graders rate a heading that names the topic 2), the title bonus is small because a title shared by
 * every paragraph of a man page would otherwise flood the top 10 with one article.
 */
final class RankingPriors {

    private RankingPriors() {
    }

    /**
     * {@code match} (MUST) with the priors for a query made of {@code terms} (SHOULD); {@code wordsOf} gives a
     * term's words as the title field indexes them.
     */
    static Query around(Query match, List<String> terms, Function<String, List<String>> wordsOf) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(match, Occur.MUST);
        b.add(constant(new TermQuery(new Term(Fields.HEADING, Fields.YES)), Ranking.HEADING_BONUS), Occur.SHOULD);
        b.add(constant(new TermQuery(new Term(Fields.ROLE, Paragraph.BODY)), Ranking.BODY_BONUS), Occur.SHOULD);
        b.add(constant(new TermQuery(new Term(Fields.ROLE, Paragraph.LIST_ITEM)), Ranking.LIST_BONUS), Occur.SHOULD);
        b.add(FeatureField.newSaturationQuery(Fields.FEATURES, Fields.LENGTH_FEATURE, Ranking.LENGTH_WEIGHT, Ranking.LENGTH_PIVOT),
                Occur.SHOULD);
        for (String term : terms) {
            List<String> words = wordsOf.apply(term);
            if (words.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder inTitle = new BooleanQuery.Builder();
            words.forEach(w -> inTitle.add(new TermQuery(new Term(Fields.TITLE_WORDS, w)), Occur.FILTER));
            b.add(constant(inTitle.build(), Ranking.TITLE_BONUS), Occur.SHOULD);
        }
        return b.build();
    }

    private static Query constant(Query q, float score) {
        return new BoostQuery(new ConstantScoreQuery(q), score);
    }
}
