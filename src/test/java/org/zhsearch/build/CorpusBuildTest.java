package org.zhsearch.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.writes.Write;
import org.zhsearch.writes.WriteLog;

/** The one rebuild pipeline, against a target that records what it is asked to do (no engine needed). */
class CorpusBuildTest {
    @TempDir
    Path tmp;

    /** Records calls; {@code live} is what the "live index" holds for the shrink guard. */
    private static final class RecordingTarget implements BuildTarget {
        final Map<String, Boolean> added = new ConcurrentHashMap<>(); // id → firstSeen of its last add
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final List<Write> applied = Collections.synchronizedList(new ArrayList<>());
        final List<Write> log = new ArrayList<>();
        final long live;
        final CountDownLatch bothWorking;
        long replayedThrough = Long.MIN_VALUE;
        boolean published;
        boolean closed;
        CorpusManifest manifest;

        RecordingTarget(long live, int workers) {
            this.live = live;
            this.bothWorking = new CountDownLatch(workers);
        }

        @Override
        public void add(Article article, boolean firstSeen) {
            added.put(article.id(), firstSeen);
            if (threads.add(
                    Thread.currentThread().getName() + Thread.currentThread().threadId())) {
                bothWorking.countDown();
                try {
                    bothWorking.await(5, TimeUnit.SECONDS); // each worker holds its first article until all have one
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public WriteLog writes() {
            return (after, each) -> {
                log.stream().filter(w -> w.seq() > after).forEach(each);
                return log.stream().mapToLong(Write::seq).max().orElse(after);
            };
        }

        @Override
        public void apply(Write write) {
            applied.add(write);
        }

        @Override
        public void replayedThrough(long seq) {
            replayedThrough = seq;
        }

        @Override
        public long articles() {
            long n = added.size();
            for (Write w : applied) {
                n += w instanceof Write.Put
                        ? (added.containsKey(w.id()) ? 0 : 1)
                        : (added.containsKey(w.id()) ? -1 : 0);
            }
            return n;
        }

        @Override
        public long liveArticles() {
            return live;
        }

        @Override
        public void recordManifest(CorpusManifest recorded) {
            assertThat(published).as("the manifest goes live with the index").isFalse();
            manifest = recorded;
        }

        @Override
        public void publish() {
            published = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private Path corpus(int files) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < files; i++) {
            Files.writeString(dir.resolve("f" + i + ".txt"), "第" + i + "篇\n正文第" + i + "段，讲的是山川河流。\n");
        }
        return dir;
    }

    private static Article article(String id) {
        return new Article(id, "标题", null, null, null, null, List.of(), List.of(new Paragraph(1, null, "正文。")));
    }

    @Test
    void readsTheCorpusWithTheConfiguredThreadsIntoTheTargetAndPublishesIt() throws IOException {
        RecordingTarget target = new RecordingTarget(0, 2);
        IndexReport report = CorpusBuild.run(
                corpus(40), IndexOptions.defaults().withThreads(2), ProgressListener.NONE, () -> target);
        assertThat(report.articles()).isEqualTo(40);
        assertThat(report.paragraphs())
                .as("a .txt paragraph per non-blank line: 2 a file")
                .isEqualTo(80);
        assertThat(target.added)
                .hasSize(40)
                .allSatisfy((id, first) -> assertThat(first).isTrue());
        assertThat(target.threads)
                .as("both engines build with the same worker threads")
                .hasSize(2);
        assertThat(target.published).isTrue();
        assertThat(target.closed).isTrue();
    }

    @Test
    void recordsTheManifestOfEveryFileReadWithItsSizeTimeHashAndArticles() throws Exception {
        Path dir = corpus(3);
        Files.writeString(
                dir.resolve("many.jsonl"),
                "{\"id\":\"j1\",\"title\":\"甲\",\"paragraphs\":[\"第一段落。\"]}\n"
                        + "{\"id\":\"j2\",\"title\":\"乙\",\"paragraphs\":[\"第二段落。\"]}\n");
        RecordingTarget target = new RecordingTarget(0, 1);
        CorpusBuild.run(dir, IndexOptions.defaults().withThreads(1), ProgressListener.NONE, () -> target);
        assertThat(target.manifest.root()).isEqualTo(dir.toRealPath().toString());
        assertThat(target.manifest.files()).containsOnlyKeys("f0.txt", "f1.txt", "f2.txt", "many.jsonl");
        CorpusManifest.FileEntry jsonl = target.manifest.files().get("many.jsonl");
        assertThat(jsonl.articles()).containsExactly("j1", "j2");
        assertThat(jsonl.size()).isEqualTo(Files.size(dir.resolve("many.jsonl")));
        assertThat(jsonl.modifiedMillis())
                .isEqualTo(Files.getLastModifiedTime(dir.resolve("many.jsonl")).toMillis());
        String expected = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(dir.resolve("many.jsonl"))))
                .substring(0, 32); // the first 128 bits
        assertThat(jsonl.sha256()).isEqualTo(expected);
        String text = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(dir.resolve("f1.txt"))))
                .substring(0, 32);
        assertThat(target.manifest.files().get("f1.txt").sha256())
                .as("a text file's hash is of the bytes read to index it")
                .isEqualTo(text);
        assertThat(CorpusManifest.fromJson(target.manifest.toJson())).contains(target.manifest);
        assertThat(CorpusManifest.rootOf(new java.io.ByteArrayInputStream(target.manifest.toJson())))
                .contains(target.manifest.root());
        assertThat(CorpusManifest.fromJson("{\"root\":".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .as("a damaged manifest is none: the update rebuilds")
                .isEmpty();
    }

    @Test
    void aRepeatedIdIsAddedAsAReplacement() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("jsonl"));
        Files.writeString(dir.resolve("a.jsonl"), """
                {"id":"x","title":"一","paragraphs":["第一版。"]}
                {"id":"x","title":"二","paragraphs":["第二版。"]}
                """);
        RecordingTarget target = new RecordingTarget(0, 1);
        CorpusBuild.run(dir, IndexOptions.defaults().withThreads(1), ProgressListener.NONE, () -> target);
        assertThat(target.added).containsEntry("x", false);
    }

    @Test
    void theWriteLogIsReplayedOnceLastWriteOfEachArticleOnly() throws IOException {
        RecordingTarget target = new RecordingTarget(0, 2);
        target.log.addAll(List.of(
                new Write.Put(article("api-1"), 1),
                new Write.Put(article("api-2"), 2),
                new Write.Put(article("api-1"), 3),
                new Write.Delete("api-2", 4),
                new Write.Delete("f3.txt", 5)));
        CorpusBuild.run(corpus(10), IndexOptions.defaults().withThreads(2), ProgressListener.NONE, () -> target);
        assertThat(target.applied).extracting(Write::seq).containsExactlyInAnyOrder(3L, 4L, 5L);
        assertThat(target.replayedThrough).isEqualTo(5);
        assertThat(target.articles()).isEqualTo(10); // + api-1, - f3.txt
    }

    @Test
    void aShrinkingBuildIsRefusedOnceAndDiscarded() throws IOException {
        RecordingTarget target = new RecordingTarget(100, 2);
        Path corpus = corpus(10);
        assertThatThrownBy(() -> CorpusBuild.run(
                        corpus, IndexOptions.defaults().withThreads(2), ProgressListener.NONE, () -> target))
                .isInstanceOf(ZhsearchException.class)
                .hasMessageContaining("would have 10 articles, the live one has 100");
        assertThat(target.published).isFalse();
        assertThat(target.closed).as("discarded").isTrue();
    }

    @Test
    void aMissingCorpusIsRefusedBeforeAnyTargetIsOpened() {
        List<String> opened = new ArrayList<>();
        Consumer<String> open = opened::add;
        assertThatThrownBy(() ->
                        CorpusBuild.run(tmp.resolve("nowhere"), IndexOptions.defaults(), ProgressListener.NONE, () -> {
                            open.accept("target");
                            return new RecordingTarget(0, 1);
                        }))
                .isInstanceOf(ZhsearchException.class)
                .hasMessageContaining("does not exist");
        assertThat(opened).isEmpty();
    }
}
