package org.zhsearch;

import java.util.ArrayList;
import java.util.List;
import org.zhsearch.api.Article;
import org.zhsearch.api.ArticleIds;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.InvalidRequestException;
import org.zhsearch.api.Limits;
import org.zhsearch.api.PutResult;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.engine.Engine;

/** The checks of the facade's writes, and a batch split into refused articles and those the engine writes. */
final class Writes {
    private Writes() {}

    /** Throws {@link InvalidRequestException} for an article that cannot be written: no id, no paragraphs. */
    static void requireWritable(Article article) {
        if (article.id() == null || article.id().isBlank()) {
            throw new InvalidRequestException("an article needs a non-empty id");
        }
        if (article.paragraphs().isEmpty()) {
            throw new InvalidRequestException("article " + article.id() + " has no paragraphs; send at least one");
        }
    }

    /** {@code article} with its declared fields checked against their types (a bad value: invalid request). */
    static Article withCheckedFields(Article article, DeclaredFields fields) {
        return article.withFields(fields.check(article.fields(), true, problem -> {}));
    }

    /**
     * Checks every article (its id also by the rule of the HTTP API, since a batch's ids come from its data, not a
     * checked path; a refused one is {@code invalid_article}), hands the good ones to the engine in one batch, and
     * merges the results in the given order.
     */
    static List<PutResult> putAll(Engine engine, List<Article> articles, DeclaredFields fields) {
        if (articles.size() > Limits.BULK_ARTICLES) {
            throw new InvalidRequestException("a batch may hold at most " + Limits.BULK_ARTICLES + " articles, got "
                    + articles.size() + "; split it");
        }
        PutResult[] results = new PutResult[articles.size()];
        List<Article> good = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            Article a = articles.get(i);
            try {
                requireWritable(a);
                ArticleIds.check(a.id());
                good.add(withCheckedFields(a, fields));
                at.add(i);
            } catch (ZhsearchException e) {
                // what is wrong is the article's data (its id comes from it, not from a path): invalid_article
                results[i] = PutResult.failed(a.id(), new ZhsearchException(ErrorCode.INVALID_ARTICLE, e.getMessage()));
            }
        }
        List<PutResult> written = good.isEmpty() ? List.of() : engine.putAll(good);
        for (int k = 0; k < written.size(); k++) {
            results[at.get(k)] = written.get(k);
        }
        return List.of(results);
    }
}
