package org.zhsearch.server;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Reads a raw {@code Content-Type} header: its media type and its charset. The raw header, because the servlet API's
 * {@code getContentType()} and Javalin's {@code ctx.body()} throw on an unknown charset, which became a 500.
 */
final class ContentTypes {
    private ContentTypes() {}

    /** The media type, lower-cased, without parameters; "" when there is none. */
    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The declared charset, UTF-8 when none is declared.
     *
     * @throws HttpProblem 415 {@code unsupported_media_type} for a charset name Java does not know or cannot decode
     */
    static Charset charset(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.strip();
                if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                    String name = p.substring(8).replace("\"", "").strip();
                    try {
                        return Charset.forName(name);
                    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                        throw HttpProblem.unsupportedMediaType("unknown charset '" + Params.abbreviate(name)
                                + "' in Content-Type; send UTF-8 (charset=utf-8 or no charset)");
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
