package org.zhsearch.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;

/** Turns every failure into a JSON {@link ErrorBody} with the right status, in one place. */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    /** Request attribute set once an error body is written, so the status-based handlers leave it alone. */
    private static final String WRITTEN = "zhsearch.errorWritten";

    static final String INTERNAL_MESSAGE = "the server failed to handle this request; the details are in its log";
    /**
     * The code of each status that Javalin or Jetty may set without an exception; each gets a JSON body. Built from
     * the codes, so a status always gets a code of that status (and two for one status fail at startup).
     */
    private static final Map<Integer, ErrorCode> BY_STATUS = Stream.of(
                    ErrorCode.BAD_REQUEST,
                    ErrorCode.UNAUTHORIZED,
                    ErrorCode.FORBIDDEN,
                    ErrorCode.NOT_FOUND,
                    ErrorCode.METHOD_NOT_ALLOWED,
                    ErrorCode.NOT_ACCEPTABLE,
                    ErrorCode.REQUEST_TIMEOUT,
                    ErrorCode.CONFLICT,
                    ErrorCode.LENGTH_REQUIRED,
                    ErrorCode.BODY_TOO_LARGE,
                    ErrorCode.URI_TOO_LONG,
                    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    ErrorCode.RANGE_NOT_SATISFIABLE,
                    ErrorCode.TOO_MANY_REQUESTS,
                    ErrorCode.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    ErrorCode.INTERNAL_ERROR,
                    ErrorCode.NOT_IMPLEMENTED,
                    ErrorCode.UNAVAILABLE,
                    ErrorCode.HTTP_VERSION_NOT_SUPPORTED)
            .collect(Collectors.toUnmodifiableMap(ErrorCode::status, Function.identity()));

    private ErrorMapping() {}

    static void register(RoutesConfig routes, long maxBodyBytes) {
        routes.exception(ZhsearchException.class, (e, ctx) -> {
            int status = e.errorCode().status();
            if (status >= 500) {
                LOG.warn("{} {} failed: {} {}", ctx.method(), ctx.path(), e.code(), e.getMessage(), e);
            }
            write(ctx, status, e.errorCode(), e.getMessage());
        });
        routes.exception(
                ValidationException.class,
                (e, ctx) -> write(ctx, 400, ErrorCode.INVALID_PARAMETER, describe(e.getErrors())));
        routes.exception(
                HttpResponseException.class,
                (e, ctx) -> write(
                        ctx, e.getStatus(), codeOf(e.getStatus()), messageOf(ctx, e.getStatus(), e, maxBodyBytes)));
        routes.exception(Exception.class, (e, ctx) -> {
            if (isUnreadableRequest(e)) {
                write(
                        ctx,
                        400,
                        ErrorCode.BAD_REQUEST,
                        "the request body could not be read: it ended before its "
                                + "Content-Length or its chunked encoding is malformed — send the whole body");
                return;
            }
            LOG.error("unexpected error serving {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, ErrorCode.INTERNAL_ERROR, INTERNAL_MESSAGE);
        });
        for (int status : BY_STATUS.keySet()) {
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
            if (type.startsWith("org.eclipse.jetty.")
                    && (t instanceof java.io.IOException || type.endsWith("BadMessageException"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks the response as answered with its own body, so the status-based handlers (a 503 here) keep it: the
     * degraded {@code /health} body is a 503 that is not an error body.
     */
    static void keepBody(Context ctx) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
    }

    /** {@code status} may differ from {@code code}'s for a status without a code of its own (see {@link #codeOf}). */
    static void write(Context ctx, int status, ErrorCode code, String message) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        if (ctx.method() == io.javalin.http.HandlerType.HEAD) {
            // a HEAD response has no body: bytes after its headers would be read as the next response on the
            // connection
            ctx.status(status).header("Content-Length", "0").result(new byte[0]);
            return;
        }
        ctx.status(status).json(new ErrorBody(code, message));
    }

    /** The code of a status set without a {@link ZhsearchException}; any other status gets its class's generic code. */
    static ErrorCode codeOf(int status) {
        return BY_STATUS.getOrDefault(status, status < 500 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL_ERROR);
    }

    private static String messageOf(Context ctx, int status, HttpResponseException e, long maxBodyBytes) {
        return switch (status) {
            case 404 ->
                "no such resource: " + ctx.method() + " " + ctx.path() + "; the API is described at /openapi.json";
            case 405 ->
                "method " + ctx.method() + " is not allowed on " + ctx.path() + allowed(e)
                        + "; the API is described at /openapi.json";
            case 413 -> "the request body is larger than the limit of " + maxBodyBytes + " bytes";
            case 500 -> INTERNAL_MESSAGE;
            default ->
                e != null && e.getMessage() != null && !e.getMessage().isBlank()
                        ? e.getMessage()
                        : HttpStatus.forStatus(status).getMessage();
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
                .map(en -> en.getKey() + ": "
                        + en.getValue().stream()
                                .map(ValidationError::getMessage)
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
