package org.zhsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.engine.IndexFormat;

/**
 * An index of another format (the previous version recorded none) is refused by every command that searches it, and
 * the server does not start on it; {@code zhsearch index} rebuilds it, with or without {@code --update}.
 *
 * <p>The old index is this version's build with the format taken out of its commit: the refusal reads only the
 * marker, and a committed binary index of the previous version would have to be regenerated whenever the fields
 * change again (they change on other branches now).
 */
class OldIndexFormatTest {
    private static final String REBUILD = "rebuild it once: zhsearch index";

    @TempDir
    Path tmp;

    @Test
    void searchAndServeRefuseAnOldIndexAndARebuildReplacesIt() throws IOException {
        String index = builtWithFormat(null);

        Cli.Result search = Cli.run("search", "量子计算", "--index", index);
        assertThat(search.exit()).isEqualTo(ErrorCode.INDEX_UNREADABLE.exitCode());
        assertThat(search.err())
                .contains("built by an earlier version of zhsearch")
                .contains(REBUILD);
        assertThat(search.out()).doesNotContain("量子计算实验室");

        Cli.Result serve = assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> Cli.run("serve", "--index", index, "--port", "0"));
        assertThat(serve.exit()).isEqualTo(ErrorCode.INDEX_UNREADABLE.exitCode());
        assertThat(serve.err()).contains(REBUILD);

        Cli.Result rebuild = Cli.run("index", "--corpus", corpus().toString(), "--index", index);
        assertThat(rebuild.exit()).as(rebuild.err()).isZero();
        Cli.Result again = Cli.run("search", "量子计算", "--index", index);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("4 paragraphs for 量子计算");
    }

    @Test
    void anUpdateOfAnOldIndexRebuildsItWhole() throws IOException {
        String index = builtWithFormat(null);

        Cli.Result update = Cli.run("index", "--corpus", corpus().toString(), "--index", index, "--update");
        assertThat(update.exit()).as(update.err()).isZero();
        assertThat(Cli.run("search", "量", "--index", index).out()).startsWith("4 paragraphs for 量");
    }

    @Test
    void anIndexOfANewerFormatIsRefusedToo() throws IOException {
        String index = builtWithFormat(Integer.toString(IndexFormat.CURRENT + 1));

        Cli.Result search = Cli.run("search", "量子计算", "--index", index);
        assertThat(search.exit()).isEqualTo(ErrorCode.INDEX_UNREADABLE.exitCode());
        assertThat(search.err()).contains("built by a newer version of zhsearch");
    }

    private Path corpus() {
        return tmp.resolve("corpus");
    }

    /** The fixture corpus indexed by this version, its commit then made to record {@code format}. */
    private String builtWithFormat(String format) throws IOException {
        Path corpus = Cli.writeCorpus(corpus());
        String index = tmp.resolve("index").toString();
        assertThat(Cli.run("index", "--corpus", corpus.toString(), "--index", index)
                        .exit())
                .isZero();
        recordFormat(Path.of(index), format);
        return index;
    }

    /** Rewrites the live generation's commit to record {@code format} (null: none, as the previous version). */
    private static void recordFormat(Path home, String format) throws IOException {
        Path gen = home.resolve(Files.readString(home.resolve("CURRENT")).strip());
        try (FSDirectory dir = FSDirectory.open(gen);
                IndexWriter w = new IndexWriter(
                        dir,
                        new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> data =
                    new HashMap<>(SegmentInfos.readLatestCommit(dir).getUserData());
            assertThat(data).containsEntry(IndexFormat.KEY, Integer.toString(IndexFormat.CURRENT));
            data.remove(IndexFormat.KEY);
            if (format != null) {
                data.put(IndexFormat.KEY, format);
            }
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
    }
}
