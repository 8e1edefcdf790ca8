package org.zhsearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.Token;

/**
 * Pinyin precision on a real corpus: every mark pinyin puts in a hit must be a whole word or a run of whole words
 * of that paragraph's cut (the analyzer's tokens). For each query of {@code pinyin-precision-queries.tsv} (written
 * before the first run), every exact hit found by pinyin is paged out and each marked span checked: it must start
 * where a word starts and end where a word ends. Also, for full pinyin, the recall of the paragraphs holding the
 * meant word as a word of their cut; for initials, whether the first hit found by pinyin (letters
 * that are a Latin word of the text keep their literal hits above) holds the word the query marks in the most
 * paragraphs.
 * Run: {@code java --add-modules jdk.incubator.vector -cp target/test-classes:target/zhsearch.jar
 * org.zhsearch.bench.PinyinPrecision /tmp/zh-dev-corpus /tmp/pinyin-precision-index}.
 */
public final class PinyinPrecision {
    private PinyinPrecision() {}

    /** A marked span of a paragraph's text, as offsets into the text. */
    record Span(int start, int end) {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path index = Path.of(args[1]);
        if (!ZhSearch.exists(index)) {
            ZhSearch.build(corpus, index, IndexOptions.defaults(), ProgressListener.NONE);
        }
        try (ZhSearch zh = ZhSearch.open(index)) {
            long marks = 0;
            long whole = 0;
            long expected = 0;
            long found = 0;
            int initialsQueries = 0;
            int firstHolds = 0;
            List<String> cuts = new ArrayList<>();
            List<String> misses = new ArrayList<>();
            List<String> firstMisses = new ArrayList<>();
            for (String[] q : queries()) {
                String kind = q[0];
                String typed = q[1];
                String meant = q[2];
                Map<String, Hit> hits = pinyinHits(zh, typed);
                Map<String, Integer> markedWords = new HashMap<>();
                int queryCuts = 0;
                for (Hit h : hits.values()) {
                    List<Token> words = zh.analyze(h.text());
                    Set<String> inThisHit = new HashSet<>();
                    for (Span s : marks(h.highlight())) {
                        marks++;
                        if (isWholeWords(words, s)) {
                            whole++;
                        } else {
                            queryCuts++;
                            if (cuts.size() < 30) {
                                cuts.add(typed + ": " + h.text().substring(s.start(), s.end()) + " in "
                                        + h.text()
                                                .substring(
                                                        Math.max(0, s.start() - 4),
                                                        Math.min(h.text().length(), s.end() + 4)));
                            }
                        }
                        inThisHit.add(h.text().substring(s.start(), s.end()));
                    }
                    inThisHit.forEach(w -> markedWords.merge(w, 1, Integer::sum)); // paragraphs per marked word
                }
                if (typed.equals("zhongguo")) {
                    System.out.println("zhongguo: " + queryCuts + " marks that cut a word, " + hits.size() + " hits");
                }
                if (kind.equals("full")) {
                    Set<String> asWord = paragraphsWithWord(zh, meant);
                    long hit = asWord.stream().filter(hits::containsKey).count();
                    expected += asWord.size();
                    found += hit;
                    if (hit < asWord.size()) {
                        misses.add(typed + " " + meant + " " + hit + "/" + asWord.size());
                    }
                } else {
                    initialsQueries++;
                    String top = markedWords.entrySet().stream()
                            .max(Map.Entry.<String, Integer>comparingByValue())
                            .map(Map.Entry::getKey)
                            .orElse(null);
                    Hit first = hits.values().stream().findFirst().orElse(null); // literal hits rank above
                    if (top != null && first != null && first.text().contains(top)) {
                        firstHolds++;
                    } else {
                        firstMisses.add(typed + " (most marked " + top + ", first hit "
                                + (first == null ? "none" : first.text()) + ")");
                    }
                }
            }
            System.out.printf(
                    Locale.ROOT, "marks checked %d, whole words %d (%.4f)%n", marks, whole, whole / (double) marks);
            System.out.printf(
                    Locale.ROOT,
                    "full pinyin recall of paragraphs holding the word as a word: %d/%d (%.4f)%n",
                    found,
                    expected,
                    found / (double) expected);
            System.out.printf(
                    Locale.ROOT,
                    "initials whose first pinyin hit holds the word marked in most paragraphs: %d/%d%n",
                    firstHolds,
                    initialsQueries);
            System.out.println("cuts: " + cuts);
            System.out.println("recall misses: " + misses);
            System.out.println("first-hit misses: " + firstMisses);
        }
    }

    /** Every exact hit of {@code typed} found by pinyin, by id, paged out to the last page allowed. */
    private static Map<String, Hit> pinyinHits(ZhSearch zh, String typed) {
        Map<String, Hit> out = new LinkedHashMap<>();
        for (int offset = 0; offset <= SearchRequest.MAX_OFFSET; offset += SearchRequest.MAX_LIMIT) {
            var r = zh.search(request(typed).withOffset(offset));
            r.hits().stream().filter(h -> Hit.PINYIN.equals(h.match())).forEach(h -> out.put(h.id(), h));
            if (offset + SearchRequest.MAX_LIMIT >= r.total()) {
                break;
            }
        }
        return out;
    }

    private static SearchRequest request(String query) {
        return SearchRequest.of(query).withMode(SearchMode.EXACT).withLimit(SearchRequest.MAX_LIMIT);
    }

    /** The ids of the paragraphs whose cut has {@code word} as one word (paged from the Chinese search). */
    private static Set<String> paragraphsWithWord(ZhSearch zh, String word) {
        Set<String> out = new HashSet<>();
        for (int offset = 0; offset <= SearchRequest.MAX_OFFSET; offset += SearchRequest.MAX_LIMIT) {
            var r = zh.search(request(word).withOffset(offset));
            for (Hit h : r.hits()) {
                if (zh.analyze(h.text()).stream().anyMatch(t -> t.term().equals(word))) {
                    out.add(h.id());
                }
            }
            if (offset + SearchRequest.MAX_LIMIT >= r.total()) {
                break;
            }
        }
        return out;
    }

    /** Whether a word of the cut starts where the span starts and one ends where it ends. */
    static boolean isWholeWords(List<Token> words, Span s) {
        return words.stream().anyMatch(t -> t.start() == s.start())
                && words.stream().anyMatch(t -> t.end() == s.end());
    }

    /** The marked spans of a highlight, as offsets into the original text (entities count as one character). */
    static List<Span> marks(String highlight) {
        List<Span> out = new ArrayList<>();
        int at = 0;
        int open = -1;
        for (int i = 0; i < highlight.length(); ) {
            if (highlight.startsWith("<mark>", i)) {
                open = at;
                i += 6;
            } else if (highlight.startsWith("</mark>", i)) {
                out.add(new Span(open, at));
                i += 7;
            } else if (highlight.charAt(i) == '&') {
                i = highlight.indexOf(';', i) + 1;
                at++;
            } else {
                i++;
                at++;
            }
        }
        return out;
    }

    private static List<String[]> queries() throws IOException {
        return TsvResource.rows(PinyinPrecision.class, "pinyin-precision-queries.tsv");
    }
}
