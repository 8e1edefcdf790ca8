package org.zhsearch.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.zhsearch.api.ErrorCode;

/**
 * Errors Jetty answers before a request reaches Javalin (a malformed URI, a request line or headers over the
 * limit) also get a JSON {@link ErrorBody} and the security headers, never an HTML page or a stack trace, and are
 * counted in {@code /metrics} under the route {@value Metrics#REJECTED} (Javalin's request log never sees them).
 */
final class JettyErrorHandler extends ErrorHandler {
    private final ObjectMapper mapper;
    private final Metrics metrics;

    JettyErrorHandler(ObjectMapper mapper, Metrics metrics) {
        this.mapper = mapper;
        this.metrics = metrics;
        setShowStacks(false);
        setShowCauses(false);
    }

    /** Every method: Jetty's default answers only GET, POST and HEAD, leaving a refused PUT without body or count. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        long began = request.getBeginNanoTime();
        metrics.record(
                request.getMethod(),
                Metrics.REJECTED,
                code,
                began == 0 ? 0 : (System.nanoTime() - began) / 1_000_000.0);
        String reason = HttpStatus.getMessage(code);
        String text = switch (code) {
            case 400 -> "the request is malformed: check the URL's percent-encoding and the headers";
            case 414 -> "the request URI is too long; shorten the query";
            case 431 -> "the request headers are too large";
            default -> "the request could not be processed: " + reason;
        };
        ErrorCode error = ErrorMapping.codeOf(code);
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(new ErrorBody(error, text));
        } catch (JsonProcessingException e) {
            // a reason phrase needs no JSON escaping
            body = ("{\"error\":\"" + error.code() + "\",\"message\":\"" + reason + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        SecurityHeaders.HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
