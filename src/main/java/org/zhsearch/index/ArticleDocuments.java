package org.zhsearch.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.zhsearch.engine.SampledParagraph;
import org.zhsearch.engine.StoredHit;
import org.zhsearch.schema.Fields;

/**
 * Loads stored paragraphs with their article's values, which are stored on the article's first paragraph only
 * ({@link ParagraphDocuments}): one lookup per distinct article, cached for the request, all within one searcher
 * (one point in time). Not thread-safe: one per request.
 *
 * <p>The first paragraph is found without a search when it can be: paragraphs 1 to
 * {@link ParagraphDocuments#FIRST_BLOCK} of an article are written in one block, so paragraph n is n − 1 documents
 * after it in the same segment; the document there is checked (live, same article, paragraph 1), and only when it
 * is not (a slice of a huge article, an index written otherwise) is the first paragraph searched for.
 */
public final class ArticleDocuments {
    private final IndexSearcher searcher;
    private final StoredFields stored;
    private final List<LeafReaderContext> leaves;
    /** The article id and paragraph number, which are doc values, not stored fields. */
    private final ParagraphKeys keys;
    /** The stored first paragraph by article id; a document is its own when the article has no paragraph 1. */
    private final Map<String, Document> firstByArticle = new HashMap<>();

    public ArticleDocuments(IndexSearcher searcher) throws IOException {
        this.searcher = searcher;
        this.stored = searcher.storedFields();
        this.leaves = searcher.getIndexReader().leaves();
        this.keys = new ParagraphKeys(searcher);
    }

    /** The hit of paragraph document {@code doc} (a global doc id of the searcher), its article's values included. */
    public StoredHit hit(int doc, float score, Integer count) throws IOException {
        Document paragraph = document(doc);
        return ParagraphDocuments.toHit(paragraph, first(doc, paragraph), score, count);
    }

    /** The stored text and article title of paragraph document {@code doc}. */
    public SampledParagraph sampled(int doc) throws IOException {
        Document paragraph = document(doc);
        return new SampledParagraph(
                paragraph.get(Fields.TEXT), first(doc, paragraph).get(Fields.TITLE));
    }

    /** The stored document of the first paragraph of {@code paragraph}'s article ({@code paragraph} is {@code doc}). */
    private Document first(int doc, Document paragraph) throws IOException {
        int n = ParagraphDocuments.n(paragraph);
        if (n == 1) {
            return paragraph;
        }
        String articleId = paragraph.get(Fields.ARTICLE_ID);
        Document cached = firstByArticle.get(articleId);
        if (cached != null) {
            return cached;
        }
        Document first = sameBlock(doc, n, articleId);
        if (first == null) {
            first = searched(articleId);
        }
        if (first == null) {
            first = paragraph; // no paragraph 1 (an article not numbered from 1): nothing else to read
        }
        firstByArticle.put(articleId, first);
        return first;
    }

    /** Paragraph 1, n − 1 documents before paragraph {@code n} in the same segment, if it is there and live. */
    private Document sameBlock(int doc, int n, String articleId) throws IOException {
        int candidate = doc - (n - 1);
        if (candidate < 0) {
            return null;
        }
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        if (candidate < leaf.docBase) {
            return null;
        }
        Bits live = leaf.reader().getLiveDocs();
        if (live != null && !live.get(candidate - leaf.docBase)) {
            return null;
        }
        Document d = document(candidate);
        return articleId.equals(d.get(Fields.ARTICLE_ID)) && ParagraphDocuments.n(d) == 1 ? d : null;
    }

    private Document searched(String articleId) throws IOException {
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ARTICLE_ID, articleId)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.FIRST, Fields.YES)), Occur.FILTER)
                .build();
        ScoreDoc[] found = searcher.search(query, 1).scoreDocs;
        return found.length == 0 ? null : document(found[0].doc);
    }

    /** The stored fields of global document {@code doc}, with its article id and paragraph number. */
    private Document document(int doc) throws IOException {
        return keys.addTo(doc, stored.document(doc));
    }
}
