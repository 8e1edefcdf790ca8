package org.zhsearch.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;
import org.zhsearch.corpus.CorpusFile;
import org.zhsearch.corpus.CorpusReader;

/**
 * What Elasticsearch's default {@code match} query over the smartcn analyzer does: one text field analysed by
 * {@link SmartChineseAnalyzer} as shipped (its stop words included), BM25 with Lucene's defaults, and the query's
 * tokens as SHOULD term clauses (operator OR). Paragraphs come from our own corpus reader, so ids match.
 * Also keeps every paragraph's title and text for the grading rows.
 */
final class EsLikeBaseline implements Ranker {
    record Shown(String articleId, String title, String text) {}

    private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
    private final Directory dir = new ByteBuffersDirectory();
    private final Map<String, Shown> paragraphs = new LinkedHashMap<>();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    EsLikeBaseline(Path corpus) {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            CorpusReader corpusReader = new CorpusReader(corpus);
            for (CorpusFile file : corpusReader.list(skip -> {})) {
                corpusReader.read(file, article -> add(w, article));
            }
            w.commit();
            reader = DirectoryReader.open(dir);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(IndexWriter w, Article article) {
        for (Paragraph p : article.paragraphs()) {
            String id = article.id() + "#" + p.n();
            paragraphs.put(id, new Shown(article.id(), article.title(), p.text()));
            Document d = new Document();
            d.add(new StoredField("id", id));
            d.add(new TextField("text", p.text(), Field.Store.NO));
            try {
                w.addDocument(d);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Map<String, Shown> paragraphs() {
        return paragraphs;
    }

    @Override
    public String name() {
        return "ES-like match (smartcn, BM25, OR)";
    }

    @Override
    public List<String> top10(String query) {
        try {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            try (TokenStream ts = analyzer.tokenStream("text", query)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    b.add(new TermQuery(new Term("text", term.toString())), Occur.SHOULD);
                }
                ts.end();
            }
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(b.build(), Scores.DEPTH).scoreDocs) {
                ids.add(searcher.storedFields().document(sd.doc).get("id"));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
