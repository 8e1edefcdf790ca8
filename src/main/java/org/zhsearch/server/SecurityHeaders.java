package org.zhsearch.server;

import io.javalin.http.Context;
import java.util.Map;

/** Headers sent with every response: no inline scripts, no framing, no MIME sniffing, no referrer. */
final class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private SecurityHeaders() {}

    static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
