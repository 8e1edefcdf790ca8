package org.zhsearch.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code GET /openapi.json}: the bundled description with {@code servers} naming the server as the client reached it
 * (scheme and {@code Host}), so a server on {@code --port 8080} or behind another name is not described as 7070.
 */
final class OpenApiDocument {
    /** A host name, IPv4 or bracketed IPv6 address, with an optional port: anything else is not echoed back. */
    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]{1,253})(:\\d{1,5})?");

    private final ObjectMapper mapper;
    private final ObjectNode document;
    private final Supplier<String> boundAddress;

    /** {@code boundAddress} gives {@code host:port} as bound, for requests without a usable {@code Host}. */
    OpenApiDocument(ObjectMapper mapper, Supplier<String> boundAddress) {
        this.mapper = mapper;
        this.boundAddress = boundAddress;
        try {
            this.document = (ObjectNode) mapper.readTree(StaticResources.load("openapi.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Handler handler() {
        return this::serve;
    }

    private void serve(Context ctx) throws IOException {
        ObjectNode copy = document.deepCopy();
        copy.putArray("servers")
                .addObject()
                .put("url", serverUrl(ctx.scheme(), ctx.header("Host"), boundAddress.get()));
        ctx.header("Cache-Control", "no-cache")
                .contentType("application/json")
                .result(mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(copy));
    }

    static String serverUrl(String scheme, String host, String boundAddress) {
        String authority = host != null && HOST.matcher(host.strip()).matches() ? host.strip() : boundAddress;
        return (scheme == null ? "http" : scheme) + "://" + authority;
    }
}
