package org.zhsearch.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.zhsearch.api.InvalidRequestException;

/** Reads and checks query parameters; every failure is an {@link InvalidRequestException} naming the parameter. */
final class Params {
    private Params() {
    }

    /** A required text parameter, trimmed, of 1 to {@code maxChars} characters (code points). */
    static String requiredText(Context ctx, String name, int maxChars) {
        String value = ctx.queryParam(name);
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidRequestException(name + " is required: send 1 to " + maxChars + " characters");
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > maxChars) {
            throw new InvalidRequestException(name + " is " + length + " characters long; send at most " + maxChars);
        }
        return trimmed;
    }

    /** An optional text parameter, trimmed; {@code null} when absent or blank. */
    static String optionalText(Context ctx, String name, int maxChars) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > maxChars) {
            throw new InvalidRequestException(name + " is too long; send at most " + maxChars + " characters");
        }
        return trimmed;
    }

    /** An optional integer in {@code [min, max]}, {@code fallback} when absent. */
    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be an integer between " + min + " and " + max
                    + ", got '" + abbreviate(value) + "'");
        }
        if (parsed < min || parsed > max) {
            throw new InvalidRequestException(name + " must be between " + min + " and " + max + ", got " + parsed);
        }
        return parsed;
    }

    /** An optional ISO date {@code YYYY-MM-DD}; {@code null} when absent. */
    /** {@code true} or {@code false} (any case); absent or empty is false; anything else is a 400. */
    static boolean bool(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidRequestException(name + " must be true or false, got '" + abbreviate(value)
                    + "'");
        };
    }

    static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " must be a date like 2024-11-25 (YYYY-MM-DD), got '"
                    + abbreviate(value) + "'");
        }
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
