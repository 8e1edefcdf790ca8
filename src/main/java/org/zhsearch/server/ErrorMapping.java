package org.zhsearch.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.api.InvalidRequestException;
import org.zhsearch.api.NotFoundException;
import org.zhsearch.api.ZhsearchException;

/** Turns every failure into a JSON {@link ErrorBody} with the right status, in one place. */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    /** Request attribute set once an error body is written, so the status-based handlers leave it alone. */
    private static final String WRITTEN = "zhsearch.errorWritten";
    static final String INTERNAL_MESSAGE = "the server failed to handle this request; the details are in its log";
    /** Statuses that Javalin or Jetty may set without an exception; each gets a JSON body. */
    private static final List<Integer> STATUSES = List.of(400, 401, 403, 404, 405, 406, 408, 409, 411, 413, 414, 415,
            416, 429, 431, 500, 501, 503);

    private ErrorMapping() {
    }

    static void register(RoutesConfig routes, long maxBodyBytes) {
        routes.exception(ZhsearchException.class, (e, ctx) -> {
            int status = statusOf(e);
            if (status >= 500) {
                LOG.warn("{} {} failed: {} {}", ctx.method(), ctx.path(), e.code(), e.getMessage(), e);
            }
            write(ctx, status, e.code(), e.getMessage());
        });
        routes.exception(ValidationException.class, (e, ctx) ->
                write(ctx, 400, "invalid_parameter", describe(e.getErrors())));
        routes.exception(HttpResponseException.class, (e, ctx) ->
                write(ctx, e.getStatus(), codeOf(e.getStatus()), messageOf(ctx, e.getStatus(), e, maxBodyBytes)));
        routes.exception(Exception.class, (e, ctx) -> {
            if (isUnreadableRequest(e)) {
                write(ctx, 400, "bad_request", "the request body could not be read: it ended before its "
                        + "Content-Length or its chunked encoding is malformed — send the whole body");
                return;
            }
            LOG.error("unexpected error serving {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "internal_error", INTERNAL_MESSAGE);
        });
        for (int status : STATUSES) {
            routes.error(status, ctx -> {
                if (ctx.attribute(WRITTEN) == null) {
                    write(ctx, status, codeOf(status), messageOf(ctx, status, null, maxBodyBytes));
                }
            });
        }
    }

    /**
     * True when Jetty failed to read the client's request (a body shorter than its Content-Length, a bad chunk
     * size): the client's fault, so a 400, never a 500 with a stack trace in the log.
     */
    static boolean isUnreadableRequest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            if (type.startsWith("org.eclipse.jetty.") && (t instanceof java.io.IOException
                    || type.endsWith("BadMessageException"))) {
                return true;
            }
        }
        return false;
    }

    static int statusOf(ZhsearchException e) {
        if (e instanceof HttpProblem p) {
            return p.status();
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof InvalidRequestException || e instanceof InvalidQueryException) {
            return 400;
        }
        return switch (e.code()) {
            case "invalid_article", "invalid_parameter", "invalid_query", "invalid_dictionary" -> 400;
            case "build_in_progress", "reindex_running" -> 409;
            case "index_closed", "index_unwritable" -> 503; // searches still work; retry the write later
            default -> 500;
        };
    }

    static void write(Context ctx, int status, String code, String message) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        if (ctx.method() == io.javalin.http.HandlerType.HEAD) {
            // a HEAD response has no body: bytes after its headers would be read as the next response on the
            // connection
            ctx.status(status).header("Content-Length", "0").result(new byte[0]);
            return;
        }
        ctx.status(status).json(new ErrorBody(code, message));
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 413 -> "body_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 431 -> "headers_too_large";
            case 500 -> "internal_error";
            case 503 -> "unavailable";
            default -> HttpStatus.forStatus(status).getMessage().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "_");
        };
    }

    private static String messageOf(Context ctx, int status, HttpResponseException e, long maxBodyBytes) {
        return switch (status) {
            case 404 -> "no such resource: " + ctx.method() + " " + ctx.path()
                    + "; the API is described at /openapi.json";
            case 405 -> "method " + ctx.method() + " is not allowed on " + ctx.path()
                    + allowed(e) + "; the API is described at /openapi.json";
            case 413 -> "the request body is larger than the limit of " + maxBodyBytes + " bytes";
            case 500 -> INTERNAL_MESSAGE;
            default -> e != null && e.getMessage() != null && !e.getMessage().isBlank()
                    ? e.getMessage() : HttpStatus.forStatus(status).getMessage();
        };
    }

    private static String allowed(HttpResponseException e) {
        if (e == null || e.getDetails().isEmpty()) {
            return "";
        }
        return "; allowed: " + String.join(", ", e.getDetails().values());
    }

    private static String describe(Map<String, List<ValidationError<Object>>> errors) {
        return errors.entrySet().stream()
                .map(en -> en.getKey() + ": " + en.getValue().stream().map(ValidationError::getMessage)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
