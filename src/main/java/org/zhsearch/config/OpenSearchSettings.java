package org.zhsearch.config;

import java.util.List;

/**
 * How to reach and lay out the index on an OpenSearch cluster ({@code backend = opensearch}).
 *
 * @param urls      the nodes' HTTP addresses (requests go to any that answers)
 * @param index     the alias searches use; each rebuild makes a new physical index {@code <index>-<time>} and
 *                  moves the alias to it
 * @param username  basic-auth user, or {@code null}
 * @param password  basic-auth password, or {@code null}
 * @param apiKey    an API key ({@code id:key} base64-encoded, as OpenSearch issues it), or {@code null}
 * @param shards    primary shards of a new index
 * @param replicas  replicas of each shard
 * @param timeoutMs connect and response timeout of one request
 * @param trustStore a PKCS#12 (or JKS) file of the certificates to trust for https URLs (a cluster with its own CA),
 *                   or {@code null} for the JDK's
 * @param trustStorePassword its password, or {@code null}
 */
public record OpenSearchSettings(
        List<String> urls,
        String index,
        String username,
        String password,
        String apiKey,
        int shards,
        int replicas,
        int timeoutMs,
        java.nio.file.Path trustStore,
        String trustStorePassword) {
    public OpenSearchSettings {
        urls = List.copyOf(urls);
    }

    @Override
    public String toString() {
        return "OpenSearchSettings[urls=" + urls + ", index=" + index + ", auth="
                + (apiKey != null ? "api key" : username != null ? "basic " + username : "none") + ", shards=" + shards
                + ", replicas=" + replicas + ", timeoutMs=" + timeoutMs
                + (trustStore == null ? "" : ", trustStore=" + trustStore) + "]";
    }
}
