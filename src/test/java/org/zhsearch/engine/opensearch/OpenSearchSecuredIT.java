package org.zhsearch.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.config.ZhsearchConfig;

/**
 * A secured cluster: HTTPS with a certificate of its own CA and basic auth. The test cluster has no security plugin,
 * so a small HTTPS proxy in front of it plays that part (a self-signed certificate made with keytool, a password
 * check on every request). zhsearch reaches it with {@code opensearch.trustStore} and the credentials, and says
 * what is wrong without them.
 */
class OpenSearchSecuredIT {
    private static final String USER = "reader";
    private static final String PASSWORD = "s3cret-pass";

    @TempDir
    static Path tmp;

    static HttpsServer proxy;
    static Path trustStore;

    @BeforeAll
    static void startProxy() throws Exception {
        String target = OpenSearchCluster.shared().urls().getFirst();
        Path serverStore = tmp.resolve("proxy.p12");
        Path cert = tmp.resolve("proxy.cer");
        trustStore = tmp.resolve("trust.p12");
        keytool(
                "-genkeypair",
                "-alias",
                "proxy",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=ip:127.0.0.1,dns:localhost",
                "-storetype",
                "PKCS12",
                "-keystore",
                serverStore.toString(),
                "-storepass",
                "proxy-pass");
        keytool(
                "-exportcert",
                "-alias",
                "proxy",
                "-keystore",
                serverStore.toString(),
                "-storepass",
                "proxy-pass",
                "-file",
                cert.toString());
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "proxy",
                "-file",
                cert.toString(),
                "-storetype",
                "PKCS12",
                "-keystore",
                trustStore.toString(),
                "-storepass",
                "trust-pass");

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(serverStore)) {
            keys.load(in, "proxy-pass".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "proxy-pass".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        proxy = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.setHttpsConfigurator(new HttpsConfigurator(tls));
        HttpClient client = HttpClient.newHttpClient();
        String expected =
                "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        proxy.createContext("/", exchange -> forward(exchange, client, target, expected));
        proxy.start();
    }

    @AfterAll
    static void stopProxy() {
        if (proxy != null) {
            proxy.stop(0);
        }
    }

    private static void forward(HttpExchange ex, HttpClient client, String target, String expected) throws IOException {
        try (ex) {
            if (!expected.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                byte[] body = "{\"error\":{\"reason\":\"authentication required\"}}".getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(401, body.length);
                ex.getResponseBody().write(body);
                return;
            }
            byte[] body = ex.getRequestBody().readAllBytes();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target + ex.getRequestURI()))
                    .method(
                            ex.getRequestMethod(),
                            body.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            String type = ex.getRequestHeaders().getFirst("Content-Type");
            if (type != null) {
                b.header("Content-Type", type);
            }
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            r.headers()
                    .firstValue("Content-Type")
                    .ifPresent(t -> ex.getResponseHeaders().add("Content-Type", t));
            boolean empty = r.body().length == 0 || ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(r.statusCode(), empty ? -1 : r.body().length);
            if (!empty) {
                ex.getResponseBody().write(r.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void keytool(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    private static ZhsearchConfig config(Map<String, String> extra) {
        Map<String, String> flags = new HashMap<>(Map.of(
                ZhsearchConfig.BACKEND,
                ZhsearchConfig.OPENSEARCH,
                ZhsearchConfig.OS_URLS,
                "https://127.0.0.1:" + proxy.getAddress().getPort(),
                ZhsearchConfig.OS_INDEX,
                "secured-" + System.nanoTime(),
                ZhsearchConfig.OS_TIMEOUT_MS,
                "5000"));
        flags.putAll(extra);
        return ZhsearchConfig.load(null, Map.of(), flags);
    }

    @Test
    void withTheTrustStoreAndTheCredentialsItIndexesAndSearches() throws IOException {
        ZhsearchConfig config = config(Map.of(
                ZhsearchConfig.OS_TRUST_STORE,
                trustStore.toString(),
                ZhsearchConfig.OS_TRUST_STORE_PASSWORD,
                "trust-pass",
                ZhsearchConfig.OS_USERNAME,
                USER,
                ZhsearchConfig.OS_PASSWORD,
                PASSWORD));
        try (ZhSearch zh = ZhSearch.open(config)) {
            zh.rebuild(TestCorpus.write(tmp.resolve("corpus")), IndexOptions.defaults(), ProgressListener.NONE);
            assertThat(zh.search(SearchRequest.of("乡村振兴")).total()).isPositive();
            assertThat(zh.isServing()).isTrue();
        }
    }

    @Test
    void withoutTheTrustStoreTheCertificateIsRefused() {
        ZhsearchConfig config = config(Map.of(ZhsearchConfig.OS_USERNAME, USER, ZhsearchConfig.OS_PASSWORD, PASSWORD));
        assertThatThrownBy(() -> ZhSearch.open(config).close())
                .isInstanceOf(ZhsearchException.class)
                .hasMessageContaining("did not answer");
    }

    @Test
    void aWrongPasswordIsReportedWithWhatToCheck() {
        ZhsearchConfig config = config(Map.of(
                ZhsearchConfig.OS_TRUST_STORE,
                trustStore.toString(),
                ZhsearchConfig.OS_TRUST_STORE_PASSWORD,
                "trust-pass",
                ZhsearchConfig.OS_USERNAME,
                USER,
                ZhsearchConfig.OS_PASSWORD,
                "wrong-pass"));
        assertThatThrownBy(() -> ZhSearch.open(config).close())
                .isInstanceOf(ZhsearchException.class)
                .hasMessageContaining("401")
                .hasMessageContaining("opensearch.username");
    }
}
