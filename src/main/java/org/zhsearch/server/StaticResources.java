package org.zhsearch.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Files served from the jar at fixed routes (the search page and the OpenAPI document). Only the files named
 * here are reachable: there is no directory listing and no path taken from the request.
 */
final class StaticResources {
    private static final String BASE = "/org/zhsearch/server/";

    private StaticResources() {}

    /** A handler answering with the resource {@code name} (loaded once, now) as {@code contentType}. */
    static io.javalin.http.Handler file(String name, String contentType) {
        byte[] bytes = load(name);
        return ctx -> serve(ctx, bytes, contentType);
    }

    static byte[] load(String name) {
        try (InputStream in = StaticResources.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + BASE + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void serve(Context ctx, byte[] bytes, String contentType) {
        ctx.header("Cache-Control", "no-cache").contentType(contentType).result(bytes);
    }
}
