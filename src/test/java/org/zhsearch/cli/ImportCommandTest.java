package org.zhsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.server.ServerSettings;
import org.zhsearch.server.ZhsearchServer;

/** {@code zhsearch import FILE.jsonl}: into the local index and through a running server, bad lines listed. */
class ImportCommandTest {
    private static final String TOKEN = "cli-import-token";

    @TempDir
    Path tmp;

    /** 25 good lines, a broken one at line 12 and a blank one at line 20. */
    private Path file() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 27; i++) {
            if (i == 12) {
                b.append("{\"id\": \"imp/broken.json\", \"paragraphs\": [\n");
            } else if (i == 20) {
                b.append("\n");
            } else {
                b.append("{\"id\": \"imp/")
                        .append(i)
                        .append(".json\", \"title\": \"导入")
                        .append(i)
                        .append("\", \"paragraphs\": [\"批量导入的段落：白鹭第")
                        .append(i)
                        .append("篇。\"]}\n");
            }
        }
        return Files.writeString(tmp.resolve("articles.jsonl"), b.toString());
    }

    private static long total(ZhSearch zh, String q) {
        return zh.search(SearchRequest.of(q).withMode(SearchMode.EXACT)).total();
    }

    @Test
    void importsIntoTheLocalIndexInBatchesAndListsTheBrokenLine() throws Exception {
        Path index = tmp.resolve("index");
        Cli.Result r = Cli.run("import", file().toString(), "--index", index.toString(), "--batch", "10");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out())
                .contains("Imported 27 lines", "25 created", "0 replaced", "1 error", "line 12: invalid_article");
        assertThat(r.err()).contains("importing: 10 lines", "importing: 27 lines", "1 line was not imported");
        try (ZhSearch zh = ZhSearch.open(index)) {
            assertThat(total(zh, "白鹭")).isEqualTo(25);
            assertThat(zh.article("imp/27.json")).isPresent();
        }
        Cli.Result again = Cli.run("import", file().toString(), "--index", index.toString());
        assertThat(again.out()).contains("0 created", "25 replaced");
    }

    @Test
    void sendsTheFileToARunningServerWithTheToken() throws Exception {
        Path index = tmp.resolve("served");
        try (ZhSearch zh = ZhSearch.open(index);
                ZhsearchServer server =
                        new ZhsearchServer(zh, ServerSettings.local(0, index).withAdminToken(TOKEN))) {
            server.start();
            String url = "http://127.0.0.1:" + server.port();
            Cli.Result r = Cli.run(
                    Map.of("ZHSEARCH_ADMIN_TOKEN", TOKEN), "import", file().toString(), "--url", url, "--batch", "7");
            assertThat(r.exit()).as(r.err()).isEqualTo(1);
            assertThat(r.out()).contains("25 created", "line 12: invalid_article");
            assertThat(total(zh, "白鹭")).isEqualTo(25);

            Cli.Result wrongKey = Cli.run("import", file().toString(), "--url", url, "--token", "not-the-token");
            assertThat(wrongKey.exit()).isEqualTo(1);
            assertThat(wrongKey.err()).contains("401", "unauthorized");
        }
    }

    @Test
    void aFileOfGoodLinesExitsZeroAndAMissingFileIsAUsageError() throws Exception {
        Path good = Files.writeString(
                tmp.resolve("good.jsonl"), "{\"id\": \"imp/ok.json\", \"paragraphs\": [\"一切顺利。\"]}\n");
        Cli.Result r =
                Cli.run("import", good.toString(), "--index", tmp.resolve("i").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 created", "0 errors");
        Cli.Result missing = Cli.run("import", tmp.resolve("nope.jsonl").toString());
        assertThat(missing.exit()).isEqualTo(2);
    }

    @Test
    void anUnreachableServerIsAClearError() throws Exception {
        Cli.Result r = Cli.run("import", file().toString(), "--url", "http://127.0.0.1:1", "--token", TOKEN);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no zhsearch server answers at http://127.0.0.1:1");
    }
}
