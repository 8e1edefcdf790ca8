package org.zhsearch.api;

/**
 * Base of every error zhsearch reports to its users. {@link #code()} is a stable machine-readable code
 * (the {@code error} field of HTTP error bodies); the message says what to do next.
 */
public class ZhsearchException extends RuntimeException {
    private final String code;

    public ZhsearchException(String code, String message) {
        super(message);
        this.code = code;
    }

    public ZhsearchException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
