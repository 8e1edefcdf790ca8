package org.zhsearch.config;

import static org.zhsearch.config.SettingRules.*;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.zhsearch.api.AnalysisConfig;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.config.SettingRules.Setting;

/**
 * The effective configuration of a zhsearch process, immutable.
 *
 * <p>Each setting is resolved as default &lt; file ({@code config/zhsearch.properties}) &lt; environment variable
 * ({@code ZHSEARCH_} + the key in upper case with {@code .} and camel-case humps as {@code _}, e.g.
 * {@code http.maxBodyBytes} → {@code ZHSEARCH_HTTP_MAX_BODY_BYTES}) &lt; command-line flag. Unknown keys and bad
 * values are rejected with a {@link ConfigException} that names the key and where it came from.
 *
 * @param port         HTTP port; 0 picks a free port
 * @param bind         address the HTTP server binds to
 * @param indexDir     the index home (holds index generations and the {@code CURRENT} pointer)
 * @param corpusDir    the corpus to index, or {@code null} for the bundled sample corpus
 * @param indexThreads indexing threads
 * @param adminToken   bearer token for the write endpoints, or {@code null}: writes disabled
 * @param maxBodyBytes largest HTTP request body accepted
 * @param corsOrigins  origins allowed to call the API from a browser; empty: same origin only
 * @param indexMinLivePercent a rebuild with fewer articles than this percentage of the live index's (or none) is
 *                     refused unless forced
 * @param backend      the engine under the facade, parsed from {@code backend}: {@value #EMBEDDED} (a Lucene index
 *                     in {@code indexDir}) or {@value #OPENSEARCH} (the cluster of {@code opensearch})
 * @param dictionaryDir the directory of {@code userdict.txt}, {@code synonyms.txt} and {@code question-words.txt}
 *                     (the config file's directory), or {@code null} without a config file: built-in analysis
 * @param opensearch   the cluster, for {@code backend = opensearch}
 * @param auth         whether reads need a key, and the keys file ({@code auth.reads}, {@code auth.keysFile})
 * @param fields       the declared fields ({@code fields.<name>.type|use|label|weight}, {@code fields.undeclared})
 * @param corpusWatch  {@code serve} watches the corpus folder and updates the index when files change
 * @param regionalVariants {@code search.variants}: search a query's Taiwan/mainland phrase variants too (default on)
 */
public record ZhsearchConfig(
        int port,
        String bind,
        Path indexDir,
        Path corpusDir,
        int indexThreads,
        String adminToken,
        long maxBodyBytes,
        List<String> corsOrigins,
        int indexMinLivePercent,
        Backend backend,
        Path dictionaryDir,
        OpenSearchSettings opensearch,
        AuthSettings auth,
        DeclaredFields fields,
        boolean corpusWatch,
        boolean regionalVariants) {
    public static final String PORT = "port";
    public static final String BIND = "bind";
    public static final String INDEX_DIR = "index.dir";
    public static final String CORPUS_DIR = "corpus.dir";
    public static final String CORPUS_WATCH = "corpus.watch";
    public static final String INDEX_THREADS = "index.threads";
    public static final String ADMIN_TOKEN = "admin.token";
    public static final String AUTH_READS = "auth.reads";
    public static final String AUTH_KEYS_FILE = "auth.keysFile";
    public static final String MAX_BODY_BYTES = "http.maxBodyBytes";
    public static final String CORS_ORIGINS = "http.corsOrigins";
    public static final String INDEX_MIN_LIVE_PERCENT = "index.minLivePercent";
    public static final String BACKEND = "backend";
    public static final String SEARCH_VARIANTS = "search.variants";
    public static final String OS_URLS = "opensearch.urls";
    public static final String OS_INDEX = "opensearch.index";
    public static final String OS_USERNAME = "opensearch.username";
    public static final String OS_PASSWORD = "opensearch.password";
    public static final String OS_API_KEY = "opensearch.apiKey";
    public static final String OS_SHARDS = "opensearch.shards";
    public static final String OS_REPLICAS = "opensearch.replicas";
    public static final String OS_TIMEOUT_MS = "opensearch.timeoutMs";
    public static final String OS_TRUST_STORE = "opensearch.trustStore";
    public static final String OS_TRUST_STORE_PASSWORD = "opensearch.trustStorePassword";
    /** Every key, in the order of {@code config/zhsearch.properties}. */
    public static final List<String> KEYS = List.of(
            PORT,
            BIND,
            INDEX_DIR,
            CORPUS_DIR,
            CORPUS_WATCH,
            INDEX_THREADS,
            INDEX_MIN_LIVE_PERCENT,
            ADMIN_TOKEN,
            AUTH_READS,
            AUTH_KEYS_FILE,
            MAX_BODY_BYTES,
            CORS_ORIGINS,
            BACKEND,
            SEARCH_VARIANTS,
            OS_URLS,
            OS_INDEX,
            OS_USERNAME,
            OS_PASSWORD,
            OS_API_KEY,
            OS_SHARDS,
            OS_REPLICAS,
            OS_TIMEOUT_MS,
            OS_TRUST_STORE,
            OS_TRUST_STORE_PASSWORD);
    /** The engine that keeps a Lucene index on this machine (the default). */
    public static final String EMBEDDED = "embedded";
    /** The engine that keeps the index on an OpenSearch cluster. */
    public static final String OPENSEARCH = "opensearch";
    /** Every backend this build has. */
    public static final List<String> BACKENDS = List.of(EMBEDDED, OPENSEARCH);

    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final String DEFAULT_INDEX_DIR = "index-data/index";
    public static final long DEFAULT_MAX_BODY_BYTES = 1_048_576;
    /** The default config file, relative to the working directory. */
    public static final Path DEFAULT_FILE = Path.of("config", "zhsearch.properties");
    /** Prefix of the environment variables that override settings. */
    public static final String ENV_PREFIX = "ZHSEARCH_";

    static final int MIN_TOKEN_CHARS = 8;
    static final long MIN_BODY_BYTES = 1024;
    static final long MAX_BODY_BYTES_LIMIT = 1L << 30;
    static final int MAX_THREADS = 256;

    public ZhsearchConfig {
        corsOrigins = List.copyOf(corsOrigins);
        fields = fields == null ? DeclaredFields.NONE : fields;
    }

    /** A configuration without declared fields, regional variants on: the constructor before they existed. */
    public ZhsearchConfig(
            int port,
            String bind,
            Path indexDir,
            Path corpusDir,
            int indexThreads,
            String adminToken,
            long maxBodyBytes,
            List<String> corsOrigins,
            int indexMinLivePercent,
            Backend backend,
            Path dictionaryDir,
            OpenSearchSettings opensearch,
            AuthSettings auth) {
        this(
                port,
                bind,
                indexDir,
                corpusDir,
                indexThreads,
                adminToken,
                maxBodyBytes,
                corsOrigins,
                indexMinLivePercent,
                backend,
                dictionaryDir,
                opensearch,
                auth,
                DeclaredFields.NONE,
                false,
                true);
    }

    /** The defaults: port 7070 on 127.0.0.1, index in {@code index-data/index}, the bundled sample corpus. */
    public static ZhsearchConfig defaults() {
        return load(null, Map.of(), Map.of());
    }

    /** Defaults, then {@code file} (if not {@code null}; it must exist), then {@code ZHSEARCH_*} entries of {@code env}. */
    public static ZhsearchConfig load(Path file, Map<String, String> env) {
        return load(file, env, Map.of());
    }

    /**
     * As {@link #load(Path, Map)}, then {@code flags}: config key → value given on the command line (as typed), so
     * they are validated exactly like the file's values.
     */
    public static ZhsearchConfig load(Path file, Map<String, String> env, Map<String, String> flags) {
        ZhsearchConfig cfg =
                load(file == null ? null : ConfigFile.read(file), file == null ? null : file.toString(), env, flags);
        // the dictionaries live next to zhsearch.properties (missing files: none)
        return file == null ? cfg : cfg.withDictionaryDir(file.toAbsolutePath().getParent());
    }

    /** This configuration with the dictionaries of {@code dir} ({@code null}: built-in analysis). */
    public ZhsearchConfig withDictionaryDir(Path dir) {
        return new ZhsearchConfig(
                port,
                bind,
                indexDir,
                corpusDir,
                indexThreads,
                adminToken,
                maxBodyBytes,
                corsOrigins,
                indexMinLivePercent,
                backend,
                dir,
                opensearch,
                auth,
                fields,
                corpusWatch,
                regionalVariants);
    }

    /** The dictionary files this configuration analyses with. */
    public AnalysisConfig analysis() {
        AnalysisConfig files = dictionaryDir == null ? AnalysisConfig.builtIn() : AnalysisConfig.in(dictionaryDir);
        return files.withRegionalVariants(regionalVariants);
    }

    /** As {@link #load(Path, Map, Map)} with the file's text given ({@code null}: no file); {@code name} for messages. */
    static ZhsearchConfig load(String properties, String name, Map<String, String> env, Map<String, String> flags) {
        Map<String, Setting> settings = new LinkedHashMap<>();
        if (properties != null) {
            ConfigFile.parse(properties, name)
                    .forEach((key, value) -> settings.put(key, new Setting(value, key + " in " + name)));
        }
        for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
            // an empty variable (ZHSEARCH_PORT=) is unset, not "the default": it must not hide the file's value
            if (e.getKey().startsWith(ENV_PREFIX) && !e.getValue().isBlank()) {
                settings.put(
                        SettingsResolver.keyOfEnv(e.getKey()),
                        new Setting(e.getValue(), "environment variable " + e.getKey()));
            }
        }
        flags.forEach((key, value) -> {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("no config key " + key);
            }
            if (value != null) {
                settings.put(key, new Setting(value, flagOf(key)));
            }
        });
        return SettingsResolver.resolve(settings);
    }

    /** The environment variable that overrides {@code key}: {@code http.maxBodyBytes} → {@code ZHSEARCH_HTTP_MAX_BODY_BYTES}. */
    public static String envName(String key) {
        return ENV_PREFIX
                + key.replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** The command-line flag that overrides {@code key} (not every key has one on every command). */
    static String flagOf(String key) {
        return switch (key) {
            case INDEX_DIR -> "--index";
            case CORPUS_DIR -> "--corpus";
            case INDEX_THREADS -> "--threads";
            default -> "--" + key;
        };
    }

    /** Where the bundled sample corpus is extracted when {@code corpus.dir} is empty: next to the index home. */
    public Path sampleCorpusDir() {
        Path parent = indexDir.toAbsolutePath().normalize().getParent();
        return (parent == null ? indexDir.toAbsolutePath() : parent).resolve("sample-corpus");
    }

    /** The corpus to index: {@link #corpusDir()}, or the bundled sample extracted to {@link #sampleCorpusDir()}. */
    public Path corpusOrSample() {
        return corpusDir != null ? corpusDir : SampleCorpus.extract(sampleCorpusDir());
    }

    /** Build options from this configuration: its threads and rebuild guard, {@code force} as given. */
    public IndexOptions indexOptions(boolean force) {
        return IndexOptions.defaults()
                .withThreads(indexThreads)
                .withMinLiveFraction(indexMinLivePercent / 100.0)
                .withForce(force);
    }

    /** One line per setting, {@code key = value}, with the admin token masked; for the start-up log. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : SettingsResolver.display(this).entrySet()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "ZhsearchConfig[" + describe() + "]";
    }
}
