package org.zhsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;

/**
 * {@code zhsearch index --update} against a full rebuild, as whole processes of the shaded jar, on a copy of a corpus:
 * <ol>
 *   <li>{@code index} of the copy (a full rebuild, timed);
 *   <li>1 % of its files changed (a paragraph appended), as many added and as many removed;
 *   <li>{@code index --update} (timed), then a full {@code index} of the changed copy into a second index (timed:
 *       the rebuild the update replaces);
 *   <li>for 30 words drawn from the corpus and the words the changes added: every article hit (exact mode, grouped
 *       by article, all pages) and the total of both indexes, compared.
 * </ol>
 * Run after {@code mvn package}:
 *
 * <pre>java -cp target/test-classes:target/zhsearch.jar org.zhsearch.bench.SyncBench /tmp/zh-dev-corpus /tmp/syncbench</pre>
 */
public final class SyncBench {
    private static final Pattern HAN_PAIR = Pattern.compile("\\p{IsHan}{2}");
    private static final List<String> ADDED_WORDS = List.of("翡翠湖", "琥珀港", "玛瑙山");

    private SyncBench() {}

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path work = Path.of(args.length > 1 ? args[1] : "/tmp/zhsearch-syncbench");
        Path jar = Path.of(System.getProperty("zhsearch.jar", "target/zhsearch.jar"))
                .toAbsolutePath();
        deleteTree(work);
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        copyTree(source, corpus);
        Path updated = work.resolve("updated");
        Path rebuilt = work.resolve("rebuilt");

        Run full = timed(jar, work, "index", "--corpus", corpus.toString(), "--index", updated.toString());
        List<Path> files = corpusFiles(corpus);
        int n = Math.max(1, Math.round(files.size() / 100f / 3));
        List<String> words = drawWords(files, 30, new Random(20261207L));
        Random pick = new Random(7L);
        Collections.shuffle(files, pick);
        change(corpus, files, n, 0);
        Run update =
                timed(jar, work, "index", "--corpus", corpus.toString(), "--index", updated.toString(), "--update");
        Run rebuild = timed(jar, work, "index", "--corpus", corpus.toString(), "--index", rebuilt.toString());

        List<String> queries = new ArrayList<>(words);
        queries.addAll(ADDED_WORDS);
        int same = 0;
        try (ZhSearch u = ZhSearch.open(updated);
                ZhSearch r = ZhSearch.open(rebuilt)) {
            for (String q : queries) {
                Answer a = answer(u, q);
                Answer b = answer(r, q);
                if (a.equals(b)) {
                    same++;
                } else {
                    System.out.printf(
                            "DIFFERENT for %s: update %d %s, rebuild %d %s%n", q, a.total, a.ids, b.total, b.ids);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%d files (%d changed, %d added, %d removed); articles: update %d, rebuild %d%n",
                    files.size(),
                    n,
                    n,
                    n,
                    u.stats().articles(),
                    r.stats().articles());
        }
        System.out.printf(
                Locale.ROOT,
                "whole processes: full index %.2f s, index --update %.2f s, full index of the changed corpus %.2f s:"
                        + " the update took %.1f %% of the first full index's wall time (%.1f %% of its CPU time: %.2f"
                        + " of %.2f s); same totals and article ids for %d of %d queries%n",
                full.wall(),
                update.wall(),
                rebuild.wall(),
                100 * update.wall() / full.wall(),
                100 * update.cpu() / full.cpu(),
                update.cpu(),
                full.cpu(),
                same,
                queries.size());
        inProcess(updated, corpus, files, n);
    }

    /**
     * As a running server does ({@code POST /api/admin/reindex?mode=update}, {@code corpus.watch}): one open index,
     * another 1 % of the files changed, added and removed, then an update and a full rebuild of it, timed.
     */
    private static void inProcess(Path index, Path corpus, List<Path> files, int n) throws IOException {
        files.removeIf(f -> !Files.exists(f));
        Collections.shuffle(files, new Random(11L));
        try (ZhSearch zh = ZhSearch.open(index)) {
            zh.becomeWriter(); // as a server does at start
            IndexOptions options = IndexOptions.defaults().withThreads(2);
            double[] updates = new double[2];
            for (int round = 0; round < 2; round++) {
                change(corpus, files.subList(round * 3 * n, files.size() - round * n), n, 100 * (round + 1));
                long t0 = System.nanoTime();
                IndexReport report = zh.rebuild(corpus, options.withUpdate(true), ProgressListener.NONE);
                updates[round] = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "in one process: update %.2f s (%s)%n", updates[round], report.sync());
            }
            long t0 = System.nanoTime();
            zh.rebuild(corpus, options, ProgressListener.NONE);
            double full = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "in one process (a server): full rebuild %.2f s; first update %.2f s (%.1f %%), second %.2f s"
                            + " (%.1f %%)%n",
                    full,
                    updates[0],
                    100 * updates[0] / full,
                    updates[1],
                    100 * updates[1] / full);
        }
    }

    /** Appends a paragraph to {@code n} files, adds {@code n} and removes {@code n} (numbered from {@code from}). */
    private static void change(Path corpus, List<Path> files, int n, int from) throws IOException {
        for (int i = 0; i < n; i++) {
            Path changed = files.get(i);
            Files.writeString(changed, Files.readString(changed) + "\n同步测试：这一段提到" + ADDED_WORDS.get(i % 3) + "的新消息。\n");
            Files.writeString(
                    corpus.resolve("sync-added-" + (from + i) + ".txt"),
                    "新增文章" + (from + i) + "\n" + ADDED_WORDS.get(i % 3) + "边上新开了一家书店，读者络绎不绝。\n");
            Files.delete(files.get(files.size() - 1 - i));
        }
    }

    private record Answer(long total, Set<String> ids) {}

    /** Every article that matches {@code q} (all pages) and the total. */
    private static Answer answer(ZhSearch zh, String q) {
        SearchRequest request = SearchRequest.of(q)
                .withMode(SearchMode.EXACT)
                .withGroup(Grouping.ARTICLE)
                .withLimit(100);
        Set<String> ids = new TreeSet<>();
        SearchResult first = zh.search(request);
        for (int offset = 0; offset < first.total() && offset <= 10_000 - 100; offset += 100) {
            zh.search(request.withOffset(offset)).hits().stream()
                    .map(Hit::articleId)
                    .forEach(ids::add);
        }
        return new Answer(first.total(), ids);
    }

    private static List<String> drawWords(List<Path> files, int count, Random random) throws IOException {
        Set<String> words = new TreeSet<>();
        List<Path> sorted = new ArrayList<>(files);
        Collections.sort(sorted);
        while (words.size() < count) {
            String text = Files.readString(sorted.get(random.nextInt(sorted.size())));
            Matcher m = HAN_PAIR.matcher(text);
            List<String> pairs = new ArrayList<>();
            while (m.find()) {
                pairs.add(m.group());
            }
            if (!pairs.isEmpty()) {
                words.add(pairs.get(random.nextInt(pairs.size())));
            }
        }
        return new ArrayList<>(words);
    }

    private static List<Path> corpusFiles(Path corpus) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return new ArrayList<>(
                    walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
        }
    }

    /** Wall seconds from the process's start to its exit, and its CPU seconds (user + system). */
    private record Run(double wall, double cpu) {}

    /** Runs {@code zhsearch args} under {@code /usr/bin/time}; its output goes to {@code work/index.log}. */
    private static Run timed(Path jar, Path work, String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(
                "/usr/bin/time",
                "-f",
                "cpu %U %S",
                java,
                "--add-modules",
                "jdk.incubator.vector",
                "-Xmx2g",
                "-jar",
                jar.toString()));
        cmd.addAll(List.of(args));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("index.log").toFile())
                .start();
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        String out = Files.readString(work.resolve("index.log"));
        if (exit != 0) {
            throw new IllegalStateException("zhsearch " + String.join(" ", args) + " exited " + exit + ":\n" + out);
        }
        Matcher cpu = Pattern.compile("cpu ([\\d.]+) ([\\d.]+)").matcher(out);
        double cpuSeconds = cpu.find() ? Double.parseDouble(cpu.group(1)) + Double.parseDouble(cpu.group(2)) : 0;
        System.out.printf(
                Locale.ROOT,
                "%.2f s (%.2f s CPU): zhsearch %s%n%s",
                seconds,
                cpuSeconds,
                String.join(" ", args),
                lastLines(out));
        return new Run(seconds, cpuSeconds);
    }

    private static String lastLines(String out) {
        StringBuilder b = new StringBuilder();
        for (String line : out.split("\n")) {
            if (line.startsWith("Indexed") || line.startsWith("Updated") || line.startsWith("The index")) {
                b.append("  ").append(line).append('\n');
            }
        }
        return b.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p :
                    walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
