package org.zhsearch.api;

/** How a value the user gave is quoted back in an error message. */
final class UserInput {
    /** Longest part of a value quoted back (a hostile value could be megabytes). */
    private static final int MAX_QUOTED = 40;

    private UserInput() {}

    /** {@code value}, or its first {@value #MAX_QUOTED} characters and "…". */
    static String abbreviate(String value) {
        return value.length() <= MAX_QUOTED ? value : value.substring(0, MAX_QUOTED) + "…";
    }
}
