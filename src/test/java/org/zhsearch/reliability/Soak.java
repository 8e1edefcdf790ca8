package org.zhsearch.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;

/**
 * The durability soak of issue 22 (not part of the suite; run after {@code mvn package}):
 * <pre>java --add-modules jdk.incubator.vector -cp target/test-classes:target/zhsearch.jar:$(cat target/test-classpath.txt) \
 *     org.zhsearch.reliability.Soak /tmp/soak 600</pre>
 * For the given seconds: 4 writers (two of small articles, two of 300 KB ones; every fifth request a delete), a
 * searcher, a CLI rebuild ({@code zhsearch index}) every minute, a library process opening the home in a loop,
 * and a {@code kill -9} of the server every minute (then a restart). After a final restart every acknowledged
 * write must be there with its last acknowledged content, no acknowledged delete undone, and an article whose last
 * request got no answer shows, if at all, one whole version that was sent. Exits non-zero on any violation.
 */
public final class Soak {
    private Soak() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        long seconds = Long.parseLong(args[1]);
        Path home = dir.resolve("index");
        Path corpus = SoakCorpus.write(dir.resolve("corpus"));
        ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
        int port = ZhsearchProcess.freePort();
        String[] serve = {"serve", "--index", home.toString(), "--corpus", corpus.toString(), "--port", "" + port};
        AtomicReference<ZhsearchProcess> server = new AtomicReference<>(started(dir, port, serve));
        AcknowledgedWrites acks = new AcknowledgedWrites();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger searches = new AtomicInteger();
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger rebuilds = new AtomicInteger();
        AtomicInteger kills = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; !stop.get(); i++) {
                    ZhsearchProcess s = server.get();
                    if (i % 5 == 4) {
                        acks.delete(s, i % 10 == 4 ? "d" + writer + "/a" + (i % 20) + ".txt" : id(writer, i - 1));
                    } else {
                        String rest = writer < 2 ? "短文正文。" : "芦苇荡里白鹭与苍鹭结伴觅食，湿地公园迎来观鸟季。".repeat(4_200);
                        acks.put(s, id(writer, i), "写入者" + writer + "第" + i + "次。", rest);
                    }
                    pauseIfDown(server.get());
                }
            }));
        }
        threads.add(Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
                try {
                    int status =
                            server.get().get("/api/search?q=%E6%B9%BF%E5%9C%B0").statusCode();
                    searches.incrementAndGet();
                    if (status >= 500) {
                        serverErrors.incrementAndGet();
                    }
                } catch (Exception down) {
                    pauseIfDown(server.get());
                }
            }
        }));
        Process library = new ProcessBuilder(javaCommand("org.zhsearch.reliability.OpenLoop", home.toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("open-loop.log").toFile())
                .start();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        // the rebuilds and the kills keep their own minute each, whatever the other takes
        Thread rebuilder = Thread.ofPlatform()
                .start(() -> everyMinute(end, 0, minute -> {
                    try (ZhsearchProcess index = ZhsearchProcess.start(
                            dir, 0, 0, "index", "--index", home.toString(), "--corpus", corpus.toString())) {
                        int code = index.waitForExit(Duration.ofMinutes(3));
                        rebuilds.incrementAndGet();
                        System.out.printf("minute %d: rebuild exit %d%n", minute, code);
                    }
                }));
        everyMinute(end, 30, minute -> {
            server.get().kill9();
            server.set(started(dir, port, serve));
            kills.incrementAndGet();
            System.out.printf("minute %d: server killed and restarted; %s%n", minute, acks.counts());
        });
        rebuilder.join();
        // the writers go on 30 s against the last healthy server, so an id whose last request went unanswered
        // while the server was down gets an acknowledged state to check
        Thread.sleep(30_000);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        library.destroyForcibly().waitFor();
        server.get().kill9();
        try (ZhsearchProcess last = started(dir, port, serve)) {
            int checked = acks.verify(last);
            System.out.printf(
                    "soak %d s: %s, %d searches (%d 5xx), %d CLI rebuilds, %d kill -9, library: %s; after the "
                            + "final restart %d ids checked: all acknowledged writes present with their last content%n",
                    seconds,
                    acks.counts(),
                    searches.get(),
                    serverErrors.get(),
                    rebuilds.get(),
                    kills.get(),
                    lastLine(dir),
                    checked);
        }
    }

    private interface Step {
        void run(int minute) throws Exception;
    }

    /** Runs {@code step} at {@code offsetSeconds} into every minute until {@code end} (a late step runs at once). */
    private static void everyMinute(long end, int offsetSeconds, Step step) {
        long start = System.nanoTime();
        for (int minute = 0; ; minute++) {
            long at = start + Duration.ofSeconds(60L * minute + offsetSeconds).toNanos();
            if (at >= end) {
                return;
            }
            try {
                sleepUntil(at);
                step.run(minute);
            } catch (Exception e) {
                throw new IllegalStateException("soak step failed at minute " + minute, e);
            }
        }
    }

    private static String id(int writer, int i) {
        return "soak/w" + writer + "-" + (i % 25) + ".txt";
    }

    private static ZhsearchProcess started(Path dir, int port, String[] serve) throws Exception {
        ZhsearchProcess p = ZhsearchProcess.start(dir, port, 0, serve);
        p.awaitHealthy(Duration.ofSeconds(90));
        return p;
    }

    private static void pauseIfDown(ZhsearchProcess s) {
        if (!s.process.isAlive()) { // killed, the next one not yet healthy
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long ms = (nanoTime - System.nanoTime()) / 1_000_000;
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }

    private static List<String> javaCommand(String mainClass, String arg) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(
                java,
                "--add-modules",
                "jdk.incubator.vector",
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass,
                arg);
    }

    private static String lastLine(Path dir) throws java.io.IOException {
        List<String> lines = Files.readAllLines(dir.resolve("open-loop.log"));
        return lines.stream()
                        .filter(l -> l.startsWith("opens"))
                        .reduce((a, b) -> b)
                        .orElse("no opens") + ", "
                + lines.stream().filter(l -> l.contains("failed")).count() + " failed opens";
    }
}
