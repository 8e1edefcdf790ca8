package org.zhsearch.bench;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.zhsearch.analysis.SmartChineseTokenizerFactory;
import org.zhsearch.api.Paragraph;
import org.zhsearch.corpus.CorpusFile;
import org.zhsearch.corpus.CorpusReader;

/**
 * Our SmartChinese tokenizer against SmartChinese's own on every paragraph (and title) of a corpus: how many are cut
 * differently (terms, offsets, types; prints the first few), and each one's time per round, alternating. Run:
 * {@code java -cp target/test-classes:target/zhsearch.jar org.zhsearch.bench.SegmenterParity CORPUS ROUNDS}.
 */
public final class SegmenterParity {
    private SegmenterParity() {}

    public static void main(String[] args) throws Exception {
        CorpusReader reader = new CorpusReader(Path.of(args[0]));
        int rounds = Integer.parseInt(args[1]);
        List<String> texts = new ArrayList<>();
        for (CorpusFile f : reader.list(s -> {})) {
            reader.read(f, a -> {
                if (a.title() != null) {
                    texts.add(a.title());
                }
                a.paragraphs().stream().map(Paragraph::text).forEach(texts::add);
            });
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf("%d texts, %d chars%n", texts.size(), chars);
        Tokenizer ours = new SmartChineseTokenizerFactory(new HashMap<>()).create();
        Tokenizer theirs = new HMMChineseTokenizer();
        int differ = 0;
        for (String text : texts) {
            String a = cut(ours, text);
            String b = cut(theirs, text);
            if (!a.equals(b)) {
                if (differ++ < 5) {
                    System.out.printf("differs: %s%n  ours:   %s%n  theirs: %s%n", text, a, b);
                }
            }
        }
        System.out.printf("texts cut differently: %d of %d%n", differ, texts.size());
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long n1 = count(theirs, texts);
            long t1 = System.nanoTime();
            long n2 = count(ours, texts);
            long t2 = System.nanoTime();
            System.out.printf(
                    "SmartChinese %d ms, ours %d ms (%d / %d words), %.2fx%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, n1, n2, (double) (t1 - t0) / (t2 - t1));
        }
    }

    private static String cut(Tokenizer tokenizer, String text) throws Exception {
        StringBuilder out = new StringBuilder();
        tokenizer.setReader(new StringReader(text));
        CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
            out.append(term)
                    .append('[')
                    .append(offset.startOffset())
                    .append(',')
                    .append(offset.endOffset())
                    .append(type.type())
                    .append("] ");
        }
        tokenizer.end();
        tokenizer.close();
        return out.toString();
    }

    private static long count(Tokenizer tokenizer, List<String> texts) throws Exception {
        long n = 0;
        for (String text : texts) {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                n++;
            }
            tokenizer.end();
            tokenizer.close();
        }
        return n;
    }
}
