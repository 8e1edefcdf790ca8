package org.zhsearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.ZhsearchException;

/**
 * One writer per index home, and what every other opener of the home may and may not do; replay of the journal
 * when a writer takes over a generation that lacks some of it (a fallback after corruption, an adopted generation
 * after a damaged CURRENT, a rebuild published without a switch).
 */
class OneWriterPerHomeTest {
    @TempDir
    Path tmp;

    static Article article(String id, String text) {
        return new Article(id, "标题" + id, null, null, null, null, List.of(), List.of(new Paragraph(1, null, text)));
    }

    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("base.txt"), "基础文章\n语料里本来就有的正文。\n");
        Files.writeString(corpus.resolve("second.txt"), "第二篇\n语料里的第二篇正文。\n");
        return corpus;
    }

    @Test
    void aSecondWriterIsRefusedNamingTheHolderWhileReadersFollowTheWritersCommits() throws IOException {
        Path home = tmp.resolve("index");
        ZhSearch.build(corpus(), home, IndexOptions.defaults(), ProgressListener.NONE);
        try (ZhSearch writer = ZhSearch.open(home);
                ZhSearch other = ZhSearch.open(home)) {
            writer.put(article("api/a.txt", "写入者的稀有词甲。"));
            assertThatThrownBy(() -> other.put(article("api/b.txt", "第二个写入者。")))
                    .isInstanceOf(ZhsearchException.class)
                    .satisfies(
                            e -> assertThat(((ZhsearchException) e).errorCode()).isEqualTo(ErrorCode.INDEX_LOCKED))
                    .hasMessageContaining("pid " + ProcessHandle.current().pid());
            other.refresh();
            assertThat(other.search(SearchRequest.of("稀有词甲")).total()).isEqualTo(1);
            assertThat(writer.article("api/b.txt")).isEmpty();
        }
        // the lock goes with the writer
        try (ZhSearch next = ZhSearch.open(home)) {
            next.put(article("api/b.txt", "第二个写入者。"));
            assertThat(next.article("api/b.txt")).isPresent();
        }
    }

    @Test
    void aFallbackAfterACorruptGenerationIsBroughtUpToDateFromTheJournal() throws IOException {
        Path corpus = corpus();
        Path home = tmp.resolve("index");
        ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(home)) {
            zh.put(article("api/early.txt", "早先写入的稀有词乙。"));
            ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
            zh.refresh();
            zh.put(article("api/late.txt", "切换后写入的稀有词丙。"));
            zh.delete("base.txt");
        }
        corruptLiveGeneration(home);
        try (ZhSearch zh = ZhSearch.open(home)) {
            zh.put(article("api/after.txt", "重新打开后写入。")); // the first write makes it the writer
            assertThat(zh.search(SearchRequest.of("稀有词乙")).total()).isEqualTo(1);
            assertThat(zh.search(SearchRequest.of("稀有词丙")).total()).isEqualTo(1);
            assertThat(zh.article("base.txt")).isEmpty();
        }
    }

    @Test
    void aDamagedCurrentAdoptsTheNewestIntactGenerationAndNeverBuildsOverIt() throws IOException {
        Path corpus = corpus();
        Path home = tmp.resolve("index");
        ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(home)) {
            zh.put(article("api/kept.txt", "接口写入的稀有词丁。"));
        }
        String live = Files.readString(home.resolve("CURRENT")).strip();
        for (String damage : List.of("", "gen-999999\n", "\u0000\u0000garbage")) {
            Files.writeString(home.resolve("CURRENT"), damage, StandardCharsets.UTF_8);
            assertThat(ZhSearch.exists(home)).as("CURRENT = %s", damage).isTrue();
            // an emptied corpus must not replace it, and its generations must stay
            Path empty = Files.createDirectories(tmp.resolve("empty"));
            assertThatThrownBy(() -> ZhSearch.build(empty, home, IndexOptions.defaults(), ProgressListener.NONE))
                    .hasMessageContaining("kept the live index");
            assertThat(home.resolve(live)).isDirectory();
            try (ZhSearch zh = ZhSearch.open(home)) {
                assertThat(zh.search(SearchRequest.of("稀有词丁")).total()).isEqualTo(1);
                assertThat(zh.stats().articles()).isEqualTo(3);
                zh.becomeWriter();
                assertThat(Files.readString(home.resolve("CURRENT")).strip()).isEqualTo(live);
            }
        }
    }

    @Test
    void aJournalThatCannotBeWrittenKeepsWritesRefusedAndHealthDegradedUntilItCanBe() throws Exception {
        Path home = tmp.resolve("index");
        ZhSearch.build(corpus(), home, IndexOptions.defaults(), ProgressListener.NONE);
        Path journal = home.resolve("journal.jsonl");
        try (ZhSearch zh = ZhSearch.open(home)) {
            zh.put(article("api/first.txt", "第一篇。"));
            // a journal that cannot be appended to, on a disk with space: the home and generation still take writes
            Files.move(journal, tmp.resolve("journal.saved"));
            Files.createDirectory(journal);
            assertThatThrownBy(() -> zh.put(article("api/refused.txt", "被拒绝的写入。")))
                    .isInstanceOf(ZhsearchException.class)
                    .satisfies(
                            e -> assertThat(((ZhsearchException) e).errorCode()).isEqualTo(ErrorCode.INDEX_UNWRITABLE));
            Thread.sleep(1_500); // several probe rounds
            assertThat(zh.writeFailure()).isNotNull();
            Files.delete(journal);
            Files.move(tmp.resolve("journal.saved"), journal);
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (zh.writeFailure() != null && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(zh.writeFailure()).isNull();
            zh.put(article("api/second.txt", "第二篇。"));
            assertThat(zh.article("api/refused.txt")).isEmpty();
        }
    }

    @Test
    void aSwitchWhoseJournalCompactionFailsStillSwitchesAndLeavesNothingOpenOrBehind() throws IOException {
        Path corpus = corpus();
        Path home = tmp.resolve("index");
        ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(home)) {
            for (int i = 0; i < 5; i++) {
                zh.put(article("api/often.txt", "第" + i + "次改写。"));
            }
            // the compaction's temporary file cannot be created (a directory is in its way)
            Files.createDirectory(home.resolve("journal.jsonl.compact"));
            Files.writeString(home.resolve("journal.jsonl.compact/in-the-way"), "x");
            ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
            zh.refresh();
            assertThat(Files.readAllLines(home.resolve("journal.jsonl"))).hasSize(5); // not compacted
            assertThat(zh.stats().articles()).isEqualTo(3);
            zh.put(article("api/next.txt", "切换后的写入稀有词戊。"));
            assertThat(zh.search(SearchRequest.of("稀有词戊")).total()).isEqualTo(1);

            // nothing was leaked: the next switch opens a writer on the next generation and compacts
            Files.delete(home.resolve("journal.jsonl.compact/in-the-way"));
            Files.delete(home.resolve("journal.jsonl.compact"));
            ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
            zh.refresh();
            assertThat(Files.readAllLines(home.resolve("journal.jsonl"))).hasSize(2);
            assertThat(zh.article("api/often.txt")
                            .orElseThrow()
                            .paragraphs()
                            .getFirst()
                            .text())
                    .isEqualTo("第4次改写。");
            assertThat(Files.exists(home.resolve("journal.jsonl.compact"))).isFalse();
        }
        try (ZhSearch reopened = ZhSearch.open(home)) {
            assertThat(reopened.search(SearchRequest.of("稀有词戊")).total()).isEqualTo(1);
        }
    }

    /** Flips bytes in the middle of the largest file of the live generation. */
    static void corruptLiveGeneration(Path home) throws IOException {
        Path gen = home.resolve(Files.readString(home.resolve("CURRENT")).strip());
        Path biggest;
        try (Stream<Path> files = Files.list(gen)) {
            biggest = files.filter(p -> !p.getFileName().toString().startsWith("segments")
                            && !p.getFileName().toString().equals("write.lock"))
                    .max(java.util.Comparator.comparingLong(p -> p.toFile().length()))
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(biggest);
        for (int i = bytes.length / 2; i < Math.min(bytes.length, bytes.length / 2 + 64); i++) {
            bytes[i] ^= 0x5a;
        }
        Files.write(biggest, bytes);
    }

    @Test
    void anInstanceThatRebuildsKeepsAcceptingWritesWhileItsBuildRuns() throws Exception {
        Path corpus = corpus();
        Path home = tmp.resolve("index");
        ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
        java.util.concurrent.CountDownLatch building = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ProgressListener holdTheBuild = new ProgressListener() {
            @Override
            public void fileDone(String path, int articles, int paragraphs, long bytes) {
                building.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (ZhSearch zh = ZhSearch.open(home)) { // has not written yet: the rebuild must not take the lock from it
            var rebuild = java.util.concurrent.CompletableFuture.runAsync(
                    () -> zh.rebuild(corpus, IndexOptions.defaults(), holdTheBuild));
            assertThat(building.await(30, java.util.concurrent.TimeUnit.SECONDS))
                    .isTrue();
            zh.put(article("api/during.txt", "重建期间写入的稀有词己。"));
            release.countDown();
            rebuild.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(zh.search(SearchRequest.of("稀有词己")).total()).isEqualTo(1);
        }
    }
}
