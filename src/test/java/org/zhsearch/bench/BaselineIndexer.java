package org.zhsearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The indexers zhsearch's whole-process build is compared with, as whole processes of their own. Both read every
 * file as UTF-8, one document per non-blank line, text stored, 2 threads, one IndexWriter with a 256 MB buffer,
 * fields reused per thread, one commit:
 * <ul>
 *   <li>{@code smartcn}: one SmartChineseAnalyzer field — a careful Lucene + SmartChinese indexer;</li>
 *   <li>{@code solr}: an id keyword and one field analysed as Solr's {@code text_cjk} (standard tokenizer,
 *       CJK width, lower case, CJK bigrams) — Solr-style single-field indexing without Solr's own overhead;</li>
 *   <li>{@code floor}: the SmartChinese field plus a character field of CJK unigrams and bigrams with positions —
 *       the least any index holds that ranks by words and also finds every paragraph containing a span (no
 *       pinyin, no metadata, no ranking priors): what zhsearch's design costs at the very least.</li>
 * </ul>
 * Run: {@code java -cp target/test-classes:target/zhsearch.jar org.zhsearch.bench.BaselineIndexer smartcn
 * /tmp/poetry /tmp/base-idx 2}.
 */
public final class BaselineIndexer {
    private BaselineIndexer() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path corpus = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int threads = Integer.parseInt(args[3]);
        long t0 = System.nanoTime();
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        Analyzer analyzer = switch (mode) {
            case "solr" -> textCjk();
            case "smartcn" -> new SmartChineseAnalyzer();
            case "floor" -> new PerFieldAnalyzerWrapper(new SmartChineseAnalyzer(), Map.of("chars", cjkChars()));
            default -> throw new IllegalArgumentException("mode: smartcn, solr or floor");
        };
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256);
        AtomicLong docs = new AtomicLong();
        try (FSDirectory dir = FSDirectory.open(out);
                IndexWriter w = new IndexWriter(dir, cfg)) {
            AtomicInteger next = new AtomicInteger();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(() -> {
                    StoredField stored = new StoredField("text", "");
                    Field indexed = new TextField("body", "", Field.Store.NO);
                    Field id = new StringField("id", "", Field.Store.YES);
                    Document doc = new Document();
                    doc.add(stored);
                    doc.add(indexed);
                    if (mode.equals("solr")) {
                        doc.add(id);
                    }
                    Field chars = new TextField("chars", "", Field.Store.NO);
                    if (mode.equals("floor")) {
                        doc.add(chars);
                    }
                    int i;
                    while ((i = next.getAndIncrement()) < files.size()) {
                        try {
                            String text = Files.readString(files.get(i), StandardCharsets.UTF_8);
                            int n = 0;
                            for (String line : text.split("\n")) {
                                String p = line.strip();
                                if (p.isEmpty()) {
                                    continue;
                                }
                                stored.setStringValue(p);
                                indexed.setStringValue(p);
                                chars.setStringValue(p);
                                id.setStringValue(files.get(i) + "#" + ++n);
                                w.addDocument(doc);
                                docs.incrementAndGet();
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
                worker.start();
                workers.add(worker);
            }
            for (Thread worker : workers) {
                worker.join();
            }
            w.commit();
        }
        System.out.printf(
                "%s: %d files, %d paragraphs in %.1f s%n",
                mode, files.size(), docs.get(), (System.nanoTime() - t0) / 1e9);
    }

    /** Unigrams and bigrams of CJK characters, as zhsearch's recall field (without its normalisation). */
    private static Analyzer cjkChars() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(
                        source,
                        new CJKBigramFilter(
                                new LowerCaseFilter(source),
                                CJKBigramFilter.HAN
                                        | CJKBigramFilter.HIRAGANA
                                        | CJKBigramFilter.KATAKANA
                                        | CJKBigramFilter.HANGUL,
                                true));
            }
        };
    }

    /** Solr's {@code text_cjk} field type. */
    private static Analyzer textCjk() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(
                        source, new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(source))));
            }
        };
    }
}
