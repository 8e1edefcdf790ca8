package org.zhsearch.engine.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.zhsearch.config.ConfigException;
import org.zhsearch.config.OpenSearchSettings;

/**
 * The HTTP transport to the configured nodes: timeouts, credentials (API key or basic auth) and the trust store for
 * TLS, as {@code opensearch.*} says.
 */
final class ClusterTransport {
    private ClusterTransport() {}

    static ApacheHttpClient5Transport of(OpenSearchSettings settings) {
        HttpHost[] hosts = settings.urls().stream().map(ClusterTransport::host).toArray(HttpHost[]::new);
        ApacheHttpClient5TransportBuilder b = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setRequestConfigCallback(
                        rc -> rc.setConnectionRequestTimeout(Timeout.of(settings.timeoutMs(), TimeUnit.MILLISECONDS))
                                .setResponseTimeout(Timeout.of(settings.timeoutMs(), TimeUnit.MILLISECONDS)));
        Header auth = authorization(settings);
        if (auth != null) {
            b.setDefaultHeaders(new Header[] {auth});
        }
        if (settings.trustStore() != null) {
            SSLContext tls = trusting(settings.trustStore(), settings.trustStorePassword());
            b.setHttpClientConfigCallback(
                    client -> client.setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                            .setTlsStrategy(ClientTlsStrategyBuilder.create()
                                    .setSslContext(tls)
                                    .build())
                            .build()));
        }
        return b.build();
    }

    private static HttpHost host(String url) {
        URI uri = URI.create(url);
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 9200;
        return new HttpHost(uri.getScheme(), uri.getHost(), port);
    }

    /** A TLS context that trusts the certificates in {@code file} (PKCS#12 or JKS, by the JDK's detection). */
    private static SSLContext trusting(Path file, String password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(in, password == null ? null : password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls;
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException(
                    "cannot use opensearch.trustStore " + file + ": " + e.getMessage()
                            + " — give a readable PKCS#12 or JKS file and its password",
                    e);
        }
    }

    private static Header authorization(OpenSearchSettings s) {
        if (s.apiKey() != null) {
            return new BasicHeader("Authorization", "ApiKey " + s.apiKey());
        }
        if (s.username() != null) {
            String pair = s.username() + ":" + (s.password() == null ? "" : s.password());
            return new BasicHeader(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return null;
    }
}
