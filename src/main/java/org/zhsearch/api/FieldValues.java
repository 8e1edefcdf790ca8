package org.zhsearch.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks one value of a declared field against its type and returns it normalised ({@link DeclaredFields#check}). */
final class FieldValues {
    /** Numbers beyond this are kept as doubles: a long beyond 2^53 cannot round-trip through JSON readers. */
    private static final long EXACT_LONG = 1L << 53;

    private FieldValues() {}

    static Object of(DeclaredField f, Object value) {
        return switch (f.type()) {
            case KEYWORD -> keyword(scalar(value), DeclaredFields.MAX_KEYWORD_CHARS);
            case TEXT -> keyword(scalar(value), DeclaredFields.MAX_TEXT_CHARS);
            case KEYWORDS -> keywords(value);
            case DATE -> date(scalar(value));
            case NUMBER -> number(value);
        };
    }

    /** An undeclared value kept as given: a scalar as text or number, a list of scalars; bounded like keywords. */
    static Object undeclared(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value instanceof Collection<?> ? keywords(value) : keyword(scalar(value), DeclaredFields.MAX_TEXT_CHARS);
    }

    private static String scalar(Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new InvalidRequestException("expected one value, got " + kind(value));
    }

    private static String keyword(String value, int max) {
        String v = value.strip();
        if (v.isEmpty()) {
            throw new InvalidRequestException("empty value");
        }
        if (v.codePointCount(0, v.length()) > max) {
            throw new InvalidRequestException("value is longer than " + max + " characters");
        }
        return v;
    }

    private static List<String> keywords(Object value) {
        if (!(value instanceof Collection<?> list)) {
            return List.of(keyword(scalar(value), DeclaredFields.MAX_KEYWORD_CHARS));
        }
        if (list.size() > DeclaredFields.MAX_VALUES) {
            throw new InvalidRequestException(
                    list.size() + " values; at most " + DeclaredFields.MAX_VALUES + " per field and article");
        }
        Set<String> out = new LinkedHashSet<>();
        for (Object v : list) {
            if (v != null) {
                out.add(keyword(scalar(v), DeclaredFields.MAX_KEYWORD_CHARS));
            }
        }
        return new ArrayList<>(out);
    }

    /** A date {@code 2024-05-01} (a date-time's date part is kept). */
    private static String date(String value) {
        String v = value.strip();
        try {
            if (v.length() == 10 || (v.length() > 10 && v.charAt(10) == 'T')) {
                return LocalDate.parse(v.substring(0, 10)).toString();
            }
        } catch (DateTimeParseException ignored) {
            // the message below says what a date looks like
        }
        throw new InvalidRequestException("'" + UserInput.abbreviate(v) + "' is not a date: write it as 2024-05-01");
    }

    /** A {@code Long} when whole and exact, else a finite {@code Double}. */
    static Number number(Object value) {
        if (value instanceof Boolean || value instanceof Collection<?> || value instanceof java.util.Map<?, ?>) {
            throw new InvalidRequestException("expected a number, got " + kind(value));
        }
        BigDecimal d;
        try {
            d = new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("'" + UserInput.abbreviate(value.toString()) + "' is not a number");
        }
        if (d.abs().compareTo(BigDecimal.valueOf(Double.MAX_VALUE)) > 0) {
            throw new InvalidRequestException("number " + UserInput.abbreviate(value.toString()) + " is too large");
        }
        try {
            long whole = d.longValueExact();
            if (Math.abs(whole) < EXACT_LONG) {
                return whole;
            }
        } catch (ArithmeticException notWhole) {
            // a fraction (or a huge whole number): a double
        }
        return d.doubleValue();
    }

    private static String kind(Object value) {
        if (value instanceof Collection<?>) {
            return "a list";
        }
        return value instanceof java.util.Map<?, ?>
                ? "an object"
                : value.getClass().getSimpleName();
    }
}
