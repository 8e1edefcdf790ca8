package org.zhsearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Hit;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.pinyin.PinyinReader;

/**
 * How close a pinyin search ranks to the same words typed in characters — the ranking judged on graded relevance —
 * for the words of the committed test set: the share of the Chinese query's top 10 that the full-pinyin query's
 * top 10 holds, on the even-numbered words (used to choose {@code Ranking.PINYIN_WEIGHT}) and the odd-numbered ones
 * (held out). Words with fewer than 3 hits are skipped. Run on a built index:
 * {@code java --add-modules jdk.incubator.vector -cp target/test-classes:target/zhsearch.jar
 * org.zhsearch.bench.PinyinRankingAgreement /tmp/pinyin-recall}.
 */
public final class PinyinRankingAgreement {
    private PinyinRankingAgreement() {}

    public static void main(String[] args) throws IOException {
        List<String[]> rows = TsvResource.rows(PinyinReader.class, "readings.tsv");
        double[] sum = new double[2];
        int[] n = new int[2];
        try (ZhSearch zh = ZhSearch.open(Path.of(args[0]))) {
            for (int i = 0; i < rows.size(); i++) {
                List<String> chinese = top10(zh, rows.get(i)[0]);
                if (chinese.size() < 3) {
                    continue;
                }
                List<String> pinyin = top10(zh, rows.get(i)[1].replace(" ", ""));
                sum[i % 2] += pinyin.stream().filter(chinese::contains).count() / (double) chinese.size();
                n[i % 2]++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "overlap@10 with the Chinese query's top 10: tuning half %.3f (%d words), "
                        + "held-out half %.3f (%d words)%n",
                sum[0] / n[0],
                n[0],
                sum[1] / n[1],
                n[1]);
    }

    private static List<String> top10(ZhSearch zh, String query) {
        return zh.search(SearchRequest.of(query).withMode(SearchMode.EXACT)).hits().stream()
                .map(Hit::id)
                .toList();
    }
}
