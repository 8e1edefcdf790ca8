package org.zhsearch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.Paragraph;
import org.zhsearch.corpus.CorpusFile;
import org.zhsearch.corpus.CorpusReader;
import org.zhsearch.index.IndexAnalyzer;
import org.zhsearch.index.ParagraphDocuments;
import org.zhsearch.index.ZhsearchCodec;

/**
 * A build's per-paragraph work once the JIT has warmed up, apart from startup, file reading and threads: one thread
 * indexes the first N files' paragraphs into memory, round after round, (1) as {@link BaselineIndexer}'s
 * {@code smartcn} mode does (text stored, one SmartChinese field) and (2) as zhsearch does — its documents made
 * ({@link ParagraphDocuments}, which cuts the words) and added — and then (3) adds zhsearch's documents, made once,
 * with one field left out at a time (leave-one-out: what each field costs to invert and write; {@code small} leaves
 * out every field but the words, the characters and the text). Prints each round and, per variant, the times sorted
 * (the shared machine's noise is one-sided: read the smallest). Run: {@code java -Xmx6g -cp
 * target/test-classes:target/zhsearch.jar org.zhsearch.bench.SteadyStateBuild /tmp/poetry 30000 5
 * -,chars,words,small,articleId,features,section}.
 */
public final class SteadyStateBuild {
    private static final Set<String> LARGE_FIELDS = Set.of("chars", "words", "text");

    private SteadyStateBuild() {}

    public static void main(String[] args) throws Exception {
        CorpusReader reader = new CorpusReader(Path.of(args[0]));
        List<CorpusFile> files = reader.list(s -> {});
        files = files.subList(0, Math.min(files.size(), Integer.parseInt(args[1])));
        int rounds = Integer.parseInt(args[2]);
        List<String> leftOut = Arrays.asList(args[3].split(","));
        List<Article> articles = new ArrayList<>();
        for (CorpusFile f : files) {
            reader.read(f, articles::add);
        }
        List<String> lines = new ArrayList<>();
        articles.forEach(a -> a.paragraphs().stream().map(Paragraph::text).forEach(lines::add));
        Analysis analysis = Analysis.builtIn();
        System.out.printf("%d articles, %d paragraphs%n", articles.size(), lines.size());
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            baseline(lines);
            long t1 = System.nanoTime();
            long made = zhsearch(articles, analysis);
            long t2 = System.nanoTime();
            System.out.printf(
                    "baseline %d ms | zhsearch %d ms (documents made %d ms) | ratio %.3f%n",
                    ms(t1 - t0), ms(t2 - t1), ms(made), (double) (t1 - t0) / (t2 - t1));
        }
        List<List<Document>> docs = new ArrayList<>();
        for (Article a : articles) {
            docs.add(ParagraphDocuments.of(a, analysis, DeclaredFields.NONE));
        }
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (String field : leftOut) {
                long t0 = System.nanoTime();
                addWithout(docs, field, analysis);
                times.computeIfAbsent(field, k -> new ArrayList<>()).add(ms(System.nanoTime() - t0));
            }
        }
        times.forEach((field, t) -> System.out.println(
                "without " + field + ": " + t.stream().sorted().toList()));
    }

    private static void baseline(List<String> lines) throws Exception {
        IndexWriterConfig cfg = new IndexWriterConfig(new SmartChineseAnalyzer()).setRAMBufferSizeMB(512);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter w = new IndexWriter(dir, cfg)) {
            StoredField stored = new StoredField("text", "");
            Field body = new TextField("body", "", Field.Store.NO);
            Document doc = new Document();
            doc.add(stored);
            doc.add(body);
            for (String line : lines) {
                stored.setStringValue(line);
                body.setStringValue(line);
                w.addDocument(doc);
            }
            w.commit();
        }
    }

    /** Indexes the articles as a build does; returns the time spent making their documents. */
    private static long zhsearch(List<Article> articles, Analysis analysis) throws Exception {
        long made = 0;
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter w = new IndexWriter(dir, config(analysis))) {
            for (Article a : articles) {
                long t = System.nanoTime();
                List<Document> docs = ParagraphDocuments.of(a, analysis, DeclaredFields.NONE);
                made += System.nanoTime() - t;
                w.addDocuments(docs);
            }
            w.commit();
        }
        return made;
    }

    private static void addWithout(List<List<Document>> docs, String leftOut, Analysis analysis) throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter w = new IndexWriter(dir, config(analysis))) {
            for (List<Document> article : docs) {
                List<List<IndexableField>> kept = new ArrayList<>(article.size());
                for (Document d : article) {
                    List<IndexableField> fields = new ArrayList<>();
                    for (IndexableField f : d) {
                        boolean out = leftOut.equals("small")
                                ? !LARGE_FIELDS.contains(f.name())
                                : f.name().equals(leftOut);
                        if (!out) {
                            fields.add(f);
                        }
                    }
                    kept.add(fields);
                }
                w.addDocuments(kept);
            }
            w.commit();
        }
    }

    private static IndexWriterConfig config(Analysis analysis) {
        return new IndexWriterConfig(IndexAnalyzer.of(analysis))
                .setCodec(new ZhsearchCodec())
                .setRAMBufferSizeMB(512);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
