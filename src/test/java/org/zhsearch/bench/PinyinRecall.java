package org.zhsearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.pinyin.PinyinReader;

/**
 * Pinyin recall on a real corpus: for each word of the committed test set, the paragraphs containing it, and how
 * many of them a search by its full pinyin, its initials and its last syllable cut to one letter finds. Counted
 * exactly with the query {@code <letters> <word>} (the paragraphs containing the word that the letters also match)
 * against {@code <word>} alone. Run:
 * {@code java --add-modules jdk.incubator.vector -cp target/test-classes:target/zhsearch.jar
 * org.zhsearch.bench.PinyinRecall /tmp/zh-dev-corpus /tmp/pinyin-recall}.
 */
public final class PinyinRecall {
    private PinyinRecall() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path index = Path.of(args[1]);
        if (!ZhSearch.exists(index)) {
            ZhSearch.build(corpus, index, IndexOptions.defaults(), ProgressListener.NONE);
        }
        try (ZhSearch zh = ZhSearch.open(index)) {
            long[] found = new long[3];
            long[] expected = new long[3];
            List<String> misses = new ArrayList<>();
            for (String[] row : testSet()) {
                String word = row[0];
                long containing = total(zh, word);
                List<String> forms = forms(row[1]);
                for (int f = 0; f < forms.size(); f++) {
                    if (forms.get(f) == null) {
                        continue;
                    }
                    long matched = total(zh, forms.get(f) + " " + word);
                    expected[f] += containing;
                    found[f] += matched;
                    if (matched < containing) {
                        misses.add(forms.get(f) + " " + word + " " + matched + "/" + containing);
                    }
                }
            }
            String[] names = {"full pinyin", "initials", "begun last syllable"};
            long allFound = 0;
            long allExpected = 0;
            for (int f = 0; f < 3; f++) {
                System.out.printf(
                        Locale.ROOT,
                        "%-20s %d/%d paragraphs (%.4f)%n",
                        names[f],
                        found[f],
                        expected[f],
                        found[f] / (double) expected[f]);
                allFound += found[f];
                allExpected += expected[f];
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-20s %d/%d paragraphs (%.4f)%n",
                    "all",
                    allFound,
                    allExpected,
                    allFound / (double) allExpected);
            System.out.println("short of the word's paragraphs: " + misses);
        }
    }

    private static long total(ZhSearch zh, String query) {
        return zh.search(SearchRequest.of(query).withMode(SearchMode.EXACT).withLimit(1))
                .total();
    }

    /** Full pinyin, initials, and the last syllable cut to its first letter (null when that is a vowel). */
    private static List<String> forms(String reading) {
        String[] s = reading.split(" ");
        StringBuilder initials = new StringBuilder();
        for (String syllable : s) {
            initials.append(syllable.charAt(0));
        }
        String last = s[s.length - 1];
        String begun = "aeo".indexOf(last.charAt(0)) >= 0
                ? null
                : String.join("", List.of(s).subList(0, s.length - 1)) + last.charAt(0);
        List<String> out = new ArrayList<>();
        out.add(String.join("", s));
        out.add(initials.toString());
        out.add(begun);
        return out;
    }

    private static List<String[]> testSet() throws IOException {
        return TsvResource.rows(PinyinReader.class, "readings.tsv");
    }
}
