package org.zhsearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The two analysis chains of zhsearch, built only from stock Lucene factories (by their SPI names, exactly as a
 * Solr schema or an OpenSearch mapping would name them), so the same chains can later run on SolrCloud or
 * OpenSearch without plugins.
 *
 * <ul>
 *   <li>{@link #words()} — the ranking field: {@code icuNormalizer2(nfkc_cf)} → {@code hmmChinese} (SmartChinese)
 *       → {@code stop} (SmartChinese's punctuation list). Unlike {@code SmartChineseAnalyzer} it has no Porter
 *       stemmer, so {@code iPhone15} stays one word.</li>
 *   <li>{@link #chars()} — the recall field: {@code icuNormalizer2(nfkc_cf)} → {@code icu} tokenizer with
 *       {@code cjkAsWords=false} (one token per ideograph, classified with ICU's current Unicode tables, so even
 *       the newest CJK extensions are tokens) → {@code cjkBigram(outputUnigrams=true)}. Bigrams are only formed
 *       between ideographs that are adjacent in the text, so nothing matches across punctuation or spaces.</li>
 * </ul>
 * Both normalise with NFKC + case folding (full-width → half-width, compatibility ideographs → unified ones,
 * {@code Ａ} → {@code a}); the text shown to users is never altered.
 */
public final class ZhAnalyzers {
    private static final Analyzer WORDS = build(false);
    private static final Analyzer CHARS = build(true);

    private ZhAnalyzers() {
    }

    /** SmartChinese words for ranking. Thread-safe, shared. */
    public static Analyzer words() {
        return WORDS;
    }

    /** Normalised CJK unigrams + bigrams and whole Latin/digit words, for exact substring recall. */
    public static Analyzer chars() {
        return CHARS;
    }

    /** Loads SmartChinese's dictionaries now (they load lazily, ~0.5 s) so the first query is not slow. */
    public static void warmUp() {
        try (TokenStream ts = WORDS.tokenStream("warm", "中华人民共和国成立了")) {
            ts.reset();
            while (ts.incrementToken()) {
                // consume
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analyzer build(boolean chars) {
        try {
            CustomAnalyzer.Builder b = CustomAnalyzer.builder(new ClasspathResourceLoader(SmartChineseAnalyzer.class))
                    .addCharFilter("icuNormalizer2", "name", "nfkc_cf", "mode", "compose");
            if (chars) {
                b.withTokenizer("icu", "cjkAsWords", "false")
                        .addTokenFilter("cjkBigram", "outputUnigrams", "true");
            } else {
                b.withTokenizer("hmmChinese")
                        .addTokenFilter("stop", "words", "stopwords.txt", "ignoreCase", "true");
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build analyzer", e);
        }
    }
}
