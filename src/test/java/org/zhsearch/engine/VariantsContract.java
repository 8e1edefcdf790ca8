package org.zhsearch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.zhsearch.ZhSearch;
import org.zhsearch.analysis.NormalizedText;
import org.zhsearch.api.Article;
import org.zhsearch.api.Hit;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.api.Token;
import org.zhsearch.config.ZhsearchConfig;

/**
 * Regional vocabulary ({@code regional-pairs.txt}: Taiwan word, mainland word): with variants on, each side's word
 * finds the paragraph written with the other side's word (at least 50 pairs) — except where the Taiwan word, folded,
 * is one ordinary mainland word (資料 → 资料), where neither side changes what it finds; every hit contains the word or a reported variant; a word
 * without variants finds the same as with the switch off; off, a word finds only itself (as before).
 */
final class VariantsContract {
    private VariantsContract() {}

    record Pair(String taiwan, String mainland) {}

    /** {@code open}: the engine on a fresh, empty index with regional variants on (true) or off. */
    static void run(Function<Boolean, ZhsearchConfig> open) throws IOException {
        List<Pair> pairs = pairs();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(50);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            articles.add(ZhSearch.articleFromText(
                    "variants/" + i + ".txt",
                    "词语第" + i + "组\n"
                            + "上週我們在台北的辦公室討論了" + p.taiwan() + "，大家各說各的。\n"
                            + "这次在北京开会时，同事又提到了" + p.mainland() + "这件事。\n"));
        }
        List<String> unbridged = new ArrayList<>();
        try (ZhSearch on = ZhSearch.open(open.apply(true));
                ZhSearch off = ZhSearch.open(open.apply(false))) {
            on.putAll(articles);
            off.putAll(articles);
            int bridged = 0;
            for (Pair p : pairs) {
                SearchResult fromTaiwan = exact(on, p.taiwan());
                SearchResult fromMainland = exact(on, p.mainland());
                if (isOneMainlandWord(on, p.taiwan())) {
                    // 資料 reads as 资料 (materials) once folded: bridging would make 数据 find 资料, so the pair is
                    // not used — the mainland word finds exactly what it finds with the switch off
                    assertThat(ids(fromMainland)).as(p.mainland()).isEqualTo(ids(exact(off, p.mainland())));
                    assertThat(ids(fromTaiwan)).as(p.taiwan()).isEqualTo(ids(exact(off, p.taiwan())));
                    continue;
                }
                bridged++;
                if (!texts(fromTaiwan).stream().anyMatch(t -> t.contains("北京") && t.contains(p.mainland()))
                        || !texts(fromMainland).stream().anyMatch(t -> t.contains("台北") && t.contains(p.taiwan()))) {
                    unbridged.add(p.taiwan() + "/" + p.mainland());
                }
                everyHitHoldsTheWordOrAReportedVariant(fromTaiwan, p.taiwan());
                everyHitHoldsTheWordOrAReportedVariant(fromMainland, p.mainland());

                SearchResult offTaiwan = exact(off, p.taiwan());
                assertThat(offTaiwan.variants()).isNull();
                assertThat(texts(offTaiwan)).allMatch(t -> norm(t).contains(norm(p.taiwan())));
            }
            assertThat(unbridged)
                    .as("pairs one side of which does not find the other")
                    .isEmpty();
            assertThat(bridged).as("pairs bridged both ways").isGreaterThanOrEqualTo(50);

            // words without a regional variant: the switch changes nothing
            for (String word : List.of("辦公室", "开会", "同事", "大家各說各的", "北京", "词语第1", "討論")) {
                SearchResult withVariants = exact(on, word);
                SearchResult without = exact(off, word);
                assertThat(withVariants.variants()).as(word).isNull();
                assertThat(withVariants.total())
                        .as(word)
                        .isEqualTo(without.total())
                        .isPositive();
                assertThat(ids(withVariants)).as(word).isEqualTo(ids(without));
            }
            // a word whose variant (人工智慧) no paragraph holds: nothing to report
            assertThat(exact(on, "人工智能").variants()).isNull();
            SearchResult software = exact(on, "軟體");
            assertThat(software.variants()).containsKey("軟體");
            assertThat(software.variants().get("軟體")).contains("软件");
            assertThat(software.hits())
                    .anyMatch(h -> h.text().contains("软件") && h.highlight().contains("<mark>软件</mark>"));
        }
    }

    /** {@code c} with regional variants {@code on} or off. */
    static ZhsearchConfig withVariants(ZhsearchConfig c, boolean on) {
        return new ZhsearchConfig(
                c.port(),
                c.bind(),
                c.indexDir(),
                c.corpusDir(),
                c.indexThreads(),
                c.adminToken(),
                c.maxBodyBytes(),
                c.corsOrigins(),
                c.indexMinLivePercent(),
                c.backend(),
                c.dictionaryDir(),
                c.opensearch(),
                c.auth(),
                c.fields(),
                c.corpusWatch(),
                on);
    }

    private static void everyHitHoldsTheWordOrAReportedVariant(SearchResult r, String word) {
        Set<String> forms = new TreeSet<>();
        forms.add(norm(word));
        if (r.variants() != null) {
            r.variants().getOrDefault(word, List.of()).forEach(v -> forms.add(norm(v)));
        }
        assertThat(r.total()).isEqualTo(r.hits().size());
        assertThat(texts(r)).as(word).allMatch(t -> forms.stream().anyMatch(norm(t)::contains));
    }

    private static SearchResult exact(ZhSearch zh, String query) {
        return zh.search(
                SearchRequest.of(query).withLimit(SearchRequest.MAX_LIMIT).withMode(SearchMode.EXACT));
    }

    private static List<String> texts(SearchResult r) {
        return r.hits().stream().map(Hit::text).toList();
    }

    private static Set<String> ids(SearchResult r) {
        Set<String> out = new TreeSet<>();
        r.hits().forEach(h -> out.add(h.id()));
        return out;
    }

    private static String norm(String s) {
        return NormalizedText.normalize(s, true);
    }

    /** Whether the Taiwan word, as the index reads it (folded), is one word of the analyzer's mainland dictionary. */
    private static boolean isOneMainlandWord(ZhSearch zh, String taiwan) {
        List<Token> tokens = zh.analyze(taiwan);
        return tokens.size() == 1 && tokens.get(0).start() == 0 && tokens.get(0).end() == taiwan.length();
    }

    static List<Pair> pairs() throws IOException {
        try (InputStream in = VariantsContract.class.getResourceAsStream("regional-pairs.txt")) {
            List<Pair> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] sides = line.strip().split("\t");
                    out.add(new Pair(sides[0], sides[1]));
                }
            }
            return out;
        }
    }
}
