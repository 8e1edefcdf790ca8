package org.zhsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/** Reading an article's stored paragraphs back. */
public final class StoredArticles {
    /** Upper bound on paragraphs read back for one article. */
    static final int MAX_PARAGRAPHS_PER_ARTICLE = 1_000_000;

    private StoredArticles() {}

    /** Reads all stored documents matching a term (e.g. one article's paragraphs). */
    public static List<Document> documents(IndexSearcher searcher, Term term) {
        try {
            var top = searcher.search(new TermQuery(term), MAX_PARAGRAPHS_PER_ARTICLE);
            var stored = searcher.storedFields();
            var keys = new ParagraphKeys(searcher); // article id and n are doc values, not stored
            List<Document> docs = new ArrayList<>(top.scoreDocs.length);
            int first = 0;
            for (var sd : top.scoreDocs) {
                // only the paragraph's own fields (a million-paragraph article is read back whole), then the
                // article's, stored on its first paragraph
                Document d = keys.addTo(sd.doc, stored.document(sd.doc, ParagraphDocuments.PARAGRAPH_FIELDS));
                if (ParagraphDocuments.n(d) == 1) {
                    first = docs.size();
                }
                docs.add(d);
            }
            if (!docs.isEmpty()) {
                int doc = top.scoreDocs[first].doc;
                docs.set(first, keys.addTo(doc, stored.document(doc)));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
