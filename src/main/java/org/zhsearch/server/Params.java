package org.zhsearch.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.zhsearch.api.InvalidRequestException;
import org.zhsearch.api.Limits;

/** Reads and checks query parameters; every failure is an {@link InvalidRequestException} naming the parameter. */
final class Params {
    private Params() {}

    /**
     * The value of a single-valued parameter, {@code null} when absent; given twice ({@code sort=date&sort=-date})
     * it is a 400 naming it, rather than silently the first.
     */
    static String single(Context ctx, String name) {
        java.util.List<String> values = ctx.queryParams(name);
        if (values.size() > 1) {
            throw new InvalidRequestException(name + " is given " + values.size() + " times; give it once");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** A required text parameter, trimmed, of 1 to {@code maxChars} characters (code points). */
    static String requiredText(Context ctx, String name, int maxChars) {
        String value = single(ctx, name);
        Limits.requireText(name, value, maxChars);
        return value.strip();
    }

    /** An optional text parameter, trimmed; {@code null} when absent or blank. */
    static String optionalText(Context ctx, String name, int maxChars) {
        String value = single(ctx, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        Limits.requireAtMost(name, trimmed, maxChars);
        return trimmed;
    }

    /** An optional integer in {@code [min, max]}, {@code fallback} when absent. */
    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String value = single(ctx, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(
                    name + " must be an integer between " + min + " and " + max + ", got '" + abbreviate(value) + "'");
        }
        if (parsed < min || parsed > max) {
            throw new InvalidRequestException(name + " must be between " + min + " and " + max + ", got " + parsed);
        }
        return parsed;
    }

    /** An optional ISO date {@code YYYY-MM-DD}; {@code null} when absent. */
    /**
     * Refuses a query string whose percent-escapes are not UTF-8: decoding would turn the bad bytes into U+FFFD,
     * which search treats as a separator, so {@code 软%FF件} would silently find 软件.
     */
    static void requireUtf8QueryString(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (c == '%' && high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("the query string is not valid UTF-8 after percent-decoding: "
                    + "encode parameters as UTF-8 (e.g. q=%E8%BD%AF%E4%BB%B6 for 软件)");
        }
    }

    /** {@code true} or {@code false} (any case); absent or empty is false; anything else is a 400. */
    static boolean bool(Context ctx, String name) {
        String value = single(ctx, name);
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default ->
                throw new InvalidRequestException(name + " must be true or false, got '" + abbreviate(value) + "'");
        };
    }

    static LocalDate date(Context ctx, String name) {
        String value = single(ctx, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    name + " must be a date like 2024-11-25 (YYYY-MM-DD), got '" + abbreviate(value) + "'");
        }
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
