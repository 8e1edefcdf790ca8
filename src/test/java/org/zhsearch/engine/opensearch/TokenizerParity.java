package org.zhsearch.engine.opensearch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;
import org.zhsearch.bench.RecallCheck;

/**
 * How often the cluster's recall chain ({@code standard} tokenizer + {@code cjk_bigram}, on text we normalised) cuts
 * a paragraph differently from ours (ICU tokenizer + bigrams): counts paragraphs whose terms or positions differ and
 * prints examples.
 * The cluster gets {@link Analysis#recallText} (or, with {@code plain}, the normalised text as it is).
 * <pre>java -cp target/test-classes:target/zhsearch.jar org.zhsearch.engine.opensearch.TokenizerParity CORPUS [plain]</pre>
 */
public final class TokenizerParity {
    private TokenizerParity() {}

    public static void main(String[] args) throws Exception {
        Analysis ours = Analysis.builtIn();
        Analyzer cluster = CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("cjkBigram", "outputUnigrams", "true")
                .build();
        int paragraphs = 0;
        int differ = 0;
        int shown = 0;
        for (Article a : RecallCheck.articles(Path.of(args[0]))) {
            for (Paragraph p : a.paragraphs()) {
                paragraphs++;
                String norm = args.length > 1 && args[1].equals("plain")
                        ? ours.normalize(p.text())
                        : ours.recallText(p.text());
                List<String> x = terms(ours.chars(), p.text());
                List<String> y = terms(cluster, norm);
                if (!x.equals(y)) {
                    differ++;
                    if (shown++ < 8) {
                        List<String> onlyOurs = new ArrayList<>(x);
                        onlyOurs.removeAll(y);
                        List<String> onlyCluster = new ArrayList<>(y);
                        onlyCluster.removeAll(x);
                        System.out.printf(
                                "%s#%d: ours only %s, cluster only %s%n",
                                a.id(),
                                p.n(),
                                onlyOurs.subList(0, Math.min(6, onlyOurs.size())),
                                onlyCluster.subList(0, Math.min(6, onlyCluster.size())));
                    }
                }
            }
        }
        System.out.printf(
                "%d paragraphs, %d (%.2f %%) tokenised differently by standard + cjk_bigram%n",
                paragraphs, differ, 100.0 * differ / paragraphs);
    }

    private static List<String> terms(Analyzer analyzer, String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("chars", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(term + "@" + pos);
            }
            ts.end();
        }
        return out;
    }
}
