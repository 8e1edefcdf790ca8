package org.zhsearch.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;
import org.zhsearch.api.ErrorCode;

/**
 * Honours {@code Accept}: a route answering one media type refuses, with 406 {@code not_acceptable}, a request whose
 * {@code Accept} admits neither it nor a wildcard covering it. No {@code Accept} accepts anything (RFC 9110 12.5.1).
 */
final class AcceptHeader {
    private AcceptHeader() {}

    /** A before-handler for routes that answer {@code type} (such as {@code application/json}). */
    static Handler requires(String type) {
        return ctx -> require(ctx, type);
    }

    static void require(Context ctx, String type) {
        String accept = ctx.header("Accept");
        if (accept == null || accept.isBlank() || accepts(accept, type)) {
            return;
        }
        throw new HttpProblem(
                ErrorCode.NOT_ACCEPTABLE,
                "this endpoint answers " + type + " but Accept is '" + Params.abbreviate(accept.strip())
                        + "'; send Accept: " + type + " (or */*), or no Accept header");
    }

    /** Whether the header value admits {@code type}: a range naming it, {@code major/*} or {@code *}/{@code *}, q > 0. */
    static boolean accepts(String accept, String type) {
        String major = type.substring(0, type.indexOf('/'));
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String media = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean matches = media.equals(type) || media.equals(major + "/*") || media.equals("*/*");
            if (matches && quality(parts) > 0) {
                return true;
            }
        }
        return false;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].strip().toLowerCase(Locale.ROOT);
            if (param.startsWith("q=")) {
                try {
                    return Double.parseDouble(param.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 1; // a malformed weight is ignored rather than turned into a refusal
                }
            }
        }
        return 1;
    }
}
