package org.zhsearch.config;

import static org.zhsearch.config.SettingRules.*;
import static org.zhsearch.config.ZhsearchConfig.*;

import java.nio.file.Path;
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
                auth(s.get(AUTH_READS), path(s.get(AUTH_KEYS_FILE), null), adminToken));
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
}
