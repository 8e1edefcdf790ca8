package org.zhsearch.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code GET /openapi.json}: the bundled description with {@code servers} naming the server as the client reached it
 * (scheme and {@code Host}), so a server on {@code --port 8080} or behind another name is not described as 7070.
 */
final class OpenApiDocument {
    /** A host name, IPv4 or bracketed IPv6 address, with an optional port: anything else is not echoed back. */
    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]{1,253})(:\\d{1,5})?");

    /** The bundled file's {@code servers} entry; the file is served as written except for this URL. */
    private static final String SERVERS = "\"servers\": [{\"url\": \"http://127.0.0.1:7070\"}]";

    private final ObjectMapper mapper;
    private final String document;
    private final Supplier<String> boundAddress;

    /** {@code boundAddress} gives {@code host:port} as bound, for requests without a usable {@code Host}. */
    OpenApiDocument(ObjectMapper mapper, Supplier<String> boundAddress) {
        this.mapper = mapper;
        this.boundAddress = boundAddress;
        this.document = new String(StaticResources.load("openapi.json"), StandardCharsets.UTF_8);
        if (!document.contains(SERVERS)) {
            throw new IllegalStateException("openapi.json lacks the line " + SERVERS + " that the server rewrites");
        }
    }

    Handler handler() {
        return this::serve;
    }

    private void serve(Context ctx) throws IOException {
        String url = serverUrl(ctx.scheme(), ctx.header("Host"), boundAddress.get());
        String servers = "\"servers\": [{\"url\": " + mapper.writeValueAsString(url) + "}]";
        ctx.header("Cache-Control", "no-cache")
                .contentType("application/json")
                .result(document.replace(SERVERS, servers).getBytes(StandardCharsets.UTF_8));
    }

    static String serverUrl(String scheme, String host, String boundAddress) {
        String authority = host != null && HOST.matcher(host.strip()).matches() ? host.strip() : boundAddress;
        return (scheme == null ? "http" : scheme) + "://" + authority;
    }
}
