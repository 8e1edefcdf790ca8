package org.zhsearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;

/**
 * Real write failures: a torn journal record (the bytes a crash or a full disk leave), and a full file system (a
 * 3 MB tmpfs filled up) under a running index — nothing acknowledged is lost, nothing refused comes back, and
 * writes recover once space is freed.
 */
class WriteFailuresTest {
    @TempDir
    Path tmp;

    private static Article article(String id, String text) {
        return new Article(id, "标题" + id, null, null, null, null, List.of(), List.of(new Paragraph(1, null, text)));
    }

    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("base.txt"), "基础文章\n语料里本来就有的正文。\n");
        return corpus;
    }

    @Test
    void aWriteAfterATornJournalRecordSurvivesTheNextRebuild() throws IOException {
        Path corpus = corpus();
        Path home = tmp.resolve("index");
        ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(home)) {
            zh.put(article("api/first.txt", "第一篇接口写入的稀有词甲。"));
            // what a full disk or a crash mid-append leaves: the start of a record, no newline
            Files.writeString(
                    home.resolve("journal.jsonl"),
                    "1a2b3c4d {\"op\":\"put\",\"id\":\"api/torn.txt\",\"arti",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            zh.put(article("api/second.txt", "第二篇接口写入的稀有词乙。"));

            ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
            zh.refresh();
            assertThat(zh.search(SearchRequest.of("稀有词甲")).total()).isEqualTo(1);
            assertThat(zh.search(SearchRequest.of("稀有词乙")).total()).isEqualTo(1);
            assertThat(zh.article("api/torn.txt")).isEmpty();
        }
        assertThat(Files.readString(home.resolve("journal.jsonl")))
                .doesNotContain("api/torn.txt")
                .endsWith("\n");
    }

    @Test
    void aTornRecordIsLeftAloneByAReaderAndCutOffWhenAWriterTakesOver() throws IOException {
        Path home = tmp.resolve("index");
        ZhSearch.build(corpus(), home, IndexOptions.defaults(), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(home)) {
            zh.put(article("api/kept.txt", "保留下来的文章。"));
        }
        Path journal = home.resolve("journal.jsonl");
        String intact = Files.readString(journal);
        String torn = "0badc0de {\"op\":\"delete\",\"id\":\"api/ke";
        Files.writeString(journal, torn, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        // a reader cannot tell a torn record from one the writer is still appending: it must not cut it
        try (ZhSearch reader = ZhSearch.open(home)) {
            assertThat(reader.article("api/kept.txt")).isPresent();
            assertThat(Files.readString(journal)).isEqualTo(intact + torn);
        }
        try (ZhSearch writer = ZhSearch.open(home)) {
            writer.becomeWriter();
            assertThat(Files.readString(journal)).isEqualTo(intact);
            assertThat(writer.article("api/kept.txt")).isPresent();
        }
    }

    @Test
    void theJournalIsCompactedToOneRecordPerArticleWhenARebuildIsSwitchedTo() throws IOException {
        Path corpus = corpus();
        Path home = tmp.resolve("index");
        ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(home)) {
            for (int i = 0; i < 200; i++) {
                zh.put(article("api/often.txt", "第" + i + "次改写的文章。"));
            }
            zh.put(article("api/gone.txt", "要删除的文章。"));
            zh.delete("api/gone.txt");
            zh.put(article("api/kept.txt", "保留的稀有词己。"));
            long before = Files.size(home.resolve("journal.jsonl"));

            ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
            zh.refresh();

            List<String> records = Files.readAllLines(home.resolve("journal.jsonl"));
            assertThat(records).hasSize(3); // often (its last version), gone (its delete), kept
            assertThat(Files.size(home.resolve("journal.jsonl"))).isLessThan(before / 50);
            assertThat(zh.article("api/often.txt")
                            .orElseThrow()
                            .paragraphs()
                            .getFirst()
                            .text())
                    .isEqualTo("第199次改写的文章。");
            assertThat(zh.article("api/gone.txt")).isEmpty();
            assertThat(zh.search(SearchRequest.of("稀有词己")).total()).isEqualTo(1);

            // and the compacted journal still rebuilds the same index
            ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
            zh.refresh();
            assertThat(zh.article("api/often.txt")
                            .orElseThrow()
                            .paragraphs()
                            .getFirst()
                            .text())
                    .isEqualTo("第199次改写的文章。");
            assertThat(zh.stats().articles()).isEqualTo(3);
        }
    }

    @Test
    void aFullDiskRefusesWritesReportsThemAndRecoversWithoutLosingOrResurrectingAnything() throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("small"));
        assumeTrue(
                run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount.toString()) == 0,
                "needs root and mount(2) for a real small file system");
        try {
            Path corpus = corpus();
            Path home = mount.resolve("index");
            ZhSearch.build(corpus, home, IndexOptions.defaults().withThreads(1), ProgressListener.NONE);
            try (ZhSearch zh = ZhSearch.open(home)) {
                zh.put(article("api/before.txt", "磁盘写满之前写入的稀有词丙。"));
                Path filler = mount.resolve("filler");
                fill(filler);

                String big = "磁盘已满时写入的稀有词丁。".repeat(20_000);
                assertThatThrownBy(() -> zh.put(article("api/refused.txt", big)))
                        .isInstanceOf(RuntimeException.class);
                assertThat(zh.writeFailure()).isNotNull();
                assertThat(zh.search(SearchRequest.of("稀有词丙")).total()).isEqualTo(1);

                Files.delete(filler);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (zh.writeFailure() != null && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(zh.writeFailure())
                        .as("the background probe sees space again")
                        .isNull();
                zh.put(article("api/after.txt", "腾出空间以后写入的稀有词戊。"));
                assertThat(zh.search(SearchRequest.of("稀有词戊")).total()).isEqualTo(1);

                ZhSearch.build(corpus, home, IndexOptions.defaults().withThreads(1), ProgressListener.NONE);
                zh.refresh();
                assertThat(zh.search(SearchRequest.of("稀有词丙")).total()).isEqualTo(1);
                assertThat(zh.search(SearchRequest.of("稀有词戊")).total()).isEqualTo(1);
                assertThat(zh.search(SearchRequest.of("稀有词丁")).total())
                        .as("a refused write never comes back")
                        .isZero();
            }
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    /** Writes zeros until the file system is full. */
    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).containsIgnoringCase("space");
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
