package org.zhsearch.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.api.Article;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.writes.Write;
import org.zhsearch.writes.WriteLog;

/** The update pipeline against an index in a map (no engine): what it reads, writes, deletes, refuses, records. */
class CorpusSyncTest {
    @TempDir
    Path tmp;

    /** An index in memory: id → title; writes fail once {@code failAfter} calls have been made (-1: never). */
    private static final class MapTarget implements SyncTarget {
        final Map<String, String> index = new TreeMap<>();
        final List<String> put = new ArrayList<>();
        final List<Write> log = new ArrayList<>();
        CorpusManifest manifest;
        int failAfter = -1;
        int writes;
        /** A write the log gains between the update's two reads of it (an API write racing the update). */
        Write racing;

        @Override
        public Optional<CorpusManifest> manifest() {
            return Optional.ofNullable(manifest);
        }

        @Override
        public WriteLog writes() {
            return (after, each) -> {
                log.stream().filter(w -> w.seq() > after).forEach(each);
                long through = log.stream().mapToLong(Write::seq).max().orElse(after);
                if (racing != null) {
                    log.add(racing);
                    racing = null;
                }
                return through;
            };
        }

        @Override
        public long liveArticles() {
            return index.size();
        }

        @Override
        public void write(List<Article> puts, Collection<String> deletes) {
            if (failAfter >= 0 && writes >= failAfter) {
                throw new IllegalStateException("the process dies here");
            }
            writes++;
            puts.forEach(a -> {
                index.put(a.id(), a.title());
                put.add(a.id());
            });
            deletes.forEach(index::remove);
        }

        @Override
        public void recordManifest(CorpusManifest recorded) {
            manifest = recorded;
        }

        @Override
        public void close() {}

        /** The state a full rebuild of {@code corpus} gives: every article, then the log replayed. */
        void rebuild(Path corpus) {
            index.clear();
            manifest = null;
            CorpusBuild.run(corpus, IndexOptions.defaults().withThreads(1), ProgressListener.NONE, () -> new Full());
        }

        private final class Full implements BuildTarget {
            @Override
            public void add(Article article, boolean firstSeen) {
                synchronized (index) {
                    index.put(article.id(), article.title());
                }
            }

            @Override
            public WriteLog writes() {
                return MapTarget.this.writes();
            }

            @Override
            public void apply(Write write) {
                switch (write) {
                    case Write.Put p -> index.put(p.id(), p.article().title());
                    case Write.Delete d -> index.remove(d.id());
                }
            }

            @Override
            public void replayedThrough(long seq) {}

            @Override
            public long articles() {
                return index.size();
            }

            @Override
            public long liveArticles() {
                return 0;
            }

            @Override
            public void recordManifest(CorpusManifest recorded) {
                manifest = recorded;
            }

            @Override
            public void publish() {}

            @Override
            public void close() {}
        }
    }

    private IndexReport update(Path corpus, MapTarget target, IndexOptions options) {
        return CorpusSync.run(corpus, options, ProgressListener.NONE, () -> target, () -> {
            target.rebuild(corpus);
            return new IndexReport(0, 0, 0, 0, List.of(), java.time.Duration.ZERO);
        });
    }

    private IndexReport update(Path corpus, MapTarget target) {
        return update(corpus, target, IndexOptions.defaults());
    }

    private Path corpus(int files) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < files; i++) {
            Files.writeString(dir.resolve("f" + i + ".txt"), "第" + i + "篇\n湖面上第" + i + "只白鹭飞过。\n");
        }
        return dir;
    }

    private static Write.Put apiPut(String id, String title, long seq) {
        Article a = new Article(id, title, null, null, null, null, List.of(), List.of(new Paragraph(1, null, "接口。")));
        return new Write.Put(a, seq);
    }

    @Test
    void withoutAManifestTheUpdateIsAFullRebuild() throws IOException {
        Path corpus = corpus(3);
        MapTarget target = new MapTarget();
        IndexReport report = update(corpus, target);
        assertThat(report.sync().fullRebuild()).isTrue();
        assertThat(target.index).containsOnlyKeys("f0.txt", "f1.txt", "f2.txt");
        assertThat(target.put).as("not written through the update").isEmpty();
        assertThat(target.manifest.files()).containsOnlyKeys("f0.txt", "f1.txt", "f2.txt");
    }

    @Test
    void readsOnlyChangedAndAddedFilesAndDeletesTheArticlesOfRemovedOnes() throws IOException {
        Path corpus = corpus(10);
        MapTarget target = new MapTarget();
        target.rebuild(corpus);
        Files.writeString(corpus.resolve("f3.txt"), "第三篇改了\n湖面上起了风。\n");
        Files.writeString(corpus.resolve("new.txt"), "新来的\n岸边开满了野花。\n");
        Files.delete(corpus.resolve("f7.txt"));
        IndexReport report = update(corpus, target);
        assertThat(target.put).containsExactlyInAnyOrder("f3.txt", "new.txt");
        assertThat(target.index).doesNotContainKey("f7.txt").containsEntry("f3.txt", "第三篇改了");
        assertThat(report.sync().filesUnchanged()).isEqualTo(8);
        assertThat(target.manifest.files()).containsKey("new.txt").doesNotContainKey("f7.txt");
        Map<String, String> updated = new TreeMap<>(target.index);
        target.rebuild(corpus);
        assertThat(updated).isEqualTo(target.index);
    }

    @Test
    void aTouchedFileIsUnchangedButAWholeHashFromAnOlderManifestMakesItReadOnceMore() throws IOException {
        Path corpus = corpus(3);
        MapTarget target = new MapTarget();
        target.rebuild(corpus);
        Path touched = corpus.resolve("f1.txt");
        Files.setLastModifiedTime(touched, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        IndexReport same = update(corpus, target);
        assertThat(same.sync().filesChanged()).as("same bytes, new time").isZero();
        assertThat(target.put).isEmpty();

        // a manifest written before hashes were cut to 128 bits holds the whole SHA-256 in hex
        CorpusManifest.FileEntry was = target.manifest.files().get("f1.txt");
        String whole = java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(touched)));
        assertThat(whole).startsWith(was.sha256()).hasSize(64);
        Map<String, CorpusManifest.FileEntry> older = new TreeMap<>(target.manifest.files());
        older.put("f1.txt", new CorpusManifest.FileEntry(was.size(), 1L, whole, was.articles()));
        target.manifest = new CorpusManifest(target.manifest.root(), older);
        IndexReport once = update(corpus, target);
        assertThat(once.sync().filesChanged()).isEqualTo(1);
        assertThat(target.put).containsExactly("f1.txt");
        assertThat(update(corpus, target).sync().filesChanged())
                .as("and then no more")
                .isZero();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anUpdateKilledMidWayLeavesTheOldManifestAndTheNextOneConverges() throws IOException {
        Path corpus = corpus(6);
        MapTarget target = new MapTarget();
        target.rebuild(corpus);
        CorpusManifest before = target.manifest;
        for (int i = 0; i < 4; i++) { // 4 changed files: more than one write, so it dies between them
            Files.writeString(corpus.resolve("f" + i + ".txt"), "改过的第" + i + "篇\n" + "湖水".repeat(i + 1) + "。\n");
        }
        Files.delete(corpus.resolve("f5.txt"));
        target.failAfter = 0;
        assertThatThrownBy(() -> update(corpus, target)).hasMessageContaining("dies");
        assertThat(target.manifest).as("recorded only after the writes").isSameAs(before);
        target.failAfter = -1;
        update(corpus, target);
        Map<String, String> updated = new TreeMap<>(target.index);
        target.rebuild(corpus);
        assertThat(updated).isEqualTo(target.index);
    }

    @Test
    void apiWritesWinOverTheCorpusAlsoWhenTheyArriveDuringTheUpdate() throws IOException {
        Path corpus = corpus(3);
        MapTarget target = new MapTarget();
        target.rebuild(corpus);
        target.log.add(apiPut("f0.txt", "接口版", 1));
        target.index.put("f0.txt", "接口版");
        Files.writeString(corpus.resolve("f0.txt"), "改过\n湖边。\n");
        Files.writeString(corpus.resolve("f1.txt"), "也改过\n湖心。\n");
        target.racing = apiPut("f1.txt", "更晚的接口版", 2);
        IndexReport report = update(corpus, target);
        assertThat(target.index).containsEntry("f0.txt", "接口版").containsEntry("f1.txt", "更晚的接口版");
        assertThat(report.sync().apiKept()).isEqualTo(1);
    }

    @Test
    void anUpdateThatWouldRemoveMostOfTheIndexIsRefusedUnlessForced() throws IOException {
        Path corpus = corpus(10);
        MapTarget target = new MapTarget();
        target.rebuild(corpus);
        for (int i = 0; i < 8; i++) {
            Files.delete(corpus.resolve("f" + i + ".txt"));
        }
        assertThatThrownBy(() -> update(corpus, target))
                .isInstanceOfSatisfying(
                        ZhsearchException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.REBUILD_REFUSED));
        assertThat(target.index).hasSize(10);
        update(corpus, target, IndexOptions.defaults().withForce(true));
        assertThat(target.index).containsOnlyKeys("f8.txt", "f9.txt");
    }
}
