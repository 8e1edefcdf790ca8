package org.zhsearch.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.analysis.CurrentAnalysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.build.CorpusManifest;
import org.zhsearch.build.CorpusSync;
import org.zhsearch.build.SyncTarget;
import org.zhsearch.writes.WriteLog;

/**
 * An update of the embedded engine interrupted after some of its writes were committed (as by {@code kill -9}),
 * then run again, converges on what a full rebuild gives; and an update needs the index's writer (the server).
 */
class EmbeddedUpdateTest {
    @TempDir
    Path tmp;

    /** The engine's own target that dies before its {@code n}-th write. */
    private record DiesAt(SyncTarget real, int n, int[] calls) implements SyncTarget {
        @Override
        public Optional<CorpusManifest> manifest() {
            return real.manifest();
        }

        @Override
        public WriteLog writes() {
            return real.writes();
        }

        @Override
        public long liveArticles() {
            return real.liveArticles();
        }

        @Override
        public void write(List<Article> puts, Collection<String> deletes) {
            if (++calls[0] >= n) {
                throw new IllegalStateException("killed");
            }
            real.write(puts, deletes);
        }

        @Override
        public void recordManifest(CorpusManifest manifest) {
            throw new IllegalStateException("killed before the manifest");
        }

        @Override
        public void close() {
            real.close();
        }
    }

    @Test
    void anUpdateKilledMidApplyThenRunAgainEqualsAFullRebuild() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < 300; i++) { // 300 changed articles: several batches of writes
            Files.writeString(corpus.resolve("p" + i + ".txt"), "旧稿" + i + "\n第" + i + "篇旧稿写的是春天的田野。\n");
        }
        Files.writeString(corpus.resolve("gone.txt"), "将被删除\n这一篇之后会被删除。\n");
        CurrentAnalysis analysis = new CurrentAnalysis(Analysis.builtIn());
        IndexOptions options = IndexOptions.defaults().withThreads(1);
        try (EmbeddedEngine updated = EmbeddedEngine.open(tmp.resolve("updated"), analysis);
                EmbeddedEngine rebuilt = EmbeddedEngine.open(tmp.resolve("rebuilt"), analysis)) {
            updated.rebuild(corpus, options, ProgressListener.NONE);
            updated.put(new Article(
                    "api/1",
                    "接口",
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(new org.zhsearch.api.Paragraph(1, null, "田野里的接口文章。"))));
            for (int i = 0; i < 300; i++) {
                Files.writeString(corpus.resolve("p" + i + ".txt"), "新稿" + i + "\n第" + i + "篇新稿写的是秋天的果园。\n");
            }
            Files.delete(corpus.resolve("gone.txt"));
            Files.writeString(corpus.resolve("added.txt"), "新增\n果园里新来了养蜂人。\n");

            int[] writes = {0};
            assertThatThrownBy(() -> CorpusSync.run(
                            corpus,
                            options,
                            ProgressListener.NONE,
                            () -> new DiesAt(updated.newSync(options), 2, writes),
                            () -> {
                                throw new AssertionError("the index has a manifest");
                            }))
                    .hasMessage("killed");
            assertThat(updated.article("p0.txt").orElseThrow().title())
                    .as("the first batch was committed")
                    .startsWith("新稿");
            assertThat(updated.article("p299.txt").orElseThrow().title())
                    .as("the rest was not")
                    .startsWith("旧稿");

            var again = updated.rebuild(corpus, options.withUpdate(true), ProgressListener.NONE);
            assertThat(again.sync().filesChanged())
                    .as("the old manifest names every file changed")
                    .isEqualTo(300);

            rebuilt.rebuild(corpus, options, ProgressListener.NONE);
            rebuilt.put(updated.article("api/1").orElseThrow());
            assertThat(updated.stats().articles())
                    .isEqualTo(rebuilt.stats().articles())
                    .isEqualTo(302);
            for (String id : List.of("p0.txt", "p150.txt", "p299.txt", "added.txt", "gone.txt", "api/1")) {
                assertThat(updated.article(id)).as(id).isEqualTo(rebuilt.article(id));
            }
        }
    }

    @Test
    void anUpdateNeedsTheWriterAndSaysToAskTheServer() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "标题\n正文。\n");
        CurrentAnalysis analysis = new CurrentAnalysis(Analysis.builtIn());
        IndexOptions options = IndexOptions.defaults().withThreads(1);
        try (EmbeddedEngine server = EmbeddedEngine.open(tmp.resolve("index"), analysis)) {
            server.rebuild(corpus, options, ProgressListener.NONE);
            server.becomeWriter();
            try (EmbeddedEngine cli = EmbeddedEngine.open(tmp.resolve("index"), analysis)) {
                assertThatThrownBy(() -> cli.rebuild(corpus, options.withUpdate(true), ProgressListener.NONE))
                        .isInstanceOfSatisfying(
                                ZhsearchException.class,
                                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INDEX_LOCKED))
                        .hasMessageContaining("mode=update");
            }
            assertThat(server.rebuild(corpus, options.withUpdate(true), ProgressListener.NONE)
                            .sync()
                            .filesUnchanged())
                    .as("the writer updates, and the refused update left the build lock free")
                    .isEqualTo(1);
        }
    }
}
