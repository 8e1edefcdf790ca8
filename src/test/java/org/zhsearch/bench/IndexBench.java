package org.zhsearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;
import org.zhsearch.corpus.CorpusFile;
import org.zhsearch.corpus.CorpusReader;

/** The analysis ceiling and the SmartChinese-only baseline index the real build is compared with. */
final class IndexBench {
    private IndexBench() {}

    /** Characters per second for tokenising every paragraph with {@code analyzers} on {@code threads} threads. */
    static double analysisCharsPerSecond(List<String> texts, int threads, Analyzer... analyzers) throws Exception {
        long chars = texts.stream().mapToLong(String::length).sum();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> fs = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < texts.size()) {
                        for (Analyzer a : analyzers) {
                            consume(a, texts.get(i));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return chars / ((System.nanoTime() - t0) / 1e9);
    }

    private static void consume(Analyzer a, String text) {
        try (TokenStream ts = a.tokenStream("f", text)) {
            ts.reset();
            while (ts.incrementToken()) {
                // count nothing: we only want the work done
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a careful Lucene + SmartChinese indexer does: same files, same reader, same threads, one document per
     * paragraph with the text stored and one SmartChineseAnalyzer field, one commit. Returns seconds.
     */
    static double baselineBuildSeconds(Path corpus, Path dir, int threads) throws Exception {
        long t0 = System.nanoTime();
        CorpusReader reader = new CorpusReader(corpus);
        List<CorpusFile> files = reader.list(s -> {});
        IndexWriterConfig cfg = new IndexWriterConfig(new SmartChineseAnalyzer());
        cfg.setRAMBufferSizeMB(256);
        try (FSDirectory d = FSDirectory.open(dir);
                IndexWriter w = new IndexWriter(d, cfg)) {
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> fs = new java.util.ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    fs.add(pool.submit(() -> {
                        int i;
                        while ((i = next.getAndIncrement()) < files.size()) {
                            reader.read(files.get(i), (Article a) -> {
                                for (Paragraph p : a.paragraphs()) {
                                    Document doc = new Document();
                                    doc.add(new StoredField("text", p.text()));
                                    doc.add(new TextField("words", p.text(), Field.Store.NO));
                                    try {
                                        w.addDocument(doc);
                                    } catch (IOException e) {
                                        throw new UncheckedIOException(e);
                                    }
                                }
                            });
                        }
                        return null;
                    }));
                }
                for (Future<?> f : fs) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            w.commit();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    static long sizeOf(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
