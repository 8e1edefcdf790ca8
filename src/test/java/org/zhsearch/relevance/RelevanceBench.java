package org.zhsearch.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The judged relevance benchmark (README "Relevance"). Builds, in one run, the ES-like baseline, optionally an
 * earlier zhsearch jar, and this checkout; runs every judged query on each; prints nDCG@10, P@5, zero-result rate
 * and unjudged hits in the top 10 per query kind and split; checks that this checkout's exact totals equal the
 * earlier jar's; and writes every unjudged pooled paragraph to {@code WORK/unjudged.tsv} as blind rows for grading
 * (sorted by query and paragraph id, nothing says which ranker found it). The pool is every ranker's top 10 plus,
 * for two-keyword queries and questions, this checkout's top 10 related results (the ranked list shows only as many
 * as the exact hits leave room for). {@code --set=DIR} names the judged set (queries.tsv, judgments.tsv; default
 * {@code src/test/resources/relevance}, the Debian documentation set; {@code src/test/resources/relevance-gimp} is
 * the GIMP manual's).
 * <pre>java -cp target/test-classes:target/zhsearch.jar org.zhsearch.relevance.RelevanceBench CORPUS WORK [OLD_JAR]
 *     [--set=DIR]</pre>
 */
public final class RelevanceBench {
    static final Path DEFAULT_SET = Path.of("src/test/resources/relevance");
    private static final String[] KINDS = {"keyword", "two", "question", "all"};

    private RelevanceBench() {}

    public static void main(String[] commandLine) throws Exception {
        Path set = DEFAULT_SET;
        List<String> positional = new ArrayList<>();
        for (String arg : commandLine) {
            if (arg.startsWith("--set=")) {
                set = Path.of(arg.substring("--set=".length()));
            } else {
                positional.add(arg);
            }
        }
        String[] args = positional.toArray(String[]::new);
        Path corpus = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Files.createDirectories(work);
        System.out.println("judged set: " + set);
        List<JudgedQuery> queries = JudgedQuery.load(set.resolve("queries.tsv"));
        Judgments judgments = Judgments.load(set.resolve("judgments.tsv"));
        Path config = Path.of("config");

        EsLikeBaseline baseline = new EsLikeBaseline(corpus);
        judgments.inferIdenticalTexts(id -> baseline.paragraphs().get(id).text());
        List<Ranker> rankers = new ArrayList<>();
        rankers.add(baseline);
        if (args.length > 2) {
            rankers.add(
                    new JarRanker("zhsearch before issue 11", Path.of(args[2]), corpus, work.resolve("old"), config));
        }
        CurrentRanker current = new CurrentRanker(corpus, work.resolve("new"), config);
        rankers.add(current);

        Map<Ranker, Map<JudgedQuery, List<String>>> shown = new LinkedHashMap<>();
        for (Ranker r : rankers) {
            Map<JudgedQuery, List<String>> lists = new LinkedHashMap<>();
            for (JudgedQuery q : queries) {
                lists.put(q, r.top10(q.query()));
            }
            shown.put(r, lists);
        }
        System.out.printf(
                "%d queries, %d judged paragraphs%n%n",
                queries.size(),
                queries.stream().mapToInt(q -> judgments.of(q.id()).size()).sum());
        for (String split : new String[] {"all", "dev", "held"}) {
            System.out.println("split: " + split);
            System.out.printf("%-36s %-9s %7s %6s %6s %9s%n", "ranker", "kind", "nDCG@10", "P@5", "zero", "unjudged");
            for (Ranker r : rankers) {
                for (String kind : KINDS) {
                    List<JudgedQuery> selected = queries.stream()
                            .filter(q -> kind.equals("all") || q.kind().equals(kind))
                            .filter(q -> split.equals("all") || q.split().equals(split))
                            .toList();
                    printRow(r.name(), kind, selected, shown.get(r), judgments);
                }
            }
            System.out.println();
        }
        if (args.length > 2) {
            compareTotals(queries, rankers.get(1), current);
        }
        Map<JudgedQuery, List<String>> related = new LinkedHashMap<>();
        for (JudgedQuery q : queries) {
            related.put(q, q.kind().equals("keyword") ? List.of() : current.relatedTop10(q.query()));
        }
        writeUnjudged(work.resolve("unjudged.tsv"), queries, pools(queries, shown, related), judgments, baseline);
        writeRuns(work.resolve("runs.tsv"), shown, judgments, baseline);
        printPerQuery(queries, shown, judgments);
        for (Ranker r : rankers) {
            r.close();
        }
    }

    private static void printRow(
            String name,
            String kind,
            List<JudgedQuery> selected,
            Map<JudgedQuery, List<String>> lists,
            Judgments judgments) {
        double ndcg = 0;
        double p5 = 0;
        int zero = 0;
        int unjudged = 0;
        for (JudgedQuery q : selected) {
            List<String> ids = lists.get(q);
            ndcg += Scores.ndcgAt10(ids, judgments.of(q.id(), ids));
            p5 += Scores.precisionAt5(ids, judgments.of(q.id(), ids));
            zero += ids.isEmpty() ? 1 : 0;
            unjudged += (int) ids.stream()
                    .filter(id -> judgments.grade(q.id(), id).isEmpty())
                    .count();
        }
        int n = Math.max(1, selected.size());
        System.out.printf(
                Locale.ROOT,
                "%-36s %-9s %7.3f %6.3f %6.3f %9d%n",
                name,
                kind,
                ndcg / n,
                p5 / n,
                (double) zero / n,
                unjudged);
    }

    private static void compareTotals(List<JudgedQuery> queries, Ranker old, Ranker current) {
        int differ = 0;
        for (JudgedQuery q : queries) {
            long before = old.exactTotal(q.query());
            long now = current.exactTotal(q.query());
            if (before != now || !old.allExactHits(q.query()).equals(current.allExactHits(q.query()))) {
                differ++;
                System.out.printf("exact hits differ for %s: before %d, now %d%n", q.query(), before, now);
            }
        }
        System.out.printf(
                "exact hits: %d of %d queries have the same total and the same set of paragraphs as the "
                        + "earlier jar%n%n",
                queries.size() - differ, queries.size());
    }

    /** Per query, every ranker's top 10 and the related top 10, in article then paragraph-number order. */
    private static Map<JudgedQuery, TreeSet<String>> pools(
            List<JudgedQuery> queries,
            Map<Ranker, Map<JudgedQuery, List<String>>> shown,
            Map<JudgedQuery, List<String>> related) {
        Map<JudgedQuery, TreeSet<String>> pools = new LinkedHashMap<>();
        int onlyRelated = 0;
        for (JudgedQuery q : queries) {
            TreeSet<String> pool = new TreeSet<>(PARAGRAPH_ORDER);
            shown.values().forEach(lists -> pool.addAll(lists.get(q)));
            for (String id : related.get(q)) {
                onlyRelated += pool.add(id) ? 1 : 0;
            }
            pools.put(q, pool);
        }
        System.out.printf("%d pooled paragraphs come only from the related top 10s%n", onlyRelated);
        return pools;
    }

    /** {@code articleId#n}: by article id, then by paragraph number (so #2 before #10). */
    static final java.util.Comparator<String> PARAGRAPH_ORDER = java.util.Comparator.<String, String>comparing(
                    id -> id.substring(0, id.lastIndexOf('#')))
            .thenComparingInt(id -> Integer.parseInt(id.substring(id.lastIndexOf('#') + 1)));

    private static void writeUnjudged(
            Path out,
            List<JudgedQuery> queries,
            Map<JudgedQuery, TreeSet<String>> pools,
            Judgments judgments,
            EsLikeBaseline baseline) {
        List<String> rows = new ArrayList<>();
        rows.add("# qid\tquery\tintent\tparagraph\ttitle\ttext");
        for (JudgedQuery q : queries) {
            for (String id : pools.get(q)) {
                if (judgments.grade(q.id(), id).isEmpty()) {
                    EsLikeBaseline.Shown p = baseline.paragraphs().get(id);
                    rows.add(String.join(
                            "\t",
                            q.id(),
                            q.query(),
                            q.intent(),
                            id,
                            p.title(),
                            p.text().replace('\t', ' ')));
                }
            }
        }
        try {
            Files.write(out, rows, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("%d unjudged pooled paragraphs written to %s%n", rows.size() - 1, out);
    }

    /** Every ranker's top 10 with grades, for reading failures: ranker, query id, rank, paragraph, grade, text. */
    private static void writeRuns(
            Path out, Map<Ranker, Map<JudgedQuery, List<String>>> shown, Judgments judgments, EsLikeBaseline baseline) {
        List<String> rows = new ArrayList<>();
        int r = 0;
        for (Map<JudgedQuery, List<String>> lists : shown.values()) {
            for (Map.Entry<JudgedQuery, List<String>> e : lists.entrySet()) {
                for (int i = 0; i < e.getValue().size(); i++) {
                    String id = e.getValue().get(i);
                    String grade = judgments.grade(e.getKey().id(), id).stream()
                            .mapToObj(String::valueOf)
                            .findFirst()
                            .orElse("?");
                    rows.add(String.join(
                            "\t",
                            String.valueOf(r),
                            e.getKey().id(),
                            String.valueOf(i + 1),
                            id,
                            grade,
                            baseline.paragraphs().get(id).text().replace('\t', ' ')));
                }
            }
            r++;
        }
        try {
            Files.write(out, rows, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printPerQuery(
            List<JudgedQuery> queries, Map<Ranker, Map<JudgedQuery, List<String>>> shown, Judgments judgments) {
        System.out.println("\nper query nDCG@10 (rankers in the order above):");
        for (JudgedQuery q : queries) {
            StringBuilder line = new StringBuilder(String.format("%-4s %-5s %-16s", q.id(), q.split(), q.query()));
            for (Map<JudgedQuery, List<String>> lists : shown.values()) {
                List<String> ids = lists.get(q);
                line.append(String.format(Locale.ROOT, " %6.3f", Scores.ndcgAt10(ids, judgments.of(q.id(), ids))));
            }
            System.out.println(line);
        }
    }
}
