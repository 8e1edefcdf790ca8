package org.zhsearch.bench;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.zhsearch.ZhSearch;
import org.zhsearch.analysis.NormalizedText;
import org.zhsearch.api.AnalysisConfig;
import org.zhsearch.api.Article;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;

/**
 * Ranking evaluation with known-item queries built from a corpus: pick a random paragraph, take 2–3 rare chunks of
 * 2–4 consecutive Chinese characters from it (rare: in at most {@link #MAX_CHUNK_PARAGRAPHS} paragraphs) and join
 * them with spaces (= AND) — what a reader remembering a paragraph types. Success is that paragraph (or one with
 * the same normalised text) at rank 1 / in the top 10; MRR@10 averages 1/rank over the top 10. Query sets:
 * <ul>
 *   <li>{@code exact} — the chunks as they appear in the text. With exact-substring AND most such queries match
 *       only their paragraph, so this set mostly checks that nothing is lost;</li>
 *   <li>{@code exact OR} — the same chunks joined by {@code OR}: every paragraph with any chunk matches and the
 *       ranking alone decides where the target lands;</li>
 *   <li>{@code traditional} — the same queries converted to traditional characters (ICU Simplified-Traditional),
 *       as a reader in Hong Kong or Taiwan would type them;</li>
 *   <li>{@code synonym} — one chunk replaced by another way of writing a word of the paragraph, per the synonyms
 *       file ({@code a, b}: either way round; {@code a => b}: a query for a on a paragraph containing b).</li>
 * </ul>
 * {@link #main} builds one index per configuration — baseline (no dictionaries, no folding), +user dictionary,
 * +synonyms, +traditional/simplified folding — and prints S@1, S@10, MRR@10 per query set and the substring recall
 * of {@link RecallCheck} for each:
 * <pre>java --add-modules jdk.incubator.vector -cp target/test-classes:target/zhsearch.jar org.zhsearch.bench.RankingEval CORPUS_DIR
 *     [queries=500] [seed=42] [userdict=config/userdict.txt] [synonyms=config/synonyms.txt]</pre>
 */
public final class RankingEval {
    /** A chunk in more paragraphs than this is not rare. */
    static final int MAX_CHUNK_PARAGRAPHS = 200;
    /** Paragraphs with fewer Chinese characters than this are not used as targets. */
    static final int MIN_TARGET_HAN = 16;

    /** A query and the paragraph it is meant to find ({@code targets}: ids of paragraphs with the same text). */
    public record KnownItem(String query, String target, Set<String> targets) {}

    /**
     * Results of one query set.
     *
     * @param queries   number of queries
     * @param atOne     queries whose target is ranked first
     * @param inTopTen  queries whose target is in the top 10
     * @param mrr       mean reciprocal rank, counting ranks 1–10 (0 beyond)
     * @param ambiguous queries matching more than one paragraph (where ranking matters)
     * @param meanTotal mean number of matching paragraphs
     */
    public record Metrics(int queries, int atOne, int inTopTen, double mrr, int ambiguous, double meanTotal) {
        public double successAt1() {
            return queries == 0 ? 0 : (double) atOne / queries;
        }

        public double successAt10() {
            return queries == 0 ? 0 : (double) inTopTen / queries;
        }
    }

    private record Para(String id, String text, String norm) {}

    private RankingEval() {}

    /** {@code count} seeded known-item queries of 2–3 rare chunks each, from {@code articles}. */
    public static List<KnownItem> knownItems(List<Article> articles, int count, long seed) {
        List<Para> paras = paragraphs(articles);
        Map<String, Set<String>> sameText = sameText(paras);
        Random random = new Random(seed);
        List<Integer> order = shuffledTargets(paras, random);
        List<Integer> picked = order.subList(0, Math.min(order.size(), count * 3));
        Map<String, Integer> df = documentFrequencies(paras, picked);
        List<KnownItem> out = new ArrayList<>();
        for (int i : picked) {
            if (out.size() == count) {
                break;
            }
            Para p = paras.get(i);
            List<int[]> rare = new ArrayList<>();
            for (int[] c : chunks(p.text())) {
                if (df.getOrDefault(NormalizedText.normalize(p.text().substring(c[0], c[1]), true), 0)
                        <= MAX_CHUNK_PARAGRAPHS) {
                    rare.add(c);
                }
            }
            List<String> query = pickNonOverlapping(p.text(), rare, 2 + random.nextInt(2), random);
            if (query != null) {
                out.add(new KnownItem(String.join(" ", query), p.id(), sameText.get(p.norm())));
            }
        }
        return out;
    }

    /** The queries of {@code items} with their chunks joined by {@code OR}: any chunk matches, ranking decides. */
    public static List<KnownItem> anyChunk(List<KnownItem> items) {
        return items.stream()
                .map(k -> new KnownItem(String.join(" OR ", k.query().split(" ")), k.target(), k.targets()))
                .toList();
    }

    /** The queries of {@code items} written in traditional characters (ICU Simplified-Traditional). */
    public static List<KnownItem> traditional(List<KnownItem> items) {
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        return items.stream()
                .map(k -> new KnownItem(toTraditional.transliterate(k.query()), k.target(), k.targets()))
                .toList();
    }

    /**
     * Up to {@code count} queries whose first part is another way of writing a word the target contains, per the
     * synonyms file: the target contains {@code written} but not {@code typed}; 1–2 rare chunks follow.
     */
    public static List<KnownItem> synonymItems(List<Article> articles, Path synonyms, int count, long seed)
            throws IOException {
        List<String[]> pairs = synonymPairs(synonyms); // {typed, written}
        List<Para> paras = paragraphs(articles);
        Map<String, Set<String>> sameText = sameText(paras);
        Random random = new Random(seed);
        List<int[]> candidates = new ArrayList<>(); // {paragraph, pair}
        for (int i = 0; i < paras.size(); i++) {
            String norm = paras.get(i).norm();
            for (int k = 0; k < pairs.size(); k++) {
                String written = NormalizedText.normalize(pairs.get(k)[1], true);
                if (norm.contains(written)
                        && !norm.contains(NormalizedText.normalize(pairs.get(k)[0], true))
                        && han(paras.get(i).text()) >= MIN_TARGET_HAN) {
                    candidates.add(new int[] {i, k});
                }
            }
        }
        Collections.shuffle(candidates, random);
        List<int[]> picked = candidates.subList(0, Math.min(candidates.size(), count * 3));
        Map<String, Integer> df =
                documentFrequencies(paras, picked.stream().map(c -> c[0]).toList());
        List<KnownItem> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int[] c : picked) {
            Para p = paras.get(c[0]);
            String[] pair = pairs.get(c[1]);
            if (out.size() == count || !used.add(p.id())) {
                continue;
            }
            String written = NormalizedText.normalize(pair[1], true);
            int at = p.norm().indexOf(written);
            List<int[]> rare = new ArrayList<>();
            for (int[] ch : chunks(p.text())) {
                boolean overlaps = ch[0] < at + written.length() + 1 && at - 1 < ch[1];
                if (!overlaps
                        && df.getOrDefault(NormalizedText.normalize(p.text().substring(ch[0], ch[1]), true), 0)
                                <= MAX_CHUNK_PARAGRAPHS) {
                    rare.add(ch);
                }
            }
            List<String> rest = pickNonOverlapping(p.text(), rare, 1 + random.nextInt(2), random);
            if (rest != null && p.norm().length() == p.text().length()) {
                List<String> query = new ArrayList<>();
                query.add(pair[0].contains(" ") ? "\"" + pair[0] + "\"" : pair[0]);
                query.addAll(rest);
                out.add(new KnownItem(String.join(" ", query), p.id(), sameText.get(p.norm())));
            }
        }
        return out;
    }

    /** Runs every query (top 10) and scores where its target lands. */
    public static Metrics evaluate(ZhSearch zh, List<KnownItem> items) {
        int atOne = 0;
        int inTopTen = 0;
        int ambiguous = 0;
        double reciprocal = 0;
        long totals = 0;
        for (KnownItem k : items) {
            SearchResult r = zh.search(SearchRequest.of(k.query()).withLimit(10));
            totals += r.total();
            if (r.total() > 1) {
                ambiguous++;
            }
            List<Hit> hits = r.hits();
            for (int rank = 1; rank <= hits.size(); rank++) {
                if (k.targets().contains(hits.get(rank - 1).id())) {
                    atOne += rank == 1 ? 1 : 0;
                    inTopTen++;
                    reciprocal += 1.0 / rank;
                    break;
                }
            }
        }
        int n = items.size();
        return new Metrics(
                n, atOne, inTopTen, n == 0 ? 0 : reciprocal / n, ambiguous, n == 0 ? 0 : (double) totals / n);
    }

    private static List<Para> paragraphs(List<Article> articles) {
        List<Para> out = new ArrayList<>();
        for (Article a : articles) {
            for (Paragraph p : a.paragraphs()) {
                out.add(new Para(a.id() + "#" + p.n(), p.text(), NormalizedText.normalize(p.text(), true)));
            }
        }
        return out;
    }

    private static Map<String, Set<String>> sameText(List<Para> paras) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Para p : paras) {
            out.computeIfAbsent(p.norm(), k -> new HashSet<>()).add(p.id());
        }
        return out;
    }

    private static List<Integer> shuffledTargets(List<Para> paras, Random random) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < paras.size(); i++) {
            // targets whose normalised text keeps the original offsets, so chunks can be cut from either
            if (han(paras.get(i).text()) >= MIN_TARGET_HAN
                    && paras.get(i).norm().length() == paras.get(i).text().length()) {
                out.add(i);
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    private static int han(String text) {
        return (int) text.codePoints().filter(Character::isIdeographic).count();
    }

    /** Every span of 2–4 consecutive ideographs (BMP only), as {start, end} offsets. */
    private static List<int[]> chunks(String text) {
        List<int[]> out = new ArrayList<>();
        for (int start = 0; start < text.length(); start++) {
            for (int len = 2; len <= 4 && start + len <= text.length(); len++) {
                boolean ideographs = true;
                for (int k = start; k < start + len; k++) {
                    ideographs &= Character.isIdeographic(text.charAt(k));
                }
                if (!ideographs) {
                    break;
                }
                out.add(new int[] {start, start + len});
            }
        }
        return out;
    }

    /** Paragraph frequency of every chunk of the given paragraphs, counted over all paragraphs. */
    private static Map<String, Integer> documentFrequencies(List<Para> paras, List<Integer> of) {
        Map<String, Integer> df = new HashMap<>();
        for (int i : of) {
            Para p = paras.get(i);
            for (int[] c : chunks(p.text())) {
                df.put(NormalizedText.normalize(p.text().substring(c[0], c[1]), true), 0);
            }
        }
        for (Para p : paras) {
            Set<String> seen = new HashSet<>();
            String t = p.norm();
            for (int start = 0; start < t.length(); start++) {
                for (int len = 2; len <= 4 && start + len <= t.length(); len++) {
                    String s = t.substring(start, start + len);
                    if (df.containsKey(s) && seen.add(s)) {
                        df.merge(s, 1, Integer::sum);
                    }
                }
            }
        }
        return df;
    }

    /** {@code k} chunks that do not overlap or touch, in text order; null if there are not enough. */
    private static List<String> pickNonOverlapping(String text, List<int[]> chunks, int k, Random random) {
        List<int[]> pool = new ArrayList<>(chunks);
        Collections.shuffle(pool, random);
        List<int[]> chosen = new ArrayList<>();
        for (int[] c : pool) {
            if (chosen.size() == k) {
                break;
            }
            if (chosen.stream().noneMatch(o -> c[0] <= o[1] && o[0] <= c[1])) {
                chosen.add(c);
            }
        }
        if (chosen.size() < k) {
            return null;
        }
        chosen.sort((a, b) -> Integer.compare(a[0], b[0]));
        return chosen.stream().map(c -> text.substring(c[0], c[1])).toList();
    }

    /** {typed, written} pairs of the synonyms file: both ways for {@code a, b}, one way for {@code a => b}. */
    static List<String[]> synonymPairs(Path synonyms) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(synonyms, StandardCharsets.UTF_8)) {
            String rule = line.strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            int arrow = rule.indexOf("=>");
            List<String> left = split(arrow >= 0 ? rule.substring(0, arrow) : rule);
            List<String> right = arrow >= 0 ? split(rule.substring(arrow + 2)) : left;
            for (String typed : left) {
                for (String written : right) {
                    if (!typed.equals(written) && written.codePoints().allMatch(Character::isIdeographic)) {
                        out.add(new String[] {typed, written});
                    }
                }
            }
        }
        return out;
    }

    private static List<String> split(String side) {
        return List.of(side.split(",")).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** CPU time of this process: steadier than wall time on a shared machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void delete(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: RankingEval CORPUS_DIR [queries=500] [seed=42]"
                    + " [userdict=config/userdict.txt] [synonyms=config/synonyms.txt]");
        }
        Path corpus = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Path userDict = Path.of(args.length > 3 ? args[3] : "config/userdict.txt");
        Path synonyms = Path.of(args.length > 4 ? args[4] : "config/synonyms.txt");

        // query sets are built with the default normalisation (folding on)
        List<Article> articles = RecallCheck.articles(corpus);
        Map<String, List<KnownItem>> sets = new LinkedHashMap<>();
        sets.put("exact", knownItems(articles, count, seed));
        sets.put("exact OR", anyChunk(sets.get("exact")));
        sets.put("traditional", traditional(sets.get("exact")));
        sets.put("synonym", synonymItems(articles, synonyms, count, seed));

        Map<String, AnalysisConfig> configs = new LinkedHashMap<>();
        configs.put("baseline", new AnalysisConfig(null, null, null, false));
        configs.put("+userdict", new AnalysisConfig(userDict, null, null, false));
        configs.put("+synonyms", new AnalysisConfig(userDict, synonyms, null, false));
        configs.put("+t/s folding", new AnalysisConfig(userDict, synonyms, null, true));

        System.out.printf("corpus %s, seed %d, user dictionary %s, synonyms %s%n", corpus, seed, userDict, synonyms);
        System.out.printf(
                "%-13s %-11s %7s %6s %6s %7s %9s %10s%n",
                "config", "queries", "n", "S@1", "S@10", "MRR@10", "total>1", "mean total");
        List<String> recall = new ArrayList<>();
        Path warmUp = Files.createTempDirectory("zhsearch-ranking");
        ZhSearch.build(corpus, warmUp, IndexOptions.defaults().withThreads(1), ProgressListener.NONE); // JIT warm-up
        delete(warmUp);
        for (var config : configs.entrySet()) {
            AnalysisConfig dictionaries = config.getValue();
            Path index = Files.createTempDirectory("zhsearch-ranking");
            long cpu0 = processCpuNanos();
            // one indexing thread: documents in corpus order, so score ties break the same way in every run
            ZhSearch.build(corpus, index, dictionaries, IndexOptions.defaults().withThreads(1), ProgressListener.NONE);
            double seconds = (processCpuNanos() - cpu0) / 1e9;
            try (ZhSearch zh = ZhSearch.open(index, dictionaries)) {
                ZhSearch.Dictionaries loaded = zh.dictionaries();
                for (var set : sets.entrySet()) {
                    Metrics m = evaluate(zh, set.getValue());
                    System.out.printf(
                            "%-13s %-11s %7d %6.3f %6.3f %7.3f %9d %10.1f%n",
                            config.getKey(),
                            set.getKey(),
                            m.queries(),
                            m.successAt1(),
                            m.successAt10(),
                            m.mrr(),
                            m.ambiguous(),
                            m.meanTotal());
                }
                long expected = 0;
                long found = 0;
                long returned = 0;
                for (RecallCheck.Row row :
                        RecallCheck.run(zh, articles, 2, 6, 40, seed, dictionaries.foldTraditional())) {
                    expected += row.expected();
                    found += row.found();
                    returned += row.returned();
                }
                recall.add(String.format(
                        "%-13s index CPU %5.1f s  user words %d (%d skipped)  synonym rules %d  "
                                + "substring recall %.4f (%d/%d), returned %d",
                        config.getKey(),
                        seconds,
                        loaded.userWords(),
                        loaded.problems().size(),
                        loaded.synonymRules(),
                        expected == 0 ? 1.0 : (double) found / expected,
                        found,
                        expected,
                        returned));
            } finally {
                delete(index);
            }
        }
        recall.forEach(System.out::println);
    }
}
