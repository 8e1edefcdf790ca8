package org.zhsearch.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Guards the write and admin endpoints with {@code Authorization: Bearer <token>}. Without a configured token
 * they are disabled (403), never open. Tokens are compared in constant time (as SHA-256 digests, so neither
 * content nor length leaks through timing).
 */
final class BearerAuth {
    private static final String PREFIX = "Bearer ";
    private final byte[] tokenDigest;

    BearerAuth(String token) {
        this.tokenDigest = token == null || token.isBlank() ? null : sha256(token);
    }

    boolean enabled() {
        return tokenDigest != null;
    }

    /** Throws a 403 when writes are disabled, a 401 when the token is missing or wrong. */
    void require(Context ctx) {
        if (tokenDigest == null) {
            throw HttpProblem.writesDisabled();
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"zhsearch\"");
            throw HttpProblem.unauthorized("this endpoint needs the header 'Authorization: Bearer <admin token>'");
        }
        byte[] given = sha256(header.substring(PREFIX.length()).strip());
        if (!MessageDigest.isEqual(given, tokenDigest)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"zhsearch\", error=\"invalid_token\"");
            throw HttpProblem.unauthorized("the bearer token is not the admin token this server was started with");
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
