package org.zhsearch.server;

import java.nio.file.Path;
import java.util.List;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.config.AuthSettings;

/**
 * How the HTTP service runs.
 *
 * @param bind         address to listen on, normally {@code 127.0.0.1}
 * @param port         TCP port; 0 picks a free one (see {@link ZhsearchServer#port()})
 * @param adminToken   bearer token for writes and reindexing; {@code null} or blank disables those endpoints (403)
 * @param maxBodyBytes largest request body accepted; larger ones get 413
 * @param corsOrigins  origins allowed to call the API from a browser; empty means no CORS headers at all
 * @param corpus       corpus directory that {@code POST /api/admin/reindex} rebuilds from, or {@code null}
 * @param indexHome    index home the served {@link org.zhsearch.ZhSearch} was opened on, or {@code null} (on
 *                     OpenSearch): shown in logs only — a reindex rebuilds whatever the instance serves
 * @param minLiveFraction a reindex with no articles or fewer than this fraction of the live index's is refused
 *                     unless {@code force=true} ({@link IndexOptions#minLiveFraction()})
 * @param auth         whether reads need a key, and the keys file; {@code adminToken} is always an admin key
 */
public record ServerSettings(
        String bind,
        int port,
        String adminToken,
        long maxBodyBytes,
        List<String> corsOrigins,
        Path corpus,
        Path indexHome,
        double minLiveFraction,
        AuthSettings auth) {
    /** Default listen address: loopback only. */
    public static final String DEFAULT_BIND = "127.0.0.1";
    /** Default port. */
    public static final int DEFAULT_PORT = 7070;
    /** Default request body limit, 10 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

    /** Settings with the default rebuild guard. */
    public ServerSettings(
            String bind,
            int port,
            String adminToken,
            long maxBodyBytes,
            List<String> corsOrigins,
            Path corpus,
            Path indexHome) {
        this(
                bind,
                port,
                adminToken,
                maxBodyBytes,
                corsOrigins,
                corpus,
                indexHome,
                IndexOptions.DEFAULT_MIN_LIVE_FRACTION);
    }

    /** Settings with open reads and no keys file: {@code adminToken} is the only key. */
    public ServerSettings(
            String bind,
            int port,
            String adminToken,
            long maxBodyBytes,
            List<String> corsOrigins,
            Path corpus,
            Path indexHome,
            double minLiveFraction) {
        this(
                bind,
                port,
                adminToken,
                maxBodyBytes,
                corsOrigins,
                corpus,
                indexHome,
                minLiveFraction,
                AuthSettings.open());
    }

    public ServerSettings {
        if (bind == null || bind.isBlank()) {
            throw new IllegalArgumentException("bind must name an address such as 127.0.0.1");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
        }
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken;
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
        auth = auth == null ? AuthSettings.open() : auth;
        if (auth.readsNeedKey() && adminToken == null && auth.keysFile() == null) {
            throw new IllegalArgumentException("reads that need a key need a key: give a keys file or an admin token");
        }
    }

    /** Loopback on {@code port}, writes disabled, default body limit, no CORS, no corpus for reindexing. */
    public static ServerSettings local(int port, Path indexHome) {
        return new ServerSettings(DEFAULT_BIND, port, null, DEFAULT_MAX_BODY_BYTES, List.of(), null, indexHome);
    }

    /** The same settings with another admin token. */
    public ServerSettings withAdminToken(String token) {
        return new ServerSettings(
                bind, port, token, maxBodyBytes, corsOrigins, corpus, indexHome, minLiveFraction, auth);
    }

    /** The same settings with other access rules. */
    public ServerSettings withAuth(AuthSettings rules) {
        return new ServerSettings(
                bind, port, adminToken, maxBodyBytes, corsOrigins, corpus, indexHome, minLiveFraction, rules);
    }

    /**
     * Largest body of {@code POST /api/articles/_bulk}: {@value #BULK_BODY_FACTOR} times {@code maxBodyBytes}, so a
     * batch of a thousand typical articles fits (16 MiB with the configured default of 1 MiB) without a key of its own.
     */
    public long maxBulkBytes() {
        return maxBodyBytes * BULK_BODY_FACTOR;
    }

    /** How many {@code maxBodyBytes} a bulk request may be. */
    public static final int BULK_BODY_FACTOR = 16;

    /** Masks the token so the settings can be logged. */
    @Override
    public String toString() {
        return "ServerSettings[bind=" + bind + ", port=" + port
                + ", adminToken=" + (adminToken == null ? "none" : "***")
                + ", maxBodyBytes=" + maxBodyBytes + ", corsOrigins=" + corsOrigins + ", corpus=" + corpus
                + ", indexHome=" + indexHome + ", auth=" + auth + "]";
    }
}
