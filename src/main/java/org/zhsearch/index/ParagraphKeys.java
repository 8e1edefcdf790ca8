package org.zhsearch.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.zhsearch.schema.Fields;

/**
 * A paragraph document's article id and paragraph number, read from their doc values: they are not stored (every
 * paragraph has both doc values, and storing them again cost a share of the index). {@link #addTo} puts them into a
 * loaded stored document, so whatever reads a {@link Document} finds them as before. Not thread-safe: one per
 * request.
 */
public final class ParagraphKeys {
    private final List<LeafReaderContext> leaves;
    private int leaf = -1;
    /** The last document read in {@link #leaf}: doc values iterate forwards only, so going back (or staying) starts anew. */
    private int lastDoc = Integer.MAX_VALUE;

    private SortedDocValues ids;
    private NumericDocValues numbers;

    public ParagraphKeys(IndexSearcher searcher) {
        this.leaves = searcher.getIndexReader().leaves();
    }

    /** Adds the article id and paragraph number of global document {@code doc} to its loaded fields {@code d}. */
    public Document addTo(int doc, Document d) throws IOException {
        position(doc);
        d.add(new StoredField(Fields.ARTICLE_ID, ids.lookupOrd(ids.ordValue()).utf8ToString()));
        d.add(new StoredField(Fields.N, (int) numbers.longValue()));
        return d;
    }

    private void position(int doc) throws IOException {
        int at = ReaderUtil.subIndex(doc, leaves);
        LeafReaderContext context = leaves.get(at);
        int local = doc - context.docBase;
        if (at != leaf || local <= lastDoc) {
            leaf = at;
            ids = DocValues.getSorted(context.reader(), Fields.ARTICLE_ID);
            numbers = DocValues.getNumeric(context.reader(), Fields.N);
        }
        lastDoc = local;
        if (!ids.advanceExact(local) || !numbers.advanceExact(local)) {
            throw new IllegalStateException("paragraph document " + doc + " has no article id or number");
        }
    }
}
