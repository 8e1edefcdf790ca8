package org.zhsearch.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.config.KeyScope;

/**
 * Wraps each route in the check its scope needs. A key comes as {@code Authorization: Bearer <key>} or, for reads
 * only, as HTTP Basic with the key as the password and any user name — the one way a browser can send a key when
 * it navigates to the page. Basic is refused on write and admin routes because a browser attaches the Basic
 * credentials it has cached to any request to this server, even one a page of another site makes it send.
 */
final class AccessGuard {
    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic ";
    static final String BASIC_CHALLENGE = "Basic realm=\"zhsearch\", charset=\"UTF-8\"";
    static final String BEARER_CHALLENGE = "Bearer realm=\"zhsearch\"";

    private final KeyRing keys;
    private final boolean readsNeedKey;
    private final AuthMetrics metrics;

    AccessGuard(KeyRing keys, boolean readsNeedKey, AuthMetrics metrics) {
        this.keys = keys;
        this.readsNeedKey = readsNeedKey;
        this.metrics = metrics;
    }

    /** A read route: open, or behind a key of any scope with {@code auth.reads = key}. */
    Handler read(Handler handler) {
        return readsNeedKey ? guarded(KeyScope.READ, handler) : handler;
    }

    /** A route that changes articles: a write or admin key. */
    Handler write(Handler handler) {
        return guarded(KeyScope.WRITE, handler);
    }

    /** An admin route: an admin key. */
    Handler admin(Handler handler) {
        return guarded(KeyScope.ADMIN, handler);
    }

    private Handler guarded(KeyScope needed, Handler handler) {
        return ctx -> {
            require(ctx, needed);
            handler.handle(ctx);
        };
    }

    /** Returns when the request's key allows {@code needed}; otherwise throws the 401 or 403 that says why. */
    void require(Context ctx, KeyScope needed) {
        if (needed != KeyScope.READ && !keys.anyKeyAllows(needed)) {
            metrics.record(needed, AuthMetrics.Outcome.DISABLED);
            throw new HttpProblem(
                    ErrorCode.WRITES_DISABLED,
                    (needed == KeyScope.WRITE ? "writes" : "admin endpoints")
                            + " are disabled on this server: it has no " + (needed == KeyScope.WRITE ? "write or " : "")
                            + "admin key; start it with an admin token (ZHSEARCH_ADMIN_TOKEN) or add one to auth.keysFile "
                            + "to enable them");
        }
        String header = ctx.header("Authorization");
        boolean bearer = startsWith(header, BEARER);
        boolean basic = startsWith(header, BASIC);
        if (!bearer && !(basic && needed == KeyScope.READ)) {
            metrics.record(needed, AuthMetrics.Outcome.MISSING);
            challenge(ctx, needed, false);
            throw HttpProblem.unauthorized(
                    basic
                            ? "write and admin endpoints take the key only as 'Authorization: Bearer <key>', not as HTTP "
                                    + "Basic (a browser would send cached Basic credentials with requests other sites start)"
                            : "this endpoint needs the header 'Authorization: Bearer <key>' with " + wanted(needed)
                                    + (needed == KeyScope.READ ? " (or HTTP Basic with the key as the password)" : ""));
        }
        Optional<KeyScope> scope = (bearer
                        ? Optional.of(header.substring(BEARER.length()).strip())
                        : basicPassword(header.substring(BASIC.length()).strip()))
                .flatMap(keys::scopeOf);
        if (scope.isEmpty()) {
            metrics.record(needed, AuthMetrics.Outcome.WRONG);
            challenge(ctx, needed, true);
            throw HttpProblem.unauthorized("the key is not one of this server's keys; send " + wanted(needed));
        }
        if (!scope.get().includes(needed)) {
            metrics.record(needed, AuthMetrics.Outcome.FORBIDDEN);
            throw new HttpProblem(
                    ErrorCode.FORBIDDEN,
                    "this key has scope " + scope.get().label() + "; "
                            + (needed == KeyScope.WRITE ? "adding and deleting articles" : "this endpoint") + " needs "
                            + wanted(needed));
        }
        metrics.record(needed, AuthMetrics.Outcome.OK);
    }

    private static String wanted(KeyScope needed) {
        return switch (needed) {
            case READ -> "a read, write or admin key";
            case WRITE -> "a write or admin key";
            case ADMIN -> "an admin key (admin.token is one)";
        };
    }

    /** Reads also offer Basic so that a browser asks for the key (once) and sends it with the page's requests. */
    private static void challenge(Context ctx, KeyScope needed, boolean invalid) {
        if (needed == KeyScope.READ) {
            ctx.res().addHeader("WWW-Authenticate", BASIC_CHALLENGE);
        }
        ctx.res().addHeader("WWW-Authenticate", BEARER_CHALLENGE + (invalid ? ", error=\"invalid_token\"" : ""));
    }

    /** The password of {@code base64(user:password)}, or empty when the credentials are malformed. */
    private static Optional<String> basicPassword(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(String header, String scheme) {
        return header != null && header.regionMatches(true, 0, scheme, 0, scheme.length());
    }
}
