package org.zhsearch.relevance;

import java.nio.file.Path;
import java.util.Locale;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;
import org.zhsearch.corpus.CorpusFile;
import org.zhsearch.corpus.CorpusReader;

/**
 * How Chinese a corpus is, as zhsearch reads it: articles, paragraphs, and the share of paragraphs that are mostly
 * English (more Latin letters than Han characters) or have no Han character at all — the GIMP manual is a partly
 * translated one, unlike the dev corpus.
 * <pre>java -cp target/test-classes:target/zhsearch.jar org.zhsearch.relevance.CorpusShape CORPUS</pre>
 */
final class CorpusShape {
    private CorpusShape() {}

    public static void main(String[] args) {
        CorpusReader reader = new CorpusReader(Path.of(args[0]));
        int[] counts = new int[4]; // articles, paragraphs, mostly English, no Han at all
        for (CorpusFile file : reader.list(skip -> {})) {
            reader.read(file, article -> count(article, counts));
        }
        System.out.printf(
                Locale.ROOT,
                "%d articles, %d paragraphs; mostly English (Latin letters > Han characters): %d (%.1f %%); "
                        + "without any Han character: %d (%.1f %%)%n",
                counts[0],
                counts[1],
                counts[2],
                100.0 * counts[2] / counts[1],
                counts[3],
                100.0 * counts[3] / counts[1]);
    }

    private static void count(Article article, int[] counts) {
        counts[0]++;
        for (Paragraph p : article.paragraphs()) {
            long han = p.text()
                    .codePoints()
                    .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .count();
            long latin = p.text()
                    .codePoints()
                    .filter(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                    .count();
            counts[1]++;
            counts[2] += latin > han ? 1 : 0;
            counts[3] += han == 0 ? 1 : 0;
        }
    }
}
