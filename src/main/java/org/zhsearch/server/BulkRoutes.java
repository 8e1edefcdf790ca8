package org.zhsearch.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.Limits;
import org.zhsearch.api.PutResult;
import org.zhsearch.api.ZhsearchException;

/**
 * {@code POST /api/articles/_bulk}: NDJSON, one JSON article per line (the format of a {@code PUT} body), written with
 * {@link ZhSearch#putAll} — one durable flush for the request, searchable when the answer is sent. Each line gets its
 * own result; a line that is not an article is an error item and the other lines are still written. The body is
 * read whole before anything is written, so a body over the limit (413) or with too many lines writes nothing.
 */
final class BulkRoutes {
    /** Route path; {@code POST} only, so an article id {@code _bulk} stays usable with the other methods. */
    static final String PATH = "/api/articles/_bulk";

    static final String MEDIA_TYPE = "application/x-ndjson";

    private final ZhSearch zh;
    private final long maxBytes;

    BulkRoutes(ZhSearch zh, long maxBytes) {
        this.zh = zh;
        this.maxBytes = maxBytes;
    }

    /** One line's result: {@code error} only for {@code "error"}; {@code id} null when the line had none. */
    record Item(
            int line,
            String id,
            String status,
            @JsonInclude(JsonInclude.Include.NON_NULL) ErrorBody error) {}

    /** The answer: every non-blank line's item in order, and how many are errors. */
    record Answer(List<Item> items, int errors) {}

    /** Registered behind a write key ({@link AccessGuard#write}), as {@code PUT} is. */
    void bulk(Context ctx) {
        String contentType = ctx.header("Content-Type");
        String mediaType = ContentTypes.mediaType(contentType);
        if (!mediaType.equals(MEDIA_TYPE)) {
            throw HttpProblem.unsupportedMediaType("send the articles as " + MEDIA_TYPE
                    + " (one JSON article per line, UTF-8), not '" + Params.abbreviate(mediaType) + "'");
        }
        if (!ContentTypes.charset(contentType).equals(StandardCharsets.UTF_8)) {
            throw HttpProblem.unsupportedMediaType("NDJSON is UTF-8: send charset=utf-8 or no charset");
        }
        byte[] body = body(ctx);
        List<Item> items = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int line = 0;
        for (int from = 0; from < body.length; ) {
            int end = indexOf(body, from);
            line++;
            if (line > Limits.BULK_ARTICLES) {
                throw new HttpProblem(
                        ErrorCode.BODY_TOO_LARGE,
                        "the request has more than " + Limits.BULK_ARTICLES + " lines; send at most "
                                + Limits.BULK_ARTICLES + " articles a request");
            }
            try {
                String text = utf8(body, from, end);
                if (!text.isBlank()) {
                    articles.add(ZhSearch.articleFromJson(null, text));
                    lines.add(line);
                }
            } catch (ZhsearchException bad) {
                items.add(
                        new Item(line, null, PutResult.Status.ERROR.label(), error(bad.errorCode(), bad.getMessage())));
            }
            from = end + 1;
        }
        List<PutResult> results = zh.putAll(articles);
        for (int k = 0; k < results.size(); k++) {
            PutResult r = results.get(k);
            items.add(
                    new Item(lines.get(k), r.id(), r.status().label(), r.ok() ? null : error(r.error(), r.message())));
        }
        items.sort((a, b) -> Integer.compare(a.line(), b.line()));
        int errors = (int) items.stream().filter(i -> i.error() != null).count();
        ctx.json(new Answer(items, errors));
    }

    private static ErrorBody error(ErrorCode code, String message) {
        return new ErrorBody(code, message);
    }

    /** The whole body, read up to the limit: a larger one is refused before anything is parsed or written. */
    private byte[] body(Context ctx) {
        long declared = ctx.contentLength();
        if (declared > maxBytes) {
            throw tooLarge(Long.toString(declared));
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw tooLarge("more than " + maxBytes);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpProblem tooLarge(String size) {
        return new HttpProblem(
                ErrorCode.BODY_TOO_LARGE,
                "the request body is " + size + " bytes; the limit for " + PATH + " is " + maxBytes
                        + " bytes — send fewer articles a request");
    }

    private static int indexOf(byte[] body, int from) {
        for (int i = from; i < body.length; i++) {
            if (body[i] == '\n') {
                return i;
            }
        }
        return body.length;
    }

    /** A line decoded strictly: bytes that are not UTF-8 make that line an error, not a garbled article. */
    private static String utf8(byte[] body, int from, int end) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, from, end - from))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ZhsearchException(ErrorCode.INVALID_ARTICLE, "the line is not valid UTF-8");
        }
    }
}
