package org.zhsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;

class IndexCommandTest {
    @TempDir
    Path tmp;

    @Test
    void indexingACorpusPrintsASummaryAndMakesTheIndexLive() throws IOException {
        Path corpus = Cli.writeCorpus(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");

        Cli.Result r = Cli.run("index", "--corpus", corpus.toString(), "--index", index.toString(), "--threads", "1");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Indexed 2 articles, 8 paragraphs from 2 files")
                .contains("MB/s")
                .contains("(now live)");
        assertThat(r.err()).contains("indexing 2 files");
        assertThat(ZhSearch.exists(index)).isTrue();
    }

    @Test
    void updateReadsOnlyTheAddedFileAndStrictStillSeesAFileSkippedBefore() throws IOException {
        Path corpus = Cli.writeCorpus(tmp.resolve("corpus"));
        Files.write(corpus.resolve("news/broken.txt"), new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 0});
        Path index = tmp.resolve("index");
        assertThat(Cli.run("index", "--corpus", corpus.toString(), "--index", index.toString())
                        .exit())
                .isZero();
        Files.writeString(corpus.resolve("news/xinwen.txt"), "渡口新闻\n江上的渡船换成了电动船，噪音小了很多。\n");

        Cli.Result r =
                Cli.run("index", "--corpus", corpus.toString(), "--index", index.toString(), "--update", "--strict");

        assertThat(r.out())
                .contains("1 files added, 0 changed, 0 removed, 2 unchanged; 1 article written, 0 deleted")
                .contains("Indexed 1 article")
                .contains("news/broken.txt: binary file");
        assertThat(r.exit()).as("the skipped file is read and reported again").isEqualTo(1);
        try (ZhSearch zh = ZhSearch.open(index)) {
            assertThat(zh.article("news/xinwen.txt")).isPresent();
            assertThat(zh.stats().articles()).isEqualTo(3);
        }
        assertThat(Cli.run("index", "--help").out()).contains("--update");
    }

    @Test
    void skippedFilesAreListedWithTheirReasonAndStrictMakesThemFail() throws IOException {
        Path corpus = Cli.writeCorpus(tmp.resolve("corpus"));
        Files.write(corpus.resolve("news/broken.txt"), new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 0});
        Path index = tmp.resolve("index");

        Cli.Result lenient = Cli.run("index", "--corpus", corpus.toString(), "--index", index.toString());
        Cli.Result strict = Cli.run("index", "--corpus", corpus.toString(), "--index", index.toString(), "--strict");

        assertThat(lenient.exit()).isZero();
        assertThat(lenient.out()).contains("Skipped 1 file:").contains("news/broken.txt: binary file");
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.err()).contains("1 file skipped and --strict given");
        assertThat(ZhSearch.exists(index)).isTrue();
    }

    @Test
    void aFileKeptWithReplacedBytesIsListedAsAProblemButIsNoSkipForStrict() throws IOException {
        Path corpus = Cli.writeCorpus(tmp.resolve("corpus"));
        byte[] text = "河边的柳树发了新芽，\n孩子们在岸上追着风筝跑。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] damaged = java.util.Arrays.copyOf(text, text.length + 1);
        damaged[text.length] = (byte) 0xFF;
        Files.write(corpus.resolve("news/damaged.txt"), damaged);
        Path index = tmp.resolve("index");

        Cli.Result r = Cli.run("index", "--corpus", corpus.toString(), "--index", index.toString(), "--strict");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .doesNotContain("Skipped")
                .contains("Indexed with problems 1 file:")
                .contains("news/damaged.txt: kept with 1 byte that is not UTF-8 replaced by U+FFFD");
    }

    @Test
    void rebuildingFromAnEmptiedOrShrunkenCorpusKeepsTheLiveIndexUnlessForced() throws IOException {
        Path corpus = Cli.writeCorpus(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        assertThat(Cli.run("index", "--corpus", corpus.toString(), "--index", index.toString())
                        .exit())
                .isZero();
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path half = Files.createDirectories(tmp.resolve("half/news"));
        try (var files = Files.list(corpus.resolve("news"))) {
            Path one = files.sorted().findFirst().orElseThrow();
            Files.copy(one, half.resolve(one.getFileName()));
        }

        Cli.Result refused = Cli.run("index", "--corpus", empty.toString(), "--index", index.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .contains("would have 0 articles, the live one has 2")
                .contains("--force");
        assertThat(Cli.run("stats", "--index", index.toString()).out()).containsPattern("articles +2");

        // one of two articles is 50 %: what the default (index.minLivePercent = 50) still allows
        Cli.Result shrunk = Cli.run("index", "--corpus", tmp.resolve("half").toString(), "--index", index.toString());
        assertThat(shrunk.exit()).as(shrunk.err()).isZero();

        Cli.Result forced = Cli.run("index", "--corpus", empty.toString(), "--index", index.toString(), "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(Cli.run("stats", "--index", index.toString()).out()).containsPattern("articles +0");
    }

    @Test
    void aMissingCorpusFolderIsAUsageError() {
        Cli.Result r = Cli.run(
                "index",
                "--corpus",
                tmp.resolve("nope").toString(),
                "--index",
                tmp.resolve("i").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .contains("error: corpus folder")
                .contains("does not exist")
                .contains("Try 'zhsearch index --help'");
    }

    @Test
    void aNonNumericThreadCountIsAUsageErrorNamingTheOption() {
        Cli.Result r = Cli.run(
                "index", "--threads", "many", "--index", tmp.resolve("i").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("error: Invalid value for option '--threads': 'many' is not an int")
                .contains("Try 'zhsearch index --help' for more information.");
        assertThat(r.err()).doesNotContain("at org.");
    }

    @Test
    void aThreadCountOutOfRangeIsRejectedByTheConfiguration() throws IOException {
        Path corpus = Cli.writeCorpus(tmp.resolve("corpus"));

        Cli.Result r = Cli.run(
                "index",
                "--corpus",
                corpus.toString(),
                "--threads",
                "0",
                "--index",
                tmp.resolve("i").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("error: invalid --threads: '0'").contains("between 1 and 256");
    }

    @Test
    void withoutACorpusTheBundledSampleIsExtractedNextToTheIndexAndIndexed() {
        Path index = tmp.resolve("data/index");

        Cli.Result r = Cli.run("index", "--index", index.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Indexed 5 articles").contains("from 5 files");
        assertThat(tmp.resolve("data/sample-corpus/zhuti-jiaoyu-2024-03-12.txt"))
                .isRegularFile();
    }

    @Test
    void corpusDirFromTheEnvironmentIsUsedWhenNoFlagIsGiven() throws IOException {
        Path corpus = Cli.writeCorpus(tmp.resolve("corpus"));

        Cli.Result r = Cli.run(
                java.util.Map.of("ZHSEARCH_CORPUS_DIR", corpus.toString()),
                "index",
                "--index",
                tmp.resolve("index").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Indexed 2 articles");
    }
}
