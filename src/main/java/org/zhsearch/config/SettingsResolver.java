package org.zhsearch.config;

import static org.zhsearch.config.SettingRules.*;
import static org.zhsearch.config.ZhsearchConfig.*;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.config.SettingRules.Setting;

/**
 * Turns the settings gathered from file, environment and flags (each with where it came from) into a
 * {@link ZhsearchConfig}: every value checked by {@link SettingRules}, the backend chosen once as a typed
 * {@link Backend}.
 */
final class SettingsResolver {
    private SettingsResolver() {}

    static ZhsearchConfig resolve(Map<String, Setting> s) {
        String adminToken = token(s.get(ADMIN_TOKEN));
        Path indexDir = path(s.get(INDEX_DIR), Path.of(DEFAULT_INDEX_DIR));
        OpenSearchSettings opensearch = new OpenSearchSettings(
                urls(s.get(OS_URLS)),
                name(s.get(OS_INDEX), "zhsearch"),
                optional(s.get(OS_USERNAME)),
                optional(s.get(OS_PASSWORD)),
                optional(s.get(OS_API_KEY)),
                integer(s.get(OS_SHARDS), 1, 1, 1024),
                integer(s.get(OS_REPLICAS), 1, 0, 16),
                integer(s.get(OS_TIMEOUT_MS), 30_000, 100, 600_000),
                path(s.get(OS_TRUST_STORE), null),
                optional(s.get(OS_TRUST_STORE_PASSWORD)));
        Backend backend = oneOf(s.get(BACKEND), EMBEDDED, BACKENDS).equals(OPENSEARCH)
                ? new Backend.OpenSearch(opensearch)
                : new Backend.Embedded(indexDir);
        return new ZhsearchConfig(
                integer(s.get(PORT), DEFAULT_PORT, 0, 65_535),
                bindAddress(s.get(BIND)),
                indexDir,
                path(s.get(CORPUS_DIR), null),
                integer(s.get(INDEX_THREADS), Runtime.getRuntime().availableProcessors(), 1, MAX_THREADS),
                adminToken,
                longValue(s.get(MAX_BODY_BYTES), DEFAULT_MAX_BODY_BYTES, MIN_BODY_BYTES, MAX_BODY_BYTES_LIMIT),
                origins(s.get(CORS_ORIGINS)),
                integer(s.get(INDEX_MIN_LIVE_PERCENT), (int) (IndexOptions.DEFAULT_MIN_LIVE_FRACTION * 100), 0, 100),
                backend,
                null,
                opensearch,
                auth(s.get(AUTH_READS), path(s.get(AUTH_KEYS_FILE), null), adminToken),
                FieldSettings.resolve(s),
                oneOf(s.get(CORPUS_WATCH), "false", List.of("true", "false")).equals("true"),
                oneOf(s.get(SEARCH_VARIANTS), "true", List.of("true", "false")).equals("true"));
    }

    /** Reads that need a key need at least one key, or nobody could read: refused at start-up, not discovered later. */
    private static AuthSettings auth(Setting reads, Path keysFile, String adminToken) {
        boolean needKey = oneOf(reads, AuthSettings.OPEN, List.of(AuthSettings.OPEN, AuthSettings.KEY))
                .equals(AuthSettings.KEY);
        if (needKey && keysFile == null && adminToken == null) {
            throw bad(
                    reads,
                    "reads that need a key need a key: set auth.keysFile (or admin.token), or nobody "
                            + "could search");
        }
        return new AuthSettings(needKey, keysFile);
    }

    /** The config key of a {@code ZHSEARCH_*} variable; an unknown one is refused, naming the known ones. */
    static String keyOfEnv(String envName) {
        String fieldKey = FieldSettings.keyOfEnv(envName);
        if (fieldKey != null) {
            return fieldKey;
        }
        for (String key : ZhsearchConfig.KEYS) {
            if (ZhsearchConfig.envName(key).equals(envName)) {
                return key;
            }
        }
        throw new ConfigException("unknown environment variable " + envName + " — zhsearch reads only "
                + String.join(
                        ", ",
                        ZhsearchConfig.KEYS.stream()
                                .map(ZhsearchConfig::envName)
                                .toList())
                + " and ZHSEARCH_FIELDS_<NAME>_<TYPE|USE|LABEL|WEIGHT>; unset it");
    }

    /** One entry per setting of {@code c}, the admin token masked: what the start-up log shows. */
    static Map<String, String> display(ZhsearchConfig c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(PORT, Integer.toString(c.port()));
        m.put(BIND, c.bind());
        m.put(INDEX_DIR, c.indexDir().toString());
        m.put(
                CORPUS_DIR,
                c.corpusDir() == null ? "(bundled sample)" : c.corpusDir().toString());
        m.put(CORPUS_WATCH, Boolean.toString(c.corpusWatch()));
        m.put(INDEX_THREADS, Integer.toString(c.indexThreads()));
        m.put(ADMIN_TOKEN, c.adminToken() == null ? "(none: writes disabled)" : "******");
        m.put(AUTH_READS, c.auth().readsNeedKey() ? AuthSettings.KEY : AuthSettings.OPEN);
        m.put(
                AUTH_KEYS_FILE,
                c.auth().keysFile() == null ? "(none)" : c.auth().keysFile().toString());
        m.put(MAX_BODY_BYTES, Long.toString(c.maxBodyBytes()));
        m.put(CORS_ORIGINS, c.corsOrigins().isEmpty() ? "(none)" : String.join(",", c.corsOrigins()));
        m.put(INDEX_MIN_LIVE_PERCENT, Integer.toString(c.indexMinLivePercent()));
        m.put(BACKEND, c.backend().name());
        m.put(SEARCH_VARIANTS, Boolean.toString(c.regionalVariants()));
        if (c.backend() instanceof Backend.OpenSearch os) {
            m.put("opensearch", os.cluster().toString());
        }
        c.fields().fields().forEach(f -> m.put("fields." + f.name(), f.type().label() + " " + f.uses()));
        return m;
    }
}
