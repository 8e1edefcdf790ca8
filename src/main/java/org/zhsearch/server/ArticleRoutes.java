package org.zhsearch.server;

import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.ArticleIds;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.NotFoundException;
import org.zhsearch.api.ZhsearchException;

/** {@code GET}, {@code PUT} and {@code DELETE /api/articles/{id}}; ids may contain {@code /}. */
final class ArticleRoutes {
    /** Route path: {@code <id>} matches the rest of the path, slashes included. */
    static final String PATH = "/api/articles/<id>";

    private final ZhSearch zh;
    private final long maxBodyBytes;

    ArticleRoutes(ZhSearch zh, long maxBodyBytes) {
        this.zh = zh;
        this.maxBodyBytes = maxBodyBytes;
    }

    void get(Context ctx) {
        String id = id(ctx);
        ctx.json(zh.article(id).orElseThrow(() -> notFound(id)));
    }

    /**
     * Adds or replaces an article from a {@code text/plain} (corpus .txt format) or {@code application/json} body.
     * Registered behind a write key ({@link AccessGuard#write}), as is {@link #delete}.
     */
    void put(Context ctx) {
        String id = id(ctx);
        // the raw header: the servlet API's getContentType() throws on an unknown charset
        String contentType = ctx.header("Content-Type");
        String mediaType = ContentTypes.mediaType(contentType);
        if (!mediaType.equals("text/plain") && !mediaType.equals("application/json")) {
            throw HttpProblem.unsupportedMediaType("send the article as text/plain (the corpus .txt format) or "
                    + "application/json, not '" + Params.abbreviate(mediaType) + "'");
        }
        String body = decode(ctx, contentType);
        if (body.isBlank()) {
            throw new ZhsearchException(
                    ErrorCode.INVALID_ARTICLE, "the request body is empty; send the article's text");
        }
        Article article = mediaType.equals("text/plain")
                ? ZhSearch.articleFromText(id, body)
                : ZhSearch.articleFromJson(id, body);
        if (!id.equals(article.id())) {
            throw new ZhsearchException(
                    ErrorCode.INVALID_ARTICLE,
                    "the body's id '" + Params.abbreviate(article.id()) + "' differs from the id in the path '"
                            + Params.abbreviate(id) + "'; omit it or make them equal");
        }
        boolean created = zh.put(article);
        ctx.status(created ? 201 : 200).json(zh.article(id).orElse(article));
    }

    void delete(Context ctx) {
        String id = id(ctx);
        if (!zh.delete(id)) {
            throw notFound(id);
        }
        ctx.json(new Deleted(id, true));
    }

    /** The checked id of the request; a trailing '/' (which routing would drop) is refused, not ignored. */
    private static String id(Context ctx) {
        if (ctx.path().endsWith("/")) {
            ArticleIds.check(ctx.pathParam("id") + "/");
        }
        return ArticleIds.check(ctx.pathParam("id"));
    }

    private String decode(Context ctx, String contentType) {
        long declared = ctx.contentLength();
        if (declared > maxBodyBytes) {
            throw new HttpProblem(
                    ErrorCode.BODY_TOO_LARGE,
                    "the request body is " + declared + " bytes; the limit is " + maxBodyBytes + " bytes");
        }
        byte[] bytes = ctx.bodyAsBytes();
        Charset charset = ContentTypes.charset(contentType);
        String text;
        try {
            // strictly: bytes that are not valid in the declared charset are refused, not replaced with U+FFFD
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ZhsearchException(
                    ErrorCode.INVALID_ARTICLE,
                    "the request body is not valid " + charset.name()
                            + "; send UTF-8 or declare the charset in Content-Type");
        }
        return text;
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no article with id '" + Params.abbreviate(id)
                + "'; ids are corpus-relative paths such as those in search hits' articleId");
    }

    /** The answer to a successful delete. */
    record Deleted(String id, boolean deleted) {}
}
