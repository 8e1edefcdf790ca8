package org.zhsearch.engine.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.zhsearch.schema.Fields;
import org.zhsearch.vocabulary.Vocabulary;

/**
 * The vocabulary of the open index, read from the {@code words} field's terms — nothing extra is stored. Each
 * segment is read once and kept while it is open (by its core cache key, or, when it has deletions, by the key of
 * that reader, since a term's live count then changes), so a refresh reads only new segments; the merged value is
 * kept for the last reader, so requests on an unchanged index share it (and its reading lookup).
 *
 * <p>Counts are of live paragraphs, as the cluster's aggregation counts them, so both engines pick the same words.
 */
final class IndexVocabulary {
    private final Map<Object, Map<String, Long>> segments = new ConcurrentHashMap<>();
    private volatile Merged last;

    private record Merged(Object readerKey, Vocabulary vocabulary) {}

    Vocabulary of(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        Object key = helper == null ? null : helper.getKey();
        Merged m = last;
        if (m != null && key != null && m.readerKey() == key) {
            return m.vocabulary();
        }
        Map<String, Long> total = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            segment(leaf.reader()).forEach((w, n) -> total.merge(w, n, Long::sum));
        }
        Vocabulary v = Vocabulary.of(total);
        if (key != null) {
            last = new Merged(key, v);
        }
        return v;
    }

    private Map<String, Long> segment(LeafReader leaf) {
        IndexReader.CacheHelper helper = leaf.hasDeletions() ? leaf.getReaderCacheHelper() : leaf.getCoreCacheHelper();
        if (helper == null) {
            return read(leaf);
        }
        Object key = helper.getKey();
        Map<String, Long> cached = segments.get(key);
        if (cached == null) {
            cached = read(leaf);
            if (segments.putIfAbsent(key, cached) == null) {
                helper.addClosedListener(segments::remove);
            }
        }
        return cached;
    }

    private static Map<String, Long> read(LeafReader leaf) {
        try {
            Map<String, Long> out = new HashMap<>();
            Terms terms = leaf.terms(Fields.WORDS);
            if (terms == null) {
                return Map.of();
            }
            Bits live = leaf.getLiveDocs();
            TermsEnum te = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                long n;
                if (live == null) {
                    n = te.docFreq();
                } else {
                    postings = te.postings(postings, PostingsEnum.NONE);
                    n = 0;
                    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                        if (live.get(d)) {
                            n++;
                        }
                    }
                }
                if (n > 0) {
                    out.put(t.utf8ToString(), n);
                }
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
