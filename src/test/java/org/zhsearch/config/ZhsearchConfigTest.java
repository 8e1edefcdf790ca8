package org.zhsearch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZhsearchConfigTest {
    private static ZhsearchConfig fromFile(String properties) {
        return ZhsearchConfig.load(properties, "test.properties", Map.of(), Map.of());
    }

    @Test
    void defaultsServeTheSampleOnLoopbackPort7070() {
        ZhsearchConfig c = ZhsearchConfig.defaults();

        assertThat(c.port()).isEqualTo(7070);
        assertThat(c.bind()).isEqualTo("127.0.0.1");
        assertThat(c.indexDir()).isEqualTo(Path.of("index-data/index"));
        assertThat(c.corpusDir()).isNull();
        assertThat(c.indexThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(c.adminToken()).isNull();
        assertThat(c.maxBodyBytes()).isEqualTo(1_048_576);
        assertThat(c.corsOrigins()).isEmpty();
    }

    @Test
    void theFileOverridesDefaultsAndEmptyValuesMeanDefault() {
        ZhsearchConfig c = fromFile("""
                port = 8080
                index.dir = /srv/zh/index
                corpus.dir = /srv/zh/corpus
                index.threads =
                http.corsOrigins = https://example.org, http://localhost:3000
                """);

        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.indexDir()).isEqualTo(Path.of("/srv/zh/index"));
        assertThat(c.corpusDir()).isEqualTo(Path.of("/srv/zh/corpus"));
        assertThat(c.indexThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(c.corsOrigins()).containsExactly("https://example.org", "http://localhost:3000");
    }

    @Test
    void environmentOverridesTheFileAndFlagsOverrideTheEnvironment() {
        Map<String, String> env = Map.of(
                "ZHSEARCH_PORT",
                "9090",
                "ZHSEARCH_BIND",
                "0.0.0.0",
                "ZHSEARCH_HTTP_MAX_BODY_BYTES",
                "2048",
                "PATH",
                "/usr/bin");
        Map<String, String> flags = new HashMap<>();
        flags.put("port", "9999");
        flags.put("bind", null);

        ZhsearchConfig c = ZhsearchConfig.load("port = 8080\nbind = 10.0.0.1\n", "test.properties", env, flags);

        assertThat(c.port()).isEqualTo(9999);
        assertThat(c.bind()).isEqualTo("0.0.0.0");
        assertThat(c.maxBodyBytes()).isEqualTo(2048);
    }

    @Test
    void envNamesFollowTheKeys() {
        assertThat(ZhsearchConfig.KEYS.stream().map(ZhsearchConfig::envName).toList())
                .containsExactly(
                        "ZHSEARCH_PORT",
                        "ZHSEARCH_BIND",
                        "ZHSEARCH_INDEX_DIR",
                        "ZHSEARCH_CORPUS_DIR",
                        "ZHSEARCH_CORPUS_WATCH",
                        "ZHSEARCH_INDEX_THREADS",
                        "ZHSEARCH_INDEX_MIN_LIVE_PERCENT",
                        "ZHSEARCH_ADMIN_TOKEN",
                        "ZHSEARCH_AUTH_READS",
                        "ZHSEARCH_AUTH_KEYS_FILE",
                        "ZHSEARCH_HTTP_MAX_BODY_BYTES",
                        "ZHSEARCH_HTTP_CORS_ORIGINS",
                        "ZHSEARCH_BACKEND",
                        "ZHSEARCH_SEARCH_VARIANTS",
                        "ZHSEARCH_OPENSEARCH_URLS",
                        "ZHSEARCH_OPENSEARCH_INDEX",
                        "ZHSEARCH_OPENSEARCH_USERNAME",
                        "ZHSEARCH_OPENSEARCH_PASSWORD",
                        "ZHSEARCH_OPENSEARCH_API_KEY",
                        "ZHSEARCH_OPENSEARCH_SHARDS",
                        "ZHSEARCH_OPENSEARCH_REPLICAS",
                        "ZHSEARCH_OPENSEARCH_TIMEOUT_MS",
                        "ZHSEARCH_OPENSEARCH_TRUST_STORE",
                        "ZHSEARCH_OPENSEARCH_TRUST_STORE_PASSWORD");
    }

    @Test
    void corpusWatchIsOffUnlessSetToTrueAndAnythingElseIsRejected() {
        assertThat(ZhsearchConfig.defaults().corpusWatch()).isFalse();
        assertThat(ZhsearchConfig.load(null, Map.of("ZHSEARCH_CORPUS_WATCH", "true"))
                        .corpusWatch())
                .isTrue();
        assertThatThrownBy(() -> ZhsearchConfig.load(null, Map.of("ZHSEARCH_CORPUS_WATCH", "yes")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ZHSEARCH_CORPUS_WATCH");
    }

    @Test
    void regionalVariantsAreOnUnlessTurnedOffAndOnlyTrueOrFalseIsAccepted() {
        assertThat(ZhsearchConfig.defaults().analysis().regionalVariants()).isTrue();
        ZhsearchConfig off = ZhsearchConfig.load(null, Map.of("ZHSEARCH_SEARCH_VARIANTS", "false"));
        assertThat(off.regionalVariants()).isFalse();
        assertThat(off.analysis().regionalVariants()).isFalse();
        assertThat(off.describe()).contains("search.variants=false");
        assertThatThrownBy(() -> ZhsearchConfig.load(null, Map.of("ZHSEARCH_SEARCH_VARIANTS", "maybe")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ZHSEARCH_SEARCH_VARIANTS")
                .hasMessageContaining("true, false");
    }

    @Test
    void theBackendIsEmbeddedUnlessConfiguredAndAnUnknownOneIsRejected() {
        assertThat(ZhsearchConfig.defaults().backend().name()).isEqualTo(ZhsearchConfig.EMBEDDED);
        assertThatThrownBy(() -> fromFile("backend = solr\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("backend in test.properties")
                .hasMessageContaining("embedded");
    }

    @Test
    void openSearchSettingsAreReadAndCheckedAndTheSecretsNeverShown() {
        ZhsearchConfig c = fromFile(
                "backend = opensearch\nopensearch.urls = http://127.0.0.1:9250, http://127.0.0.1:9251\n"
                        + "opensearch.index = archive\nopensearch.password = s3cret-pass\nopensearch.username = reader\n");
        assertThat(c.backend().name()).isEqualTo(ZhsearchConfig.OPENSEARCH);
        assertThat(c.opensearch().urls()).containsExactly("http://127.0.0.1:9250", "http://127.0.0.1:9251");
        assertThat(c.opensearch().index()).isEqualTo("archive");
        assertThat(c.opensearch().replicas()).isEqualTo(1);
        assertThat(c.describe()).contains("archive").doesNotContain("s3cret-pass");
        assertThatThrownBy(() -> fromFile("opensearch.urls = ftp://x\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("opensearch.urls");
        assertThatThrownBy(() -> fromFile("opensearch.index = Archive!\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("lower-case");
    }

    @Test
    void theDictionariesAreThoseBesideTheConfigFile() throws Exception {
        Path shipped = Path.of("config/zhsearch.properties");
        ZhsearchConfig c = ZhsearchConfig.load(shipped, Map.of());
        assertThat(c.analysis().userDict())
                .isEqualTo(shipped.toAbsolutePath().getParent().resolve("userdict.txt"));
        assertThat(ZhsearchConfig.defaults().analysis()).isEqualTo(org.zhsearch.api.AnalysisConfig.builtIn());
    }

    @Test
    void anUnknownKeyInTheFileIsRejectedByName() {
        assertThatThrownBy(() -> fromFile("prot = 8080\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("unknown key 'prot' in test.properties — known keys: port, bind");
    }

    @Test
    void anUnknownZhsearchEnvironmentVariableIsRejected() {
        assertThatThrownBy(() -> ZhsearchConfig.load(null, Map.of("ZHSEARCH_PROT", "1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown environment variable ZHSEARCH_PROT")
                .hasMessageContaining("ZHSEARCH_PORT");
    }

    @Test
    void aNonNumericPortNamesTheKeyAndTheFile() {
        assertThatThrownBy(() -> fromFile("port = http\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("invalid port in test.properties: 'http' — must be a whole number between 0 and 65535");
    }

    @Test
    void outOfRangeNumbersAreRejected() {
        assertThatThrownBy(() -> fromFile("port = 70000")).hasMessageContaining("invalid port");
        assertThatThrownBy(() -> fromFile("index.threads = 0")).hasMessageContaining("invalid index.threads");
        assertThatThrownBy(() -> fromFile("http.maxBodyBytes = 10")).hasMessageContaining("between 1024 and");
    }

    @Test
    void aBadFlagValueNamesTheFlag() {
        assertThatThrownBy(() -> ZhsearchConfig.load(null, Map.of(), Map.of("port", "-1")))
                .hasMessageStartingWith("invalid --port: '-1'");
    }

    @Test
    void aBadCorsOriginIsRejected() {
        assertThatThrownBy(() -> fromFile("http.corsOrigins = https://example.org/app"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'https://example.org/app' is not an origin");
        assertThat(fromFile("http.corsOrigins = *").corsOrigins()).isEqualTo(List.of("*"));
    }

    @Test
    void aShortAdminTokenIsRejectedWithoutEchoingIt() {
        assertThatThrownBy(() -> ZhsearchConfig.load(null, Map.of("ZHSEARCH_ADMIN_TOKEN", "abc")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ZHSEARCH_ADMIN_TOKEN")
                .hasMessageContaining("at least 8")
                .hasMessageNotContaining("abc");
    }

    @Test
    void theAdminTokenIsMaskedWhenTheConfigIsDescribed() {
        ZhsearchConfig c = ZhsearchConfig.load(null, Map.of("ZHSEARCH_ADMIN_TOKEN", "s3cret-token-42"));

        assertThat(c.adminToken()).isEqualTo("s3cret-token-42");
        assertThat(c.describe()).contains("admin.token=******").doesNotContain("s3cret");
        assertThat(c.toString()).doesNotContain("s3cret");
    }

    @Test
    void aMissingFileIsReported() {
        assertThatThrownBy(() -> ZhsearchConfig.load(Path.of("/nonexistent/zhsearch.properties"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("config file /nonexistent/zhsearch.properties does not exist");
    }

    @Test
    void aFileStartingWithAUtf8ByteOrderMarkIsRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("zhsearch.properties");
        byte[] text = "port = 8181\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        java.nio.file.Files.write(file, withBom);

        assertThat(ZhsearchConfig.load(file, Map.of()).port()).isEqualTo(8181);
    }

    @Test
    void aDirectoryIsReadThroughTheZhsearchPropertiesItHolds(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        java.nio.file.Files.writeString(dir.resolve("zhsearch.properties"), "port = 8282\n");

        assertThat(ZhsearchConfig.load(dir, Map.of()).port()).isEqualTo(8282);
    }

    @Test
    void aDirectoryWithoutZhsearchPropertiesIsReportedAsADirectory(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertThatThrownBy(() -> ZhsearchConfig.load(dir, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("config file " + dir + " is a directory")
                .hasMessageContaining(dir.resolve("zhsearch.properties").toString())
                .hasMessageNotContaining("does not exist");
    }

    @Test
    void theSampleCorpusLivesNextToTheIndexHome() {
        ZhsearchConfig c = fromFile("index.dir = /srv/zh/index");

        assertThat(c.sampleCorpusDir()).isEqualTo(Path.of("/srv/zh/sample-corpus"));
    }

    @Test
    void theShippedConfigFileDocumentsEveryKeyWithItsDefault() throws Exception {
        Path shipped = Path.of("config/zhsearch.properties");
        String text = java.nio.file.Files.readString(shipped);

        ZhsearchConfig c = ZhsearchConfig.load(shipped, Map.of());

        assertThat(c.withDictionaryDir(null)).isEqualTo(ZhsearchConfig.defaults());
        for (String key : ZhsearchConfig.KEYS) {
            assertThat(text).contains("\n" + key + " =").contains(ZhsearchConfig.envName(key));
        }
    }

    @Test
    void aKeySetTwiceInTheFileIsRejected() {
        assertThatThrownBy(() -> fromFile("port = 8080\nbind = 127.0.0.1\nport = 9090\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'port' is set twice in test.properties");
    }

    @Test
    void anEmptyEnvironmentVariableDoesNotHideTheFilesValue() {
        ZhsearchConfig c =
                ZhsearchConfig.load("port = 8080\n", "test.properties", Map.of("ZHSEARCH_PORT", ""), Map.of());
        assertThat(c.port()).isEqualTo(8080);
    }

    @Test
    void readsAreOpenUnlessConfiguredAndNeedAKeyWithAuthReadsKey() {
        assertThat(ZhsearchConfig.defaults().auth()).isEqualTo(AuthSettings.open());
        ZhsearchConfig c = ZhsearchConfig.load(
                "auth.reads = key\nauth.keysFile = /etc/zhsearch/keys.txt\n", "test.properties", Map.of(), Map.of());
        assertThat(c.auth()).isEqualTo(new AuthSettings(true, Path.of("/etc/zhsearch/keys.txt")));
        assertThat(c.describe()).contains("auth.reads=key", "auth.keysFile=/etc/zhsearch/keys.txt");
        ZhsearchConfig byEnv = ZhsearchConfig.load(
                null, Map.of("ZHSEARCH_AUTH_READS", "key", "ZHSEARCH_ADMIN_TOKEN", "s3cret-token-42"));
        assertThat(byEnv.auth()).isEqualTo(new AuthSettings(true, null));
        assertThat(byEnv.describe()).doesNotContain("s3cret");
    }

    @Test
    void readsThatNeedAKeyWithoutAnyKeyAreRefusedAtStartUp() {
        assertThatThrownBy(() -> fromFile("auth.reads = key\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("auth.reads in test.properties")
                .hasMessageContaining("auth.keysFile");
    }

    @Test
    void anUnknownReadsModeIsRejected() {
        assertThatThrownBy(() -> fromFile("auth.reads = closed\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("auth.reads")
                .hasMessageContaining("open, key");
    }
}
