package org.zhsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.server.ServerSettings;
import org.zhsearch.server.ZhsearchServer;

/** {@code zhsearch reload-dictionaries} asks a running server to re-read its dictionaries. */
class ReloadDictionariesCommandTest {
    private static final String TOKEN = "cli-reload-token";

    @TempDir
    Path tmp;

    @Test
    void reloadsTheRunningServersDictionariesWithTheConfiguredToken() throws Exception {
        Path config = Files.createDirectories(tmp.resolve("config"));
        Path properties = Files.writeString(config.resolve("zhsearch.properties"), "admin.token=" + TOKEN + "\n");
        Files.writeString(config.resolve(ZhSearch.USER_DICT_FILE), "专精特新\n");
        try (ZhSearch zh = ZhSearch.open(tmp.resolve("index"), config); // the server's dictionaries: beside its config
                ZhsearchServer server = new ZhsearchServer(
                        zh, ServerSettings.local(0, tmp.resolve("index")).withAdminToken(TOKEN))) {
            server.start();
            Cli.Result r = Cli.run(
                    Map.of(),
                    "reload-dictionaries",
                    "--config",
                    properties.toString(),
                    "--url",
                    "http://127.0.0.1:" + server.port());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("\"userWords\":1");
            assertThat(zh.analyze("专精特新企业")).extracting(t -> t.term()).startsWith("专精特新");
        }
    }

    @Test
    void withoutATokenItSaysHowToConfigureOne() throws Exception {
        Path properties = Files.writeString(tmp.resolve("zhsearch.properties"), "");
        Cli.Result r = Cli.run(Map.of(), "reload-dictionaries", "--config", properties.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("admin.token", "ZHSEARCH_ADMIN_TOKEN", "auth.keysFile");
    }

    @Test
    void anUnreachableServerIsAClearError() throws Exception {
        Path properties = Files.writeString(tmp.resolve("zhsearch.properties"), "admin.token=" + TOKEN + "\n");
        Cli.Result r = Cli.run(
                Map.of(), "reload-dictionaries", "--config", properties.toString(), "--url", "http://127.0.0.1:1");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no zhsearch server answers at http://127.0.0.1:1");
    }

    @Test
    void withoutAnAdminTokenItUsesAnAdminKeyOfTheKeysFile() throws Exception {
        Path config = Files.createDirectories(tmp.resolve("keyed"));
        Path keys = Files.writeString(
                config.resolve("keys.txt"),
                "reader read reader-secret-0123456789\nops admin ops-secret-0123456789ab\n");
        Path properties = Files.writeString(config.resolve("zhsearch.properties"), "auth.keysFile=" + keys + "\n");
        Files.writeString(config.resolve(ZhSearch.USER_DICT_FILE), "银发经济\n");
        try (ZhSearch zh = ZhSearch.open(tmp.resolve("index"), config);
                ZhsearchServer server = new ZhsearchServer(
                        zh,
                        ServerSettings.local(0, tmp.resolve("index"))
                                .withAuth(new org.zhsearch.config.AuthSettings(false, keys)))) {
            server.start();
            Cli.Result r = Cli.run(
                    Map.of(),
                    "reload-dictionaries",
                    "--config",
                    properties.toString(),
                    "--url",
                    "http://127.0.0.1:" + server.port());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(zh.analyze("银发经济发展")).extracting(t -> t.term()).startsWith("银发经济");
        }
    }
}
